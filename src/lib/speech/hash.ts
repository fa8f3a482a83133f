/**
 * A stable cache key for spoken text (e.g. the file name of pre-generated audio).
 * FNV-1a 64-bit: tiny, pure and the same in Node and browsers; not cryptographic.
 */
import type { SpokenSegment } from "./types.ts";

const offsetBasis = 0xcbf29ce484222325n;
const prime = 0x100000001b3n;
const mask = 0xffffffffffffffffn;

/** FNV-1a 64-bit of the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = offsetBasis;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * Hash of what is said and in which languages: changes when any text or language
 * changes, not when only the `part` labels do.
 */
export function spokenHash(segments: readonly SpokenSegment[]): string {
  // Unit and record separators cannot occur in content, so no two lists collide.
  return fnv1a64(segments.map((s) => `${s.lang}\u001f${s.text}`).join("\u001e"));
}
