/**
 * Where posters and their short links live. One poster page per entry,
 * `/posters/<slug>/`, and per place, `/posters/places/<slug>/`; the paper size and
 * the language are chosen on the page and kept in its query, `?size=a3&lang=ar`
 * (A4 and the site's poster languages when absent). Short links for QR codes:
 * `/go/<slug>/` and `/go/places/<slug>/`. Paths here are relative to those folders;
 * pages add the base.
 */
import { joinBase } from "../guide/links.ts";

export const posterSizes = ["a4", "a3"] as const;
export type PosterSize = (typeof posterSizes)[number];

export type PosterKind = "initiative" | "place";

export interface PosterTarget {
  kind: PosterKind;
  slug: string;
}

export interface PosterRoute extends PosterTarget {
  /** Path under `/posters/`, e.g. `koffieochtend` or `places/de-linde` (no slashes at the ends). */
  path: string;
}

/**
 * What a poster page shows: the paper size and one language, or (no `lang`) the
 * site's poster languages. The page's query holds it.
 */
export interface PosterChoice {
  size: PosterSize;
  lang?: string;
}

/** Entry slugs that would clash with the place posters' and short links' folder. */
export const reservedSlugs: readonly string[] = ["places"];

function parts(target: PosterTarget): string[] {
  return target.kind === "place" ? ["places", target.slug] : [target.slug];
}

/** `koffieochtend` or `places/de-linde`: the poster's folder under `/posters/`. */
export function posterPath(target: PosterTarget): string {
  return parts(target).join("/");
}

/** `?size=a3&lang=ar`: the query of a choice, without the defaults (A4, several languages). */
export function posterQuery(choice: Partial<PosterChoice> = {}): string {
  const params = new URLSearchParams();
  if (choice.size && choice.size !== "a4") params.set("size", choice.size);
  if (choice.lang) params.set("lang", choice.lang);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** `/posters/<path>/` under `base`, with the query of `choice`. */
export function posterHref(
  base: string,
  target: PosterTarget,
  choice: Partial<PosterChoice> = {},
): string {
  return joinBase(base, `posters/${posterPath(target)}/${posterQuery(choice)}`);
}

/**
 * The choice a poster page's query asks for (`?size=a3&lang=ar`): an unknown size
 * is A4, an unknown language the poster languages. Case and spaces do not matter;
 * the site's spelling of the language is returned.
 */
export function parsePosterChoice(query: string, locales: readonly string[]): PosterChoice {
  const params = new URLSearchParams(query);
  const size = params.get("size")?.trim().toLowerCase();
  const lang = params.get("lang")?.trim().toLowerCase();
  const locale = lang ? locales.find((code) => code.toLowerCase() === lang) : undefined;
  return {
    size: posterSizes.find((s) => s === size) ?? "a4",
    ...(locale ? { lang: locale } : {}),
  };
}

/** `/go/<slug>/` or `/go/places/<slug>/` under `base`. */
export function goHref(base: string, target: PosterTarget): string {
  return joinBase(base, `go/${parts(target).join("/")}/`);
}

/**
 * The short link a QR code holds: absolute when the site's public address is known
 * (a printed code must work from any phone), else the path from the site root.
 */
export function goUrl(base: string, target: PosterTarget, site?: string | URL): string {
  const path = goHref(base, target);
  return site ? new URL(path, site).href : path;
}

/**
 * What a printed QR code may hold: the absolute short link, or nothing when the
 * site's public address is unknown (a relative link on paper opens nothing, so
 * paper then gets no code at all, only the phone number and the short address).
 */
export function printedQrUrl(
  base: string,
  target: PosterTarget,
  site?: string | URL,
): string | undefined {
  return site ? goUrl(base, target, site) : undefined;
}

/** A link as printed for people to type: without `https://`. */
export function shownUrl(url: string): string {
  return url.replace(/^https?:\/\//, "");
}

/**
 * Every poster page: one per initiative and one per place (the size and the language
 * are chosen on the page). Throws when an initiative slug would clash with a folder.
 */
export function posterRoutes(
  initiativeSlugs: readonly string[],
  placeSlugs: readonly string[],
): PosterRoute[] {
  const clash = initiativeSlugs.filter((slug) => reservedSlugs.includes(slug));
  if (clash.length > 0) {
    throw new Error(
      `Initiative folder(s) ${clash.join(", ")} clash with the poster pages: rename the folder (reserved names: ${reservedSlugs.join(", ")}).`,
    );
  }
  const targets: PosterTarget[] = [
    ...initiativeSlugs.map((slug) => ({ kind: "initiative" as const, slug })),
    ...placeSlugs.map((slug) => ({ kind: "place" as const, slug })),
  ];
  return targets.map((target) => ({ ...target, path: posterPath(target) }));
}
