/**
 * A sentence from a `speech.*` pattern, in the reader's language, that may quote
 * names in another language (a place title that was never translated, a Dutch
 * street): those parts become segments of their own, so the right voice reads them.
 */
import type { Translate } from "../i18n/translator.ts";
import type { SpokenPart, SpokenSegment } from "./types.ts";

/** Text in a known language, e.g. a place's title that fell back to Dutch. */
export interface Quoted {
  text: string;
  lang: string;
}

// Private-use characters mark where a quoted part sits in the rendered pattern.
const open = "\uE000";
const close = "\uE001";
const marker = /\uE000(\d+)\uE001/;
const onlyPunctuation = /^[\p{P}\s]*$/u;

const arabicScript = /^(ar|fa|ur|ps|ckb)(-|$)/;

/** Arabic-script commas and question marks as a Latin-script voice expects them. */
function latinPunctuation(text: string): string {
  return text.replace(/،/g, ",").replace(/؛/g, ";").replace(/؟/g, "?");
}

/** The first letter of a sentence in upper case (Turkish i → İ). */
export function capitalize(text: string, locale: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(locale) + text.slice(1);
}

/** The first letter in lower case, for an explanation that follows a colon. */
export function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

/** Adds a full stop unless the text already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?؟…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Splits rendered text at the quoted parts. Punctuation left on its own goes with
 * the part before it; neighbours in the same language are joined again.
 */
function split(
  text: string,
  quoted: readonly Quoted[],
  lang: string,
  part: SpokenPart,
): SpokenSegment[] {
  const pieces: { text: string; lang: string }[] = [];
  let rest = text;
  for (let m = marker.exec(rest); m; m = marker.exec(rest)) {
    const q = quoted[Number(m[1])] as Quoted;
    pieces.push({ text: rest.slice(0, m.index), lang }, { text: q.text, lang: q.lang });
    rest = rest.slice(m.index + m[0].length);
  }
  pieces.push({ text: rest, lang });
  const merged: { text: string; lang: string }[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && (last.lang === piece.lang || onlyPunctuation.test(piece.text))) {
      last.text +=
        last.lang === piece.lang || arabicScript.test(last.lang)
          ? piece.text
          : latinPunctuation(piece.text);
    } else if (piece.text.trim() !== "") {
      merged.push({ ...piece });
    }
  }
  return merged
    .map((p) => ({ text: p.text.trim(), lang: p.lang, part }))
    .filter((s) => s.text !== "");
}

/**
 * Renders `key` with `values` for the reader's `locale` as one sentence: starting
 * with a capital, split where a quoted value is in another language.
 */
export function sentence(
  t: Translate,
  locale: string,
  part: SpokenPart,
  key: string,
  values: Record<string, string | Quoted> = {},
): SpokenSegment[] {
  const quoted: Quoted[] = [];
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string" || value.lang === locale) {
      plain[name] = typeof value === "string" ? value : value.text;
    } else {
      plain[name] = `${open}${quoted.length}${close}`;
      quoted.push(value);
    }
  }
  return split(capitalize(t(key, plain), locale), quoted, locale, part);
}

/** Text that stands as a sentence of its own in its own language (title, summary). */
export function ownSentence(text: string, lang: string, part: SpokenPart): SpokenSegment[] {
  return text.trim() === "" ? [] : [{ text: asSentence(text), lang, part }];
}
