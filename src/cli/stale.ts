/**
 * `npm run stale`: every place and initiative by the date someone last checked it,
 * oldest first, with the days since and the file to open. Entries older than six
 * months say "may be out of date" on the site too. Reads files only.
 */
import path from "node:path";
import { contentDir } from "../lib/content/content-dir.ts";
import { loadGuide } from "../lib/content/validate.ts";
import { buildNow } from "../lib/guide/build-now.ts";
import { entriesByAge, formatEntryAges } from "../lib/guide/entry-ages.ts";
import { today as todayAt } from "../lib/schedule/zone.ts";

function main(): number {
  const root = contentDir();
  const guide = loadGuide(root);
  // The same "today" as the build (BUURTGIDS_NOW pins it).
  const today = todayAt(buildNow(), guide.site.timeZone);
  const show = (file: string) =>
    path.relative(process.cwd(), path.join(root, file)).split(path.sep).join("/");
  console.log(formatEntryAges(entriesByAge(guide, today), today, show));
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error("Run `npm run check` and fix the content first.");
  process.exitCode = 1;
}
