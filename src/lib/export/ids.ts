/**
 * Stable identifiers for the open data exports: UUID version 5 (RFC 9562, a SHA-1
 * name-based UUID) of a readable key, so the same content yields the same ids on
 * every build and a consumer can follow an entry across exports.
 */
import { v5 } from "uuid";

/** The namespace of every Buurtgids id: `v5("urn:buurtgids:hsds", NAMESPACE_URL)`. */
export const idNamespace = "a9dedce0-e259-5d79-8c41-5f39189de56e";

/**
 * The UUID of a key made of parts, e.g. `("Lindenhof", "service", "koffieochtend")`.
 *
 * @example stableId("organization", "stichting samen lindenhof") // always the same UUID
 */
export function stableId(...parts: string[]): string {
  return v5(parts.join("/"), idNamespace);
}

/**
 * How an organisation's name is compared: Unicode-normalised, spaces collapsed,
 * lower case. "Stichting  Samen Lindenhof" and "stichting samen lindenhof" are one.
 */
export function organisationKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
