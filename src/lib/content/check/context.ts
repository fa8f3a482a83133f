/** What every check of an entry needs: the content folder, the report, the site's facts, the schemas. */
import type { initiativeSchema, placeSchema, translationSchema } from "../schema/index.ts";
import type { Report } from "./report.ts";

/** What the site file says, as far as it is usable, for checking the rest. */
export interface SiteFacts {
  locales: string[];
  defaultLocale: string;
  stigmaWords: Record<string, string[]>;
}

/** The schemas of one check run, made once (they depend on today and the site's languages). */
export interface EntrySchemas {
  place: ReturnType<typeof placeSchema>;
  initiative: ReturnType<typeof initiativeSchema>;
  translation: ReturnType<typeof translationSchema>;
}

export interface EntryContext {
  /** Absolute path of the content folder. */
  root: string;
  report: Report;
  facts: SiteFacts;
  schemas: EntrySchemas;
}
