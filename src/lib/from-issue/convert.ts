/**
 * A filled-in "suggest an initiative" form → the answers of `npm run new`, or the
 * reasons it cannot be one, in the form's language.
 *
 * The form is read part by part: what it is (here), where (where.ts), when
 * (when.ts), the languages (languages.ts), who you meet and how to reach them
 * (here), each through one `FormReader` that keeps the problems and notes
 * (form-reader.ts). What people type is read here the way people write it;
 * everything else is checked afterwards by the same rules as `npm run new`
 * (src/lib/new-entry).
 */
import { readabilityThresholds } from "../content/readability-thresholds.ts";
import { parseCost } from "../new-entry/read-answer.ts";
import { slugFromTitle } from "../new-entry/slug.ts";
import type { IssueForm, ParsedBody } from "./form.ts";
import { FormReader, oneLine, type FormProblem, type FormSite } from "./form-reader.ts";
import { readLanguages } from "./languages.ts";
import type { FormLocale } from "./options.ts";
import { readWhen } from "./when.ts";
import { readWhere } from "./where.ts";

export interface Converted {
  /** The answers in the shape of an `npm run new --answers` file, when nothing was wrong. */
  answers?: Record<string, unknown>;
  problems: FormProblem[];
  /** Answers that were not used, and why (the entry is still written). */
  notes: FormProblem[];
}

/** Words in a text, as the readability check counts them (roughly: runs with a letter or digit). */
function wordsIn(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The title, unless an entry of that name is in the guide already. */
function readTitle(r: FormReader): string | undefined {
  const title = r.text("name", true);
  const slug = title === undefined ? undefined : slugFromTitle(title);
  if (slug && r.site.existingSlugs.includes(slug)) {
    r.problem("name", r.m.titleTaken(`initiatives/${slug}/`));
  }
  return title;
}

/** The summary on one line, unless it has too many words or too long a sentence. */
function readSummary(r: FormReader): string | undefined {
  const typed = r.text("summary", true);
  if (typed === undefined) return undefined;
  const summary = oneLine(typed);
  const { summaryWords, sentenceWords } = readabilityThresholds;
  const count = wordsIn(summary).length;
  if (count > summaryWords.error) {
    r.problem("summary", r.m.summaryWords(count, summaryWords.error));
    return summary;
  }
  for (const sentence of summary.split(/(?<=[.!?])\s+/)) {
    const words = wordsIn(sentence);
    if (words.length > sentenceWords.error) {
      const opening = words.slice(0, 5).join(" ");
      r.problem("summary", r.m.sentenceWords(opening, words.length, sentenceWords.error));
    }
  }
  return summary;
}

/** The cost: free (in any of the ways people say it) or an amount in euros. */
function readCost(r: FormReader): "free" | number | undefined {
  const costText = r.text("cost");
  if (costText === undefined) return "free";
  const plain = costText.trim().toLowerCase();
  const cost = /^(gratis|free|niets|nothing|geen|none|€?\s*0([.,]00?)?)\b/.test(plain)
    ? "free"
    : parseCost(plain.replace(/\s*(per keer|per time|p\.p\.|per persoon|per person)$/, ""));
  if (cost === undefined) r.problem("cost", r.m.cost(costText));
  return cost;
}

/** Who you meet: the first host, and a second one if chosen. */
function readHosts(r: FormReader): { role: string; organisation?: string }[] {
  const host = (role: string, organisation: string) => ({
    role,
    ...(organisation ? { organisation } : {}),
  });
  const hosts: { role: string; organisation?: string }[] = [];
  const firstRole = r.one("host1_role", true);
  const firstOrganisation = oneLine(r.text("host1_organisation") ?? "");
  if (firstRole) hosts.push(host(firstRole, firstOrganisation));
  const secondRole = r.one("host2_role");
  const secondOrganisation = oneLine(r.text("host2_organisation") ?? "");
  if (secondRole && secondRole !== "none") hosts.push(host(secondRole, secondOrganisation));
  else if (secondOrganisation) r.problem("host2_role", r.m.secondHostOrganisation);
  return hosts;
}

/** How to reach someone: phone, email, WhatsApp and evenings or weekends. */
function readContact(r: FormReader): Record<string, unknown> {
  const phone = r.text("phone");
  const email = r.text("email");
  if (phone !== undefined && !/^\+?[0-9][0-9 ()./-]*[0-9]$/.test(phone)) {
    r.problem("phone", r.m.phone(phone));
  }
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    r.problem("email", r.m.email(email));
  }
  const facts = new Set<string>(r.chosen("contact_facts"));
  if (facts.has("whatsapp") && phone === undefined) r.problem("phone", r.m.whatsappNeedsPhone);
  if (facts.has("afterHours") && phone === undefined && email === undefined) {
    r.problem("contact_facts", r.m.afterHoursNeedsContact);
  }
  return {
    ...(phone !== undefined ? { phone } : {}),
    ...(facts.has("whatsapp") ? { whatsapp: true } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(facts.has("afterHours") ? { afterHours: true } : {}),
  };
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
  const r = new FormReader(parsed, form, locale, site);
  const title = readTitle(r);
  const type = r.one("type", true);
  const summary = readSummary(r);
  const needs = r.chosen("needs", true);
  const where = readWhere(r);
  const times = readWhen(r);
  const cost = readCost(r);
  const languages = readLanguages(r);
  const facts = new Set<string>(r.chosen("facts"));
  const hosts = readHosts(r);
  const contact = readContact(r);
  const body = r.text("body");
  // The organisers agree (GitHub asks for the tick; an edited issue may have lost it).
  if (r.asks("agree") && r.chosen("agree").length === 0) r.problem("agree", r.m.notAgreed);

  const { problems, notes } = r;
  if (problems.length) return { problems, notes };
  const answers: Record<string, unknown> = {
    type,
    title,
    summary,
    needs,
    ...where,
    times,
    cost,
    languages,
    womenOnly: facts.has("womenOnly"),
    walkIn: facts.has("walkIn"),
    bringSomeone: facts.has("bringSomeone"),
    children: facts.has("children"),
    wheelchair: facts.has("wheelchair"),
    hosts,
    ...contact,
    ...(body !== undefined ? { body } : {}),
  };
  return { answers, problems, notes };
}
