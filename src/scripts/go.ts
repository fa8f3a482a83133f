/**
 * The short link behind a poster's QR code: opens the entry in the reader's browser
 * language, else the site's default. Without this script the page lists every
 * language as a big link.
 */
import { chooseLocale } from "../lib/i18n/choose-locale.ts";

const list = document.getElementById("go-languages");
if (list) {
  const links = new Map(
    [...list.querySelectorAll<HTMLAnchorElement>("a[hreflang]")].map((a) => [a.hreflang, a.href]),
  );
  const fallback = list.dataset.default ?? "";
  const chosen = chooseLocale(
    navigator.languages ?? [navigator.language],
    [...links.keys()],
    fallback,
  );
  const target = links.get(chosen);
  if (target) location.replace(target);
}
