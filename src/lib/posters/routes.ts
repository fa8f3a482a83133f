/**
 * Where posters and their short links live. Entry posters: `/posters/<slug>/` (A4, in
 * the site's poster languages), `/posters/<slug>/<locale>/` (one language), with
 * `/posters/a3/…` for A3; place posters: `/posters/places/<slug>/…`. Short links for
 * QR codes: `/go/<slug>/` and `/go/places/<slug>/`. Paths here are relative to those
 * folders; pages add the base.
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
  /** Path under `/posters/`, e.g. `a3/koffieochtend/ar` (no slashes at the ends). */
  path: string;
  size: PosterSize;
  /** One language; absent for the poster in the site's poster languages. */
  locale?: string;
}

/** Entry slugs that would clash with the poster and short-link folders. */
export const reservedSlugs: readonly string[] = ["places", ...posterSizes];

function parts(target: PosterTarget): string[] {
  return target.kind === "place" ? ["places", target.slug] : [target.slug];
}

/** `a3/places/x/ar` etc.: A4 has no size folder (the default paper). */
export function posterPath(target: PosterTarget, size: PosterSize, locale?: string): string {
  return [size === "a4" ? "" : size, ...parts(target), locale ?? ""].filter(Boolean).join("/");
}

/** `/posters/<path>/` under `base`. */
export function posterHref(
  base: string,
  target: PosterTarget,
  size: PosterSize,
  locale?: string,
): string {
  return joinBase(base, `posters/${posterPath(target, size, locale)}/`);
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

/** A link as printed for people to type: without `https://`. */
export function shownUrl(url: string): string {
  return url.replace(/^https?:\/\//, "");
}

/**
 * Every poster page: each initiative and place in A4 and A3, in the poster languages
 * and in each site locale. Throws when an initiative slug would clash with a folder.
 */
export function posterRoutes(
  initiativeSlugs: readonly string[],
  placeSlugs: readonly string[],
  locales: readonly string[],
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
  return targets.flatMap((target) =>
    posterSizes.flatMap((size) =>
      [undefined, ...locales].map((locale) => ({
        ...target,
        size,
        path: posterPath(target, size, locale),
        ...(locale ? { locale } : {}),
      })),
    ),
  );
}
