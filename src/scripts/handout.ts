/**
 * Puts the hand-out together: reads `?entries=<slug>,…&lang=<locale>` (or the
 * providers' form's `entries=a&entries=b`), fetches `/data/handout/<slug>.json` for
 * the first six, and fills the page's `<template>` for each in the sheet's language,
 * marking text that has no translation with its own `lang` and `dir`. The language
 * can be changed on the page; the URL keeps it. Without this script the page lists
 * every entry's own printable page instead.
 */
import "./print-button.ts";
import { handoutMax, handoutQuery, parseHandoutQuery } from "../lib/providers/handout-query.ts";
import { weekdays } from "../lib/facts.ts";
import type { HandoutEntry, HandoutWords, SheetWords } from "../lib/providers/handout.ts";

const sheet = document.querySelector<HTMLElement>("#handout-sheet");
const list = document.querySelector<HTMLElement>("#handout-entries");
const template = document.querySelector<HTMLTemplateElement>("#handout-entry");
const status = document.querySelector<HTMLElement>("#handout-status");
const select = document.querySelector<HTMLSelectElement>("#handout-sheet-lang");
const words = JSON.parse(document.querySelector("#handout-words")?.textContent ?? "{}") as Record<
  string,
  HandoutWords
>;
const locales = Object.keys(words);
const loaded = new Map<string, Promise<HandoutEntry | undefined>>();

/** Text into an element; text in another language than the sheet's gets its lang and dir. */
function put(element: Element | null, words: SheetWords | string | undefined): void {
  if (!(element instanceof HTMLElement)) return;
  const text = typeof words === "string" ? { text: words } : words;
  element.textContent = text?.text ?? "";
  element.hidden = !text?.text;
  if (text?.lang) {
    element.lang = text.lang;
    element.dir = text.dir ?? "auto";
  }
}

function say(key: string, slugs = ""): void {
  if (status) status.textContent = (status.dataset[key] ?? "").replace("{slugs}", slugs);
}

function load(slug: string): Promise<HandoutEntry | undefined> {
  let entry = loaded.get(slug);
  if (!entry) {
    entry = fetch(`${sheet?.dataset.src}${slug}.json`).then(
      (response) => (response.ok ? (response.json() as Promise<HandoutEntry>) : undefined),
      () => undefined,
    );
    loaded.set(slug, entry);
  }
  return entry;
}

/** One entry's block in `lang`, from the template. */
function block(entry: HandoutEntry, lang: string, template: HTMLTemplateElement): Node {
  const node = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => node.querySelector(`[data-slot="${name}"]`);
  const text = entry.text[lang];
  if (!text) return node;
  const icon = slot("icon");
  if (icon) {
    // Built by the site from its icon set, not from content.
    icon.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${entry.icon.viewBox}" aria-hidden="true" focusable="false">${entry.icon.body}</svg>`;
  }
  put(slot("title"), text.title);
  put(slot("pictogram"), text.pictogram);
  const days = slot("days");
  days?.setAttribute("aria-label", text.days);
  [...(days?.children ?? [])].forEach((day, index) => {
    const on = entry.days.includes(weekdays[index]!);
    day.classList.toggle("ho-on", on);
    put(day.firstElementChild, words[lang]?.dayNames[index]);
    put(day.lastElementChild, on ? "✓" : "·");
  });
  slot("when")?.replaceChildren(
    ...text.when.map((rule) => {
      const line = document.createElement("span");
      const time = document.createElement("span");
      line.className = "block";
      // A time reads left to right, also in an Arabic sentence.
      time.dir = "ltr";
      time.textContent = rule.time;
      line.append(`${rule.days} `, time, rule.validity ? ` (${rule.validity})` : "");
      return line;
    }),
  );
  put(slot("where"), text.where);
  put(slot("address"), text.address);
  put(slot("cost"), text.cost);
  put(slot("who"), new Intl.ListFormat(lang).format(text.who));
  const qr = slot("qr");
  const url = entry.url ?? "";
  if (qr && entry.qr) {
    // The code was drawn at build time (src/lib/posters/qr.ts).
    qr.innerHTML = entry.qr;
    // The short link as printed, allowed to break before its path rather than inside the name.
    const cut = url.indexOf("/");
    slot("url")?.replaceChildren(url.slice(0, cut), document.createElement("wbr"), url.slice(cut));
  } else {
    // Without the site's public address a code would open nothing: none on paper.
    qr?.parentElement?.remove();
  }
  return node;
}

async function render(): Promise<void> {
  if (!sheet || !list || !template) return;
  const choice = parseHandoutQuery(window.location.search, locales);
  const lang = choice.lang ?? document.documentElement.lang;
  const sheetWords = words[lang];
  if (!sheetWords) return;
  if (select) select.value = lang;
  history.replaceState(history.state, "", handoutQuery({ ...choice, lang }) || "?");
  const slugs = choice.entries.slice(0, handoutMax);
  if (slugs.length === 0) {
    sheet.hidden = true;
    say("none");
    return;
  }
  const found = await Promise.all(slugs.map(load));
  const entries = found.filter((entry): entry is HandoutEntry => entry !== undefined);
  list.replaceChildren(...entries.map((entry) => block(entry, lang, template)));
  sheet.lang = lang;
  sheet.dir = sheetWords.dir;
  sheet.dataset.count = String(entries.length);
  for (const element of sheet.querySelectorAll<HTMLElement>("[data-word]")) {
    element.textContent = sheetWords[element.dataset.word as keyof HandoutWords] as string;
  }
  sheet.hidden = entries.length === 0;
  const missing = slugs.filter((_, index) => !found[index]);
  if (entries.length === 0) say("error");
  else if (missing.length > 0) say("missing", missing.join(", "));
  else if (choice.entries.length > handoutMax) say("tooMany");
  else say("ready");
}

document.querySelector<HTMLElement>("#handout-controls")?.removeAttribute("hidden");
select?.addEventListener("change", () => {
  const choice = parseHandoutQuery(window.location.search, locales);
  history.replaceState(history.state, "", handoutQuery({ ...choice, lang: select.value }));
  void render();
});
void render();
