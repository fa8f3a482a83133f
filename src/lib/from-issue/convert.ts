/**
 * A filled-in "suggest an initiative" form → the answers of `npm run new`, or the
 * reasons it cannot be one, in the form's language.
 *
 * Options are read against the form's own YAML: the position of the chosen option
 * in the YAML's list is the value (options.ts says which value each position is; a
 * test keeps the YAML and that list in step). Places are matched by their text with
 * the places of the content folder, so a place renamed or added after the issue was
 * opened is still found. What people type (times, prices, language names, dates) is
 * read here the way people write it; everything else is checked afterwards by the
 * same rules as `npm run new` (src/lib/new-entry).
 */
import { readabilityThresholds } from "../content/readability-thresholds.ts";
import { weekdays, type Weekday } from "../facts.ts";
import { normalizeTime, parseCost } from "../new-entry/read-answer.ts";
import { slugFromTitle } from "../new-entry/slug.ts";
import type { FieldAnswer, IssueForm, ParsedBody } from "./form.ts";
import { messages } from "./messages.ts";
import {
  languageName,
  optionValues,
  otherPlaceValues,
  placeOption,
  type FormLocale,
  type FormPlace,
  type OptionValues,
} from "./options.ts";

/** A reason an answer cannot be used, and the question (field id) it is about. */
export interface FormProblem {
  question: string;
  message: string;
}

/** What the form's answers are checked against. */
export interface FormSite {
  places: readonly FormPlace[];
  /** The site's languages (site.yaml `locales`), the order of the language checkboxes. */
  locales: readonly string[];
  /** Folder names in `initiatives/` now. */
  existingSlugs: readonly string[];
}

export interface Converted {
  /** The answers in the shape of an `npm run new --answers` file, when nothing was wrong. */
  answers?: Record<string, unknown>;
  problems: FormProblem[];
  /** Answers that were not used, and why (the entry is still written). */
  notes: FormProblem[];
}

/** For comparing what people chose with the YAML's options: case, spaces and dashes aside. */
function same(a: string, b: string): boolean {
  const norm = (text: string) =>
    text
      .normalize("NFC")
      .replace(/[\s\u00a0]+/g, " ")
      .replace(/[‐-―]/g, "-")
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

// ---------------------------------------------------------------------------
// Reading what people type

/**
 * A time as people write it: `10:00`, `9.30`, `19u30`, `10 uur`, `10`, `7pm`, `7.30 p.m.`
 * → `HH:MM`; undefined when it is not a time of day.
 */
export function readTime(text: string): string | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, " ");
  const match = /^(\d{1,2})(?:\s?[:.hu]\s?(\d{2}))?\s?(uur|u|h|am|pm|a\.m\.|p\.m\.)?$/.exec(value);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const suffix = match[3]?.replace(/\./g, "");
  if (suffix === "am" || suffix === "pm") {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (suffix === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return normalizeTime(`${hours}:${String(minutes).padStart(2, "0")}`);
}

/** A date as people write it: `2026-09-05`, `5-9-2026`, `5/9/2026` → `YYYY-MM-DD`. */
export function readDate(text: string): string | undefined {
  const value = text.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (!match) return undefined;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Day words in Dutch and English: full names (also "zaterdagen", "Saturdays") and short forms. */
const dayWords: { day: Weekday; words: string[] }[] = weekdays.map((day, index) => {
  const anchor = new Date(Date.UTC(2024, 0, 1 + index)); // 2024-01-01 is a Monday
  const long = ["nl", "en"].map((locale) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" })
      .format(anchor)
      .toLowerCase(),
  );
  const short = [
    ["ma", "mo", "mon"],
    ["di", "tu", "tue", "tues"],
    ["wo", "we", "wed"],
    ["do", "th", "thu", "thur", "thurs"],
    ["vr", "fr", "fri"],
    ["za", "sa", "sat"],
    ["zo", "su", "sun"],
  ][index]!;
  return { day, words: [...long, ...short] };
});

/** A day word (`zaterdag`, `Saturdays`, `za.`, `sat`) as a weekday. */
export function readDay(word: string): Weekday | undefined {
  const value = word.toLowerCase().replace(/\.$/, "");
  for (const { day, words } of dayWords) {
    if (words.includes(value)) return day;
    if (words.some((w) => w.length > 4 && value.startsWith(w) && value.length <= w.length + 2)) {
      return day;
    }
  }
  return undefined;
}

/** A line of "another day or time": `zaterdag 10:00-12:00`, `di en do van 19.00 tot 21.00 uur`. */
function readTimeLine(
  line: string,
  m: (typeof messages)[FormLocale],
): { slot?: { days: Weekday[]; from: string; to: string }; problem?: string } {
  const time = String.raw`\d{1,2}(?:\s?[:.hu]\s?\d{2})?\s?(?:uur|u|h|am|pm|a\.m\.|p\.m\.)?`;
  const match = new RegExp(
    String.raw`^(.+?)[\s,:]+(?:van\s+|from\s+)?(${time})\s*(?:-|–|—|tot|to|until|till)\s*(${time})(?:\s*uur)?\.?$`,
    "i",
  ).exec(line.trim());
  if (!match) return { problem: m.moreTimes(line.trim()) };
  const days: Weekday[] = [];
  for (const word of match[1]!.split(/[\s,&+/]+|\s+(?:en|and)\s+/i).filter(Boolean)) {
    if (/^(en|and|op|on|elke|every)$/i.test(word)) continue;
    const day = readDay(word);
    if (!day) return { problem: m.moreTimesDay(word) };
    if (!days.includes(day)) days.push(day);
  }
  const from = readTime(match[2]!);
  const to = readTime(match[3]!);
  if (!days.length || !from || !to) return { problem: m.moreTimes(line.trim()) };
  return { slot: { days, from, to } };
}

/** Two- and three-letter language codes whose names people may write. */
const languageCodes = (() => {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) codes.push(a + b);
  // Languages of the neighbourhood without a two-letter code.
  codes.push("prs", "ckb", "kmr", "zgh", "tzm", "fil", "yue", "aii", "syc", "rom");
  return codes;
})();

let namesToCodes: Map<string, string> | undefined;

/** A language name in Dutch or English ("Somalisch", "Somali") or a code ("so") → the code. */
export function readLanguage(text: string): string | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (!namesToCodes) {
    namesToCodes = new Map();
    for (const locale of ["en", "nl"]) {
      const names = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
      for (const code of languageCodes) {
        const name = names.of(code);
        // The first code with a name keeps it (ku before kmr for "Koerdisch").
        const key = name?.toLowerCase();
        if (key && key !== code && !namesToCodes.has(key)) namesToCodes.set(key, code);
      }
    }
  }
  const byName = namesToCodes.get(value.toLowerCase());
  if (byName) return byName;
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value)) {
    try {
      const [code] = Intl.getCanonicalLocales(value);
      const base = code!.split("-")[0]!;
      const name = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(base);
      if (name && name.toLowerCase() !== base) return code;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Words in a text, as the readability check counts them (roughly: runs with a letter or digit). */
function wordsIn(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

// ---------------------------------------------------------------------------
// The form

/** Which question an answer of `npm run new` comes from (`times.0.to` → `to`, `hosts.1.role` → `host2_role`). */
export function questionOf(answerField: string): string {
  const [head, index, rest] = answerField.split(".");
  switch (head) {
    case "title":
      return "name";
    case "times":
      if (index !== undefined && index !== "0") return "more_times";
      if (rest === "from" || rest === "to" || rest === "days" || rest === "weeks") return rest;
      if (rest === "every" || rest === "starting") return "starting";
      return "days";
    case "languages":
      return "languages";
    case "womenOnly":
    case "walkIn":
    case "bringSomeone":
    case "children":
    case "wheelchair":
      return "facts";
    case "hosts":
    case "hostRole":
    case "hostOrganisation": {
      const which = head === "hosts" && index === "1" ? "host2" : "host1";
      const part = head === "hostOrganisation" || rest === "organisation" ? "organisation" : "role";
      return `${which}_${part}`;
    }
    case "whatsapp":
    case "afterHours":
      return "contact_facts";
    case "place":
    case "address":
      return head === "address" ? "address" : "place";
    default:
      return head ?? "name";
  }
}

/**
 * The answers of a parsed form, in the shape of an `npm run new --answers` file, or
 * the problems (in the form's language) that stop it.
 */
export function answersFromForm(
  parsed: ParsedBody,
  form: IssueForm,
  locale: FormLocale,
  site: FormSite,
): Converted {
  const m = messages[locale];
  const problems: FormProblem[] = [];
  const notes: FormProblem[] = [];
  const problem = (question: string, message: string) => problems.push({ question, message });
  const fieldOf = (id: string) => form.fields.find((field) => field.id === id);
  const answerOf = (id: string): FieldAnswer | undefined => parsed.answers.get(id);

  const text = (id: string, required = false): string | undefined => {
    const answer = answerOf(id);
    const value = answer?.type === "text" ? answer.text : undefined;
    if (value === undefined && required) problem(id, m.required);
    return value;
  };

  /** The chosen options' values: the position of each in the YAML's options. */
  function chosen<K extends keyof OptionValues>(
    id: K,
    required = false,
  ): OptionValues[K][number][] {
    const answer = answerOf(id);
    const selected = answer?.type === "choices" ? answer.selected : [];
    const options = fieldOf(id)?.options ?? [];
    const values = optionValues[id] as readonly OptionValues[K][number][];
    const out: OptionValues[K][number][] = [];
    for (const label of selected) {
      const index = options.findIndex((option) => same(option, label));
      if (index < 0 || index >= values.length) {
        problem(id, m.unknownOption(label, options.join("; ")));
        continue;
      }
      if (!out.includes(values[index]!)) out.push(values[index]!);
    }
    if (required && out.length === 0 && !problems.some((p) => p.question === id)) {
      problem(id, m.required);
    }
    return out;
  }

  function one<K extends keyof OptionValues>(id: K, required = false) {
    const values = chosen(id, required);
    if (values.length > 1) problem(id, m.chooseOne);
    return values[0];
  }

  // What it is.
  const title = text("name", true);
  if (title !== undefined) {
    const slug = slugFromTitle(title);
    if (slug && site.existingSlugs.includes(slug))
      problem("name", m.titleTaken(`initiatives/${slug}/`));
  }
  const type = one("type", true);
  const summary = text("summary", true)?.replace(/\s*\n\s*/g, " ");
  if (summary !== undefined) {
    const { summaryWords, sentenceWords } = readabilityThresholds;
    const count = wordsIn(summary).length;
    if (count > summaryWords.error) problem("summary", m.summaryWords(count, summaryWords.error));
    else {
      for (const sentence of summary.split(/(?<=[.!?])\s+/)) {
        const words = wordsIn(sentence);
        if (words.length > sentenceWords.error) {
          problem(
            "summary",
            m.sentenceWords(words.slice(0, 5).join(" "), words.length, sentenceWords.error),
          );
        }
      }
    }
  }
  const needs = chosen("needs", true);

  // Where.
  const where: Record<string, string> = {};
  const placeAnswer = answerOf("place");
  const placeLabel = placeAnswer?.type === "choices" ? placeAnswer.selected[0] : undefined;
  const address = text("address");
  if (placeLabel === undefined) {
    problem("place", m.required);
  } else {
    const options = fieldOf("place")?.options ?? [];
    const listed =
      site.places.find((place) => same(placeOption(place), placeLabel)) ??
      site.places.find((place) => same(place.title, placeLabel.replace(/\s*\([^)]*\)\s*$/, "")));
    const index = options.findIndex((option) => same(option, placeLabel));
    const extra =
      index >= options.length - otherPlaceValues.length && index >= 0
        ? otherPlaceValues[index - (options.length - otherPlaceValues.length)]
        : undefined;
    if (listed) {
      where["place"] = listed.slug;
      if (address) notes.push({ question: "address", message: m.addressIgnored });
    } else if (extra === "online" || extra === "phone") {
      where["place"] = extra;
      if (address) notes.push({ question: "address", message: m.addressIgnored });
    } else if (extra === "elsewhere") {
      if (address) where["address"] = address.replace(/\s*\n\s*/g, ", ");
      else problem("address", m.addressNeeded);
    } else {
      problem("place", m.unknownPlace(placeLabel));
    }
  }
  const directions = text("directions")?.replace(/\s*\n\s*/g, " ");

  // When.
  const days = chosen("days", true);
  const fromText = text("from", true);
  const toText = text("to", true);
  const from = fromText === undefined ? undefined : readTime(fromText);
  const to = toText === undefined ? undefined : readTime(toText);
  if (fromText !== undefined && from === undefined) problem("from", m.time(fromText));
  if (toText !== undefined && to === undefined) problem("to", m.time(toText));
  if (from && to && to <= from) problem("to", m.endBeforeStart(to, from));
  const often = one("often") ?? "weekly";
  const weeks = chosen("weeks");
  const slot: Record<string, unknown> = { days, from, to };
  if (often === "monthly") {
    if (weeks.length) slot["weeks"] = [...weeks].sort((a, b) => (a < 0 ? 9 : a) - (b < 0 ? 9 : b));
    else problem("weeks", m.weeksNeeded);
  } else if (weeks.length) {
    notes.push({ question: "weeks", message: m.weeksIgnored });
  }
  if (often === "fortnightly") {
    const startingText = text("starting");
    const starting = startingText === undefined ? undefined : readDate(startingText);
    if (startingText === undefined) problem("starting", m.dateNeeded);
    else if (starting === undefined) problem("starting", m.date(startingText));
    else Object.assign(slot, { every: 2, starting });
  }
  const times: Record<string, unknown>[] = [slot];
  for (const line of (text("more_times") ?? "").split("\n")) {
    if (!line.trim() || /^[-–—]+$/.test(line.trim())) continue;
    const read = readTimeLine(line.replace(/^\s*[-*•]\s*/, ""), m);
    if (read.slot) times.push(read.slot);
    else problem("more_times", read.problem!);
  }

  // Cost and languages.
  const costText = text("cost");
  let cost: "free" | number | undefined = "free";
  if (costText !== undefined) {
    const plain = costText.trim().toLowerCase();
    cost = /^(gratis|free|niets|nothing|geen|none|€?\s*0([.,]00?)?)\b/.test(plain)
      ? "free"
      : parseCost(plain.replace(/\s*(per keer|per time|p\.p\.|per persoon|per person)$/, ""));
    if (cost === undefined) problem("cost", m.cost(costText));
  }
  const languages: string[] = [];
  {
    const answer = answerOf("languages");
    const options = fieldOf("languages")?.options ?? [];
    for (const label of answer?.type === "choices" ? answer.selected : []) {
      const code =
        site.locales.find((c) => same(languageName(c, locale), label)) ??
        site.locales[options.findIndex((option) => same(option, label))] ??
        readLanguage(label);
      if (code) {
        if (!languages.includes(code)) languages.push(code);
      } else problem("languages", m.language(label));
    }
    for (const name of (text("other_languages") ?? "").split(/[,;/\n]+|\s+(?:en|and|&)\s+/i)) {
      if (!name.trim()) continue;
      const code = readLanguage(name.replace(/\.$/, ""));
      if (!code) problem("other_languages", m.language(name.trim()));
      else if (!languages.includes(code)) languages.push(code);
    }
    if (!languages.length && !problems.some((p) => p.question.endsWith("languages"))) {
      // Nobody ticked a language: the language of the form, said in the comment.
      languages.push(locale);
      notes.push({
        question: "languages",
        message: m.languageAssumed(languageName(locale, locale)),
      });
    }
  }

  // Facts.
  const facts = new Set<string>(chosen("facts"));

  // Who you meet.
  const hosts: { role: string; organisation?: string }[] = [];
  const firstRole = one("host1_role", true);
  const firstOrganisation = text("host1_organisation")?.replace(/\s*\n\s*/g, " ");
  if (firstRole) {
    hosts.push({
      role: firstRole,
      ...(firstOrganisation ? { organisation: firstOrganisation } : {}),
    });
  }
  const secondRole = one("host2_role");
  const secondOrganisation = text("host2_organisation")?.replace(/\s*\n\s*/g, " ");
  if (secondRole && secondRole !== "none") {
    hosts.push({
      role: secondRole,
      ...(secondOrganisation ? { organisation: secondOrganisation } : {}),
    });
  } else if (secondOrganisation) {
    problem("host2_role", m.secondHostOrganisation);
  }

  // Contact.
  const phone = text("phone");
  const email = text("email");
  if (phone !== undefined && !/^\+?[0-9][0-9 ()./-]*[0-9]$/.test(phone))
    problem("phone", m.phone(phone));
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problem("email", m.email(email));
  const contactFacts = new Set<string>(chosen("contact_facts"));
  if (contactFacts.has("whatsapp") && phone === undefined) problem("phone", m.whatsappNeedsPhone);
  if (contactFacts.has("afterHours") && phone === undefined && email === undefined) {
    problem("contact_facts", m.afterHoursNeedsContact);
  }

  const body = text("body");

  // The organisers agree (GitHub asks for the tick; an edited issue may have lost it).
  if (fieldOf("agree") && chosen("agree").length === 0) problem("agree", m.notAgreed);

  if (problems.length) return { problems, notes };
  const answers: Record<string, unknown> = {
    type,
    title,
    summary,
    needs,
    ...where,
    ...(directions ? { directions } : {}),
    times,
    cost,
    languages,
    womenOnly: facts.has("womenOnly"),
    walkIn: facts.has("walkIn"),
    bringSomeone: facts.has("bringSomeone"),
    children: facts.has("children"),
    wheelchair: facts.has("wheelchair"),
    hosts,
    ...(phone !== undefined ? { phone } : {}),
    ...(contactFacts.has("whatsapp") ? { whatsapp: true } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(contactFacts.has("afterHours") ? { afterHours: true } : {}),
    ...(body !== undefined ? { body } : {}),
  };
  return { answers, problems, notes };
}
