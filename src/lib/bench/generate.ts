/**
 * Synthetic neighbourhoods for benchmarks and scale tests: a seed and a size give
 * the same content folder every time. N initiatives over N/10 places (at least one),
 * every schedule shape of the content contract (weekly, several days, nth and last
 * weekday of the month, every other week, a validity window, two rules), places,
 * online, phone and street addresses; every other entry translated into every locale
 * of the site. Pure: returns files as text, writes nothing.
 */
import { stringify } from "yaml";
import { parse as parseYaml } from "yaml";
import { hostRoles, weekdays, type Weekday } from "../facts.ts";
import type { ScheduleRule } from "../content/model.ts";
import {
  bodySentences,
  orgSentence,
  organisationKinds,
  otherLanguages,
  placeBody,
  placeKinds,
  placeSentence,
  placeSummary,
  streetKinds,
  syllables,
  topics,
  welcomes,
  type Texts,
} from "./vocabulary.ts";
import { slugify } from "../content/suggest.ts";

export interface GeneratedFile {
  /** Path inside the content folder, with forward slashes: `initiatives/x/index.mdx`. */
  path: string;
  text: string;
}

export interface GenerateOptions {
  seed: number;
  initiatives: number;
  /** The text of a site.yaml to copy (its `locales` and `defaultLocale` are used). */
  siteYaml: string;
}

/** mulberry32: a small, fast PRNG, deterministic for a given seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(rnd: Random, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pickSome<T>(rnd: Random, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0] as T);
  }
  return out;
}

/** A made-up proper name of two or three syllables, e.g. "Berlindor". */
function madeUpName(rnd: Random): string {
  const count = rnd() < 0.6 ? 2 : 3;
  const name = Array.from({ length: count }, () => pick(rnd, syllables)).join("");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A date `days` after 2026-09-07 (a Monday), as YYYY-MM-DD. */
function dateAfterMonday(days: number): string {
  const date = new Date(Date.UTC(2026, 8, 7 + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const starts = ["09:00", "09:30", "10:00", "13:30", "14:00", "15:00", "18:30", "19:00", "19:30"];

function rule(rnd: Random, days: Weekday[], from = pick(rnd, starts)): ScheduleRule {
  const [h = 0, m = 0] = from.split(":").map(Number);
  const end = Math.min(h + 1 + Math.floor(rnd() * 3), 23);
  return { days, from, to: `${pad(end)}:${pad(m)}` };
}

/** Schedule shape `shape` (0..7), so that N initiatives cover every shape. */
function schedule(rnd: Random, shape: number): ScheduleRule[] {
  const day = pick(rnd, weekdays);
  switch (shape) {
    case 0:
      return [rule(rnd, [day])];
    case 1:
      return [rule(rnd, pickSome(rnd, weekdays, 2 + Math.floor(rnd() * 2)))];
    case 2:
      return [{ ...rule(rnd, [day]), weeks: [1, 3] }];
    case 3:
      return [{ ...rule(rnd, [day]), weeks: [-1] }];
    case 4:
      return [{ ...rule(rnd, [day]), every: 2, starting: dateAfterMonday(weekdays.indexOf(day)) }];
    case 5:
      return [{ ...rule(rnd, [day]), validFrom: "2026-09-01", validUntil: "2027-06-30" }];
    case 6:
      return [rule(rnd, [day], "10:00"), rule(rnd, [pick(rnd, weekdays)], "19:00")];
    default:
      return [rule(rnd, [pick(rnd, ["sa", "su"] as const)], pick(rnd, ["10:00", "19:30"]))];
  }
}

function closures(rnd: Random): Record<string, string>[] {
  const roll = rnd();
  if (roll < 0.4) return [];
  if (roll < 0.7) return [{ on: "2026-12-25", note: "Eerste Kerstdag" }];
  return [{ from: "2026-12-21", until: "2027-01-03", note: "Kerstvakantie" }];
}

function mdx(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}

interface PlacePlan {
  slug: string;
  name: string;
  kind: Texts;
  translated: boolean;
}

/**
 * The files of a generated content folder: `site.yaml` (as given), places and
 * initiatives with their translations.
 *
 * @example generateContent({ seed: 1, initiatives: 1000, siteYaml }).length // > 2000
 */
export function generateContent(options: GenerateOptions): GeneratedFile[] {
  const rnd = random(options.seed);
  const site = parseYaml(options.siteYaml) as { locales?: string[]; defaultLocale?: string };
  const defaultLocale = site.defaultLocale ?? "nl";
  const translations = (site.locales ?? []).filter(
    (locale) => locale !== defaultLocale && topics[0]?.title[locale] !== undefined,
  );
  const text = (texts: Texts, locale: string) => texts[locale] ?? texts[defaultLocale] ?? "";
  const files: GeneratedFile[] = [{ path: "site.yaml", text: options.siteYaml }];

  const placeCount = Math.max(1, Math.ceil(options.initiatives / 10));
  const places: PlacePlan[] = [];
  const usedNames = new Set<string>();
  for (let p = 0; p < placeCount; p++) {
    let name = madeUpName(rnd);
    while (usedNames.has(name)) name = `${madeUpName(rnd)}${p}`;
    usedNames.add(name);
    const kind = placeKinds[p % placeKinds.length] as Texts;
    const slug = `${slugify(text(kind, defaultLocale))}-${slugify(name)}`;
    const plan = { slug, name, kind, translated: p % 2 === 0 };
    places.push(plan);
    const title = (locale: string) => `${text(kind, locale)} ${name}`;
    const street = `${madeUpName(rnd)}${pick(rnd, streetKinds)} ${1 + Math.floor(rnd() * 120)}`;
    files.push({
      path: `places/${slug}/index.mdx`,
      text: mdx(
        {
          title: title(defaultLocale),
          summary: text(placeSummary, defaultLocale),
          address: street,
          postcode: `7777 ${String.fromCharCode(65 + (p % 26))}${String.fromCharCode(65 + ((p * 7) % 26))}`,
          openingHours: [{ days: ["mo", "tu", "we", "th", "fr"], from: "09:00", to: "17:00" }],
          wheelchair: rnd() < 0.7,
          lastVerified: `2026-10-${pad(1 + (p % 28))}`,
        },
        text(placeBody, defaultLocale),
      ),
    });
    if (plan.translated) {
      for (const locale of translations) {
        files.push({
          path: `places/${slug}/${locale}.mdx`,
          text: mdx(
            { title: title(locale), summary: text(placeSummary, locale) },
            text(placeBody, locale),
          ),
        });
      }
    }
  }

  const organisations = Array.from(
    { length: Math.max(1, Math.ceil(options.initiatives / 5)) },
    (_, o) => `${organisationKinds[o % organisationKinds.length]} ${madeUpName(rnd)}`,
  );

  for (let i = 0; i < options.initiatives; i++) {
    const topic = topics[i % topics.length]!;
    const place = places[i % places.length]!;
    const organisation = pick(rnd, organisations);
    const where =
      i % 10 === 7 ? "online" : i % 10 === 8 ? "phone" : i % 20 === 9 ? "address" : "place";
    const slug = `${topic.key}-${slugify(place.name)}-${i + 1}`;
    const title = (locale: string) => `${text(topic.title, locale)} ${place.name}`;
    const welcome = pick(rnd, welcomes);
    const summary = (locale: string) => `${text(topic.summary, locale)} ${text(welcome, locale)}`;
    const sentences = pickSome(rnd, bodySentences, 2 + Math.floor(rnd() * 3));
    const placeName = (locale: string) => `${text(place.kind, locale)} ${place.name}`;
    const body = (locale: string) =>
      [
        ...sentences.map((s) => text(s, locale)),
        where === "place" ? fill(text(placeSentence, locale), { place: placeName(locale) }) : "",
        fill(text(orgSentence, locale), { org: organisation }),
      ]
        .filter(Boolean)
        .join(" ");
    const cost = rnd() < 0.7 ? "free" : pick(rnd, [1, 2, 2.5, 3, 5]);
    const facts: Record<string, unknown> = {
      type: topic.type,
      title: title(defaultLocale),
      summary: summary(defaultLocale),
      needs: topic.needs,
      ...(where === "place" ? { place: place.slug } : {}),
      ...(where === "online" || where === "phone" ? { place: where } : {}),
      ...(where === "address"
        ? { address: `${madeUpName(rnd)}${pick(rnd, streetKinds)} ${1 + (i % 90)}, Bergveld` }
        : {}),
      schedule: schedule(rnd, i % 8),
      closed: closures(rnd),
      cost,
      languages: ["nl", ...pickSome(rnd, otherLanguages, Math.floor(rnd() * 4))],
      womenOnly: topic.womenOnly ?? false,
      walkIn: topic.type === "dropin" || rnd() < 0.5,
      bringSomeone: rnd() < 0.5,
      children: topic.children ?? rnd() < 0.2,
      wheelchair: rnd() < 0.6,
      hosts: [{ role: pick(rnd, hostRoles), organisation }],
      contact: {
        phone: `06 0000 ${String(1000 + (i % 9000)).padStart(4, "0")}`,
        ...(rnd() < 0.3 ? { whatsapp: true } : {}),
        ...(rnd() < 0.4 ? { email: `${slug}@example.org` } : {}),
      },
      lastVerified: `2026-${pick(rnd, ["09", "10", "11"])}-${pad(1 + Math.floor(rnd() * 20))}`,
    };
    files.push({ path: `initiatives/${slug}/index.mdx`, text: mdx(facts, body(defaultLocale)) });
    if (i % 2 === 0) {
      for (const locale of translations) {
        files.push({
          path: `initiatives/${slug}/${locale}.mdx`,
          text: mdx({ title: title(locale), summary: summary(locale) }, body(locale)),
        });
      }
    }
  }
  return files;
}
