/**
 * Site-internal URLs, all with a trailing slash and under the configured base, so
 * the site works on any static host and in a sub-folder.
 */
export function joinBase(base: string, path: string): string {
  const trimmed = base.endsWith("/") ? base : `${base}/`;
  return `${trimmed}${path.replace(/^\//, "")}`;
}

/** `/<locale>/<parts…>/` under `base`. */
export function localeHref(base: string, locale: string, ...parts: string[]): string {
  const path = [locale, ...parts].filter(Boolean).join("/");
  return joinBase(base, `${path}/`);
}

/** A link to a map for an address (OpenStreetMap search; a link, never an embed). */
export function mapHref(place: {
  address: string;
  postcode: string;
  geo?: { lat: number; lon: number };
}): string {
  if (place.geo) {
    const { lat, lon } = place.geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
  }
  const query = encodeURIComponent(`${place.address}, ${place.postcode}`);
  return `https://www.openstreetmap.org/search?query=${query}`;
}

/** A `tel:` URL from a written phone number ("06 12345678" → "tel:0612345678"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, "")}`;
}

/** A WhatsApp chat link for a Dutch mobile number, in international form. */
export function whatsappHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  const international = digits.startsWith("+")
    ? digits.slice(1)
    : digits.startsWith("0")
      ? `31${digits.slice(1)}`
      : digits;
  return `https://wa.me/${international}`;
}
