/**
 * The checked model of a neighbourhood, as `loadGuide()` returns it. Each type is the
 * output of a content schema (`schema/`), so a field is written down once: its check,
 * default and JSDoc there, its type here. The only step a schema cannot take is the
 * one that needs the entry's folder: `initiativeOf` / `placeOf` add the slug, the
 * texts per locale and make audio paths relative to the content folder.
 *
 * Dates are civil dates as `YYYY-MM-DD` strings; times are wall-clock `HH:MM` in the
 * site time zone.
 */
import type { z } from "astro/zod";
import type { FileIssue } from "./frontmatter.ts";
import type {
  closureSchema,
  contactSchema,
  helpNumberSchema,
  hostSchema,
  initiativeSchema,
  placeSchema,
  scheduleRuleSchema,
  siteSchema,
  translatableFields,
  translationSchema,
} from "./schema/index.ts";

/** What a schema factory's schema gives after a successful parse. */
type Output<Factory extends (...args: never[]) => z.ZodType> = z.output<ReturnType<Factory>>;

/** Shows an intersection as one object type (in editors and error messages). */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A recurring opening rule (see DESIGN.md "schedule"). */
export type ScheduleRule = Output<typeof scheduleRuleSchema>;

/** A closure: one day (`{ on }`) or an inclusive period (`{ from, until }`), each with an optional `note`. */
export type Closure = Output<typeof closureSchema>;

/** Who you meet at an initiative, in what role. */
export type Host = Output<typeof hostSchema>;

/** How to reach an initiative. */
export type Contact = Output<typeof contactSchema>;

/** One number of the "help now" bar. */
export type HelpNumber = Output<typeof helpNumberSchema>;

/** `site.yaml` with its defaults filled in. */
export type SiteConfig = Output<typeof siteSchema>;

/** The checked front matter of `initiatives/<slug>/index.mdx`. */
export type InitiativeFrontMatter = Output<typeof initiativeSchema>;

/** The checked front matter of `places/<slug>/index.mdx`. */
export type PlaceFrontMatter = Output<typeof placeSchema>;

/** The checked front matter of a translation file `<locale>.mdx`. */
export type TranslationFrontMatter = Output<typeof translationSchema>;

/** Front matter fields that are text: they go to the entry's `text`, per locale. */
type TextField = (typeof translatableFields)[number];

/** Text of one entry in one locale (index.mdx for the default locale). */
export type EntryText = Simplify<
  TranslationFrontMatter & {
    locale: string;
    /** Markdown source of the body, already checked by the MDX safety gate. */
    body: string;
    /** The body as sanitized HTML, rendered from the tree the gate checked. */
    html: string;
    /** Path of the file relative to the content folder, e.g. `initiatives/x/en.mdx`. */
    file: string;
  }
>;

/** What the folder adds to an entry's facts. */
interface FromFolder<Kind extends string> {
  kind: Kind;
  /** The folder name. */
  slug: string;
  /** Locale -> text; always holds the default locale. */
  text: Record<string, EntryText>;
}

/**
 * A group, activity or drop-in: the facts of its front matter (`audio` paths relative
 * to the content folder, e.g. `initiatives/x/ar.opus`), its slug and its texts.
 */
export type Initiative = Simplify<
  FromFolder<"initiative"> & Omit<InitiativeFrontMatter, TextField>
>;

/** A meeting place: the facts of its front matter, its slug and its texts. */
export type Place = Simplify<FromFolder<"place"> & Omit<PlaceFrontMatter, TextField>>;

export interface Guide {
  /** Absolute path of the content folder. */
  root: string;
  site: SiteConfig;
  places: Place[];
  initiatives: Initiative[];
}

/**
 * One problem found in the content, in words a volunteer understands: what reading the
 * file found (`FileIssue`: line, field, message, expected, example, said, path), with
 * how bad it is and the file, relative to the content folder.
 */
export interface Problem extends FileIssue {
  severity: "error" | "warning";
  file: string;
}

/** The entry folder a front matter came from. */
export interface EntryFolderRef {
  /** The folder name. */
  slug: string;
  /** The folder relative to the content folder, e.g. `initiatives/koffie`. */
  rel: string;
}

/** An entry's text in one locale: the text fields of a front matter and the body read from its file. */
export function entryTextOf(
  frontMatter: TranslationFrontMatter,
  read: Pick<EntryText, "locale" | "body" | "html" | "file">,
): EntryText {
  const text: EntryText = {
    locale: read.locale,
    title: frontMatter.title,
    summary: frontMatter.summary,
    body: read.body,
    html: read.html,
    file: read.file,
  };
  if (frontMatter.directions !== undefined) text.directions = frontMatter.directions;
  return text;
}

/** The checked initiative of a folder: its facts, slug and texts; audio relative to the content folder. */
export function initiativeOf(
  frontMatter: InitiativeFrontMatter,
  folder: EntryFolderRef,
  text: Record<string, EntryText>,
): Initiative {
  const { title: _title, summary: _summary, directions: _directions, ...facts } = frontMatter;
  const audio: Record<string, string> = {};
  for (const [locale, file] of Object.entries(facts.audio)) audio[locale] = `${folder.rel}/${file}`;
  return { kind: "initiative", slug: folder.slug, ...facts, audio, text };
}

/** The checked place of a folder: its facts, slug and texts. */
export function placeOf(
  frontMatter: PlaceFrontMatter,
  folder: EntryFolderRef,
  text: Record<string, EntryText>,
): Place {
  const { title: _title, summary: _summary, directions: _directions, ...facts } = frontMatter;
  return { kind: "place", slug: folder.slug, ...facts, text };
}
