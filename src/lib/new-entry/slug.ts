/**
 * Folder names for new entries. The folder name becomes the web address
 * (`/nl/initiatives/<slug>/`), so it is made from the title once and never from
 * anything a reader could not type.
 */
import { slugify } from "../content/suggest.ts";

/** Longest slug we make: short enough for a QR code and a poster. */
export const maxSlugLength = 48;

/**
 * A slug from a title: lowercase a-z and 0-9 with single hyphens, accents dropped,
 * cut at a word boundary to at most `maxSlugLength` characters.
 *
 * @example slugFromTitle("Café & Praten op dinsdag!") // "cafe-praten-op-dinsdag"
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title.replace(/['’]/g, ""));
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxSlugLength)).replace(
    /-+$/,
    "",
  );
}
