/**
 * A poster page's size and language from its query (`?size=a3&lang=ar`): shows the
 * chosen variant (each is in the page, all but the poster languages `hidden`), sets
 * the paper size (`data-size`, which picks the CSS named page), marks the chosen
 * links and keeps the other choice in every link. Without this script the page shows
 * and prints the A4 poster in the poster languages.
 */
import { parsePosterChoice, posterQuery, posterSizes } from "../lib/posters/routes.ts";

const main = document.querySelector<HTMLElement>("main[data-size]");
const variants = [...document.querySelectorAll<HTMLElement>(".poster-variant[data-variant]")];
if (main && variants.length > 0) {
  const locales = variants.map((v) => v.dataset.variant ?? "").filter(Boolean);
  const choice = parsePosterChoice(location.search, locales);
  const lang = choice.lang ?? "";
  main.dataset.size = choice.size;
  for (const variant of variants) variant.hidden = variant.dataset.variant !== lang;

  const path = location.pathname;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-choose-size]")) {
    const size = posterSizes.find((s) => s === link.dataset.chooseSize) ?? "a4";
    link.href = path + posterQuery({ ...choice, size });
    mark(link, size === choice.size);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-choose-lang]")) {
    const chosen = link.dataset.chooseLang ?? "";
    link.href = path + posterQuery({ size: choice.size, ...(chosen ? { lang: chosen } : {}) });
    mark(link, chosen === lang);
  }
}

function mark(link: HTMLAnchorElement, current: boolean): void {
  if (current) link.setAttribute("aria-current", "page");
  else link.removeAttribute("aria-current");
}
