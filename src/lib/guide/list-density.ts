/**
 * How a list of initiatives is shown. A short list shows full cards (every fact as an
 * icon, read aloud); a long one, as a city-sized guide has, shows one compact row per
 * entry, so the page stays small enough for an old phone on a small data plan. The
 * full card is one tap away, on the entry's own page.
 */
export const fullCardLimit = 20;

export type ListDensity = "cards" | "rows";

export function listDensity(count: number): ListDensity {
  return count <= fullCardLimit ? "cards" : "rows";
}
