/**
 * The in-memory model of a neighbourhood, produced by `loadGuide()` from a content
 * folder after validation. Dates are civil dates as `YYYY-MM-DD` strings; times are
 * wall-clock `HH:MM` in the site time zone.
 */
import type { z } from "astro/zod";
import type { HostRole, InitiativeType, Need, RemotePlace, Weekday } from "../facts.ts";
import type { closureSchema } from "./schema.ts";

/** A recurring opening rule (see DESIGN.md "schedule"). */
export interface ScheduleRule {
  days: Weekday[];
  from: string;
  to: string;
  /** nth weekday of the month: 1..5, -1 = last. */
  weeks?: number[];
  /** every N weeks, counted from `starting`. */
  every?: number;
  starting?: string;
  validFrom?: string;
  validUntil?: string;
}

/** A closure: one day (`{ on }`) or an inclusive period (`{ from, until }`), each with an optional `note`. */
export type Closure = z.output<ReturnType<typeof closureSchema>>;

/** Text of one entry in one locale (index.mdx for the default locale). */
export interface EntryText {
  locale: string;
  title: string;
  summary: string;
  directions?: string;
  /** Markdown source of the body, already checked by the MDX safety gate. */
  body: string;
  /** The body as sanitized HTML, rendered from the tree the gate checked. */
  html: string;
  /** Path of the file relative to the content folder, e.g. `initiatives/x/en.mdx`. */
  file: string;
}

export interface Host {
  role: HostRole;
  organisation?: string;
}

export interface Contact {
  phone?: string;
  whatsapp?: boolean;
  email?: string;
  afterHours?: boolean;
}

export interface Initiative {
  kind: "initiative";
  slug: string;
  type: InitiativeType;
  needs: Need[];
  /** Slug of a place, or `online` / `phone`; absent when `address` is given. */
  place?: string | RemotePlace;
  /** Street address when the initiative is not at a listed place. */
  address?: string;
  schedule: ScheduleRule[];
  closed: Closure[];
  /** `free` or an amount in euros. */
  cost: "free" | number;
  /** BCP-47 tags of the languages spoken there. */
  languages: string[];
  womenOnly: boolean;
  walkIn: boolean;
  bringSomeone: boolean;
  children: boolean;
  wheelchair: boolean;
  hosts: Host[];
  contact: Contact;
  lastVerified: string;
  /** Locale -> path (relative to the content folder) of a human recording. */
  audio: Record<string, string>;
  /** Locale -> text; always holds the default locale. */
  text: Record<string, EntryText>;
}

export interface Place {
  kind: "place";
  slug: string;
  address: string;
  postcode: string;
  geo?: { lat: number; lon: number };
  openingHours: ScheduleRule[];
  closed: Closure[];
  wheelchair: boolean;
  lastVerified: string;
  text: Record<string, EntryText>;
}

export interface HelpNumber {
  label: Record<string, string>;
  phone: string;
  hours?: string;
}

export interface SiteConfig {
  name: Record<string, string>;
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  posterLanguages: string[];
  repository?: string;
  /** Public web address of the guide (`siteUrl`); printed QR codes point there. */
  siteUrl?: string;
  /** Where the neighbourhood is (`area`), for addresses in the open data exports. */
  area?: { city: string; province: string; country: string };
  email?: string;
  helpNow: HelpNumber[];
  /** Extra stigmatising words per locale, added to the built-in list. */
  stigmaWords: Record<string, string[]>;
  /** Sample content: every page says its names and numbers are made up. */
  fictional: boolean;
  /** The quick-exit button; validate.ts always fills it (see `quickExitOf` in lib/quick-exit.ts). */
  quickExit?: { enabled: boolean; url: string };
  /** Locales whose read-aloud audio the build makes with espeak-ng; absent = every locale it has a voice for. */
  generatedAudio?: string[];
}

export interface Guide {
  /** Absolute path of the content folder. */
  root: string;
  site: SiteConfig;
  places: Place[];
  initiatives: Initiative[];
}

/** One problem found in the content, in words a volunteer understands. */
export interface Problem {
  severity: "error" | "warning";
  /** Path relative to the content folder. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path (`schedule.0.to`) or the construct (`import`, `<script>`). */
  field: string;
  message: string;
  /** What was expected, and an example of a right value. */
  expected?: string;
  example?: string;
}
