/**
 * `npm run check`: checks the content folder (BUURTGIDS_CONTENT or ./content) and
 * prints every problem with its file and line. Exit code 1 when there is an error,
 * 0 otherwise. Reads files only; changes nothing.
 *
 * `--format github` prints each problem as a GitHub Actions annotation
 * (`::error file=…,line=…,title=…::message`), shown on the line in a pull request.
 *
 * The words are Dutch or English: `--lang nl|en`, else the terminal's locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`, e.g. `nl_NL.UTF-8`), else English.
 */
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems, summarizeProblems } from "../lib/content/format.ts";
import { annotations } from "../lib/content/github-annotations.ts";
import type { Problem } from "../lib/content/model.ts";
import { checkContent } from "../lib/content/validate.ts";
import { msg, say, worded, type ToolLanguage } from "../lib/messages/index.ts";
import { runTool } from "./run-tool.ts";
import { siteUrlWarning } from "../lib/posters/site-url-warning.ts";

/** `--format github` or `--format=github`; anything else is the plain format. */
function outputFormat(argv: readonly string[]): "plain" | "github" {
  const index = argv.indexOf("--format");
  const value =
    index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith("--format="))?.slice(9);
  return value === "github" ? "github" : "plain";
}

/** The poster warning, with its message key so it is said in the reader's language too. */
function paperWarning(problem: Problem | undefined): Problem | undefined {
  return (
    problem && {
      ...problem,
      path: [problem.field],
      ...worded({ message: msg("site.siteUrlMissing") }),
    }
  );
}

function main(lang: ToolLanguage): number {
  const root = contentDir();
  const checked = checkContent(root);
  const { guide, stats } = checked;
  // Not a content problem (the examples have no public address), but paper needs it.
  const paper = guide ? paperWarning(siteUrlWarning(guide.site)) : undefined;
  const problems = paper ? [paper, ...checked.problems] : checked.problems;
  if (problems.length) {
    console.log(
      outputFormat(process.argv.slice(2)) === "github"
        ? `${annotations(problems, { root, lang })}\n${summarizeProblems(problems, lang)}`
        : formatProblems(problems, { root, lang }),
    );
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors || !guide) {
    console.log(`\n${say(msg("check.fix"), lang)}`);
    return 1;
  }
  console.log(
    say(
      msg("check.allFine", {
        places: msg("check.places", { count: stats.places }),
        initiatives: msg("check.initiatives", { count: stats.initiatives }),
        translations: msg("check.translations", { count: stats.translations }),
      }),
      lang,
    ),
  );
  return 0;
}

await runTool(main, (reason) => [msg("check.failed", { reason })]);
