/**
 * `npm run stale`: every place and initiative by the date someone last checked it,
 * oldest first, with the days since and the file to open. Entries older than six
 * months say "may be out of date" on the site too. Reads files only.
 *
 * The words are Dutch or English: `--lang nl|en`, else the terminal's locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 */
import path from "node:path";
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems } from "../lib/content/format.ts";
import { checkContent } from "../lib/content/validate.ts";
import { buildNow } from "../lib/guide/build-now.ts";
import { entriesByAge, formatEntryAges } from "../lib/guide/entry-ages.ts";
import { msg, say, type ToolLanguage } from "../lib/messages/index.ts";
import { runTool } from "./run-tool.ts";
import { today as todayAt } from "../lib/schedule/zone.ts";

function main(lang: ToolLanguage): number {
  const root = contentDir();
  const { guide, problems } = checkContent(root);
  if (!guide) {
    const errors = problems.filter((p) => p.severity === "error");
    console.error(say(msg("check.contentHasProblems"), lang));
    console.error(formatProblems(errors.length ? errors : problems, { root, lang }));
    console.error(say(msg("check.runCheckFirst"), lang));
    return 1;
  }
  // The same "today" as the build (BUURTGIDS_NOW pins it).
  const today = todayAt(buildNow(), guide.site.timeZone);
  const show = (file: string) =>
    path.relative(process.cwd(), path.join(root, file)).split(path.sep).join("/");
  console.log(formatEntryAges(entriesByAge(guide, today), today, show, lang));
  return 0;
}

// The reason comes from the content loader, in its own words; the hint in the volunteer's.
await runTool(main, (reason) => [reason, msg("check.runCheckFirst")]);
