/**
 * How icons reach a page: each is drawn once per page as a `<symbol>` and shown
 * wherever it is wanted by `<use href="#i-NAME">`. An entry page shows some thirty
 * icons of about fifteen kinds; drawn inline every time, they were 17 KB of its 38 KB,
 * bytes every phone downloads and every build renders, writes and indexes.
 */
import { getIconData, iconToSVG } from "@iconify/utils";
import tabler from "@iconify-json/tabler/icons.json" with { type: "json" };
import type { IconifyJSON } from "@iconify/types";

export interface InlineSvg {
  viewBox: string;
  body: string;
}

/** Each icon drawn once per build. */
const drawn = new Map<string, InlineSvg>();

/** The SVG body and viewBox of a Tabler icon; throws for an unknown name. */
export function iconSvg(name: string): InlineSvg {
  let icon = drawn.get(name);
  if (!icon) {
    const data = getIconData(tabler as IconifyJSON, name);
    if (!data) throw new Error(`Unknown icon "${name}"`);
    const svg = iconToSVG(data);
    icon = { viewBox: svg.attributes.viewBox, body: svg.body };
    drawn.set(name, icon);
  }
  return icon;
}

/** An attribute's value as Astro writes it (`&` and `"` escaped). */
function attributeValue(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
}

/** The id of an icon's symbol in the page. Content ids cannot take it: the sanitizer prefixes theirs. */
function symbolId(name: string): string {
  return `i-${name}`;
}

/** The reference that shows an icon's symbol (`<use href>`; Icon.astro). */
export function symbolHref(name: string): string {
  return `#${symbolId(name)}`;
}

/** The icons each page shows, by page: any object that lives for one page's render. */
const shownOn = new WeakMap<object, Set<string>>();

/** The names of the icons shown so far on `page` (Icon.astro records each). */
export function iconsShownOn(page: object): Set<string> {
  let shown = shownOn.get(page);
  if (!shown) {
    shown = new Set();
    shownOn.set(page, shown);
  }
  return shown;
}

/** Each symbol written once per build. */
const symbols = new Map<string, string>();

/**
 * One hidden `<svg>` with a `<symbol>` for each named icon, to put in the page that
 * shows them; empty when there are none.
 */
export function iconSymbols(names: Iterable<string>): string {
  let html = "";
  for (const name of names) {
    let symbol = symbols.get(name);
    if (symbol === undefined) {
      const svg = iconSvg(name);
      symbol = `<symbol id="${symbolId(name)}" viewBox="${attributeValue(svg.viewBox)}">${svg.body}</symbol>`;
      symbols.set(name, symbol);
    }
    html += symbol;
  }
  return html
    ? `<svg class="icon-symbols" width="0" height="0" aria-hidden="true" focusable="false">${html}</svg>`
    : "";
}
