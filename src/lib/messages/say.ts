/**
 * Says a message (`msg.ts`) in a language, through one i18next instance per language
 * with the strings of `i18n/tools/<language>.json` (namespace `tools`, flat keys,
 * plurals as `_one`/`_other`). A string missing in a language falls back to English.
 */
import { createInstance, type TFunction } from "i18next";
import en from "../../../i18n/tools/en.json" with { type: "json" };
import nl from "../../../i18n/tools/nl.json" with { type: "json" };
import type { ToolLanguage } from "./language.ts";
import { isMsg, type Msg, type Said } from "./msg.ts";

/** The strings of every language the tools speak. */
export const toolStrings: Readonly<Record<ToolLanguage, Readonly<Record<string, string>>>> = {
  en,
  nl,
};

const translators = new Map<ToolLanguage, TFunction>();

function translator(lang: ToolLanguage): TFunction {
  const known = translators.get(lang);
  if (known) return known;
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "en",
    ns: ["tools"],
    defaultNS: "tools",
    resources: Object.fromEntries(
      Object.entries(toolStrings).map(([code, strings]) => [code, { tools: strings }]),
    ),
    keySeparator: false,
    nsSeparator: false,
    // Values are volunteers' text, shown as written: never escaped, never read as
    // `{{…}}` or `$t(…)` themselves.
    interpolation: { escapeValue: false, skipOnVariables: true },
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const t = instance.getFixedT(lang);
  translators.set(lang, t);
  return t;
}

/** A message in `lang`; a plain string is a value and is returned as it is. */
export function say(message: Msg | string, lang: ToolLanguage = "en"): string {
  if (typeof message === "string") return message;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = isMsg(value) ? say(value, lang) : value;
  }
  return String(translator(lang)(message.key, params));
}

/** `message (expected …, e.g. …)` on one line, in `lang`. */
export function sayText(said: Said, lang: ToolLanguage = "en"): string {
  const message = say(said.message, lang);
  const expected = said.expected === undefined ? undefined : say(said.expected, lang);
  const example = said.example === undefined ? undefined : say(said.example, lang);
  if (expected && example)
    return say({ key: "text.expectedExample", params: { message, expected, example } }, lang);
  if (expected) return say({ key: "text.expected", params: { message, expected } }, lang);
  if (example) return say({ key: "text.example", params: { message, example } }, lang);
  return message;
}

/** A problem's words in English, and the messages they came from (to say in another language). */
export interface Worded {
  message: string;
  expected?: string;
  example?: string;
  said: Said;
}

/** The English words of `said`, with `said` kept for other languages. */
export function worded(said: Said): Worded {
  const out: Worded = { message: say(said.message), said };
  if (said.expected !== undefined) out.expected = say(said.expected);
  if (said.example !== undefined) out.example = say(said.example);
  return out;
}
