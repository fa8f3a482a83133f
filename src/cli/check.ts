/**
 * `npm run check`: checks the content folder (BUURTGIDS_CONTENT or ./content) and
 * prints every problem with its file and line. Exit code 1 when there is an error,
 * 0 otherwise. Reads files only; changes nothing.
 *
 * `--format github` prints each problem as a GitHub Actions annotation
 * (`::error file=…,line=…,title=…::message`), shown on the line in a pull request.
 */
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems, summarizeProblems } from "../lib/content/format.ts";
import { annotations } from "../lib/content/github-annotations.ts";
import { checkContent } from "../lib/content/validate.ts";
import { siteUrlWarning } from "../lib/posters/site-url-warning.ts";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `--format github` or `--format=github`; anything else is the plain format. */
function outputFormat(argv: readonly string[]): "plain" | "github" {
  const index = argv.indexOf("--format");
  const value =
    index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith("--format="))?.slice(9);
  return value === "github" ? "github" : "plain";
}

function main(): number {
  const root = contentDir();
  const checked = checkContent(root);
  const { guide, stats } = checked;
  // Not a content problem (the examples have no public address), but paper needs it.
  const paper = guide ? siteUrlWarning(guide.site) : undefined;
  const problems = paper ? [paper, ...checked.problems] : checked.problems;
  if (problems.length) {
    console.log(
      outputFormat(process.argv.slice(2)) === "github"
        ? `${annotations(problems, { root })}\n${summarizeProblems(problems)}`
        : formatProblems(problems, { root }),
    );
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors || !guide) {
    console.log(
      "\nFix the lines above and run `npm run check` again. Each line says the file:line, the field, and what is expected.",
    );
    return 1;
  }
  console.log(
    `All content is fine: ${plural(stats.places, "place")}, ${plural(stats.initiatives, "initiative")}, ${plural(stats.translations, "translation")}`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    `The content check itself failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
