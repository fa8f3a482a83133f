/**
 * `npm run new`: asks a volunteer a few questions and writes a new
 * `initiatives/<slug>/index.mdx` in the content folder (BUURTGIDS_CONTENT or
 * ./content) that passes `npm run check`. Never overwrites an entry.
 *
 *     npm run new                              # questions in the terminal
 *     npm run new -- --answers answers.json    # the same answers from a file
 *     npm run new -- --lang nl                 # in Dutch (or LANG=nl_NL.UTF-8)
 *
 * Everything it says comes from `i18n/tools/<language>.json` (keys `new.*`), in the
 * volunteer's language: `--lang nl|en`, else the terminal's locale (run-tool.ts).
 * The questions are in new/questions.ts. Both ways go through the same steps in
 * src/lib/new-entry (unit-tested): every answer is checked with the content
 * contract's rules, the file is rendered in memory and the real content check runs
 * on that text. Only then is anything written; a wrong answer writes no folder and
 * no file, and is named in one line.
 */
import fs from "node:fs";
import path from "node:path";
import * as p from "@clack/prompts";
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems } from "../lib/content/format.ts";
import { msg, say, type ToolLanguage } from "../lib/messages/index.ts";
import {
  answerContextOf,
  problemLine,
  readInventory,
  writeNewEntry,
  type Inventory,
} from "../lib/new-entry/index.ts";
import { askingIn, Cancelled, wordsIn } from "./new/ask.ts";
import { askAll } from "./new/questions.ts";
import { runTool } from "./run-tool.ts";

function readAnswersFile(file: string, lang: ToolLanguage): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as Error).message;
    throw new Error(say(msg("new.cannotRead", { file, reason }), lang));
  }
}

/** What to do after the entry is written, in `lang`. */
function nextSteps(shown: string, lang: ToolLanguage): string {
  const t = wordsIn(lang);
  return [
    t("new.next"),
    `  ${t("new.next.read", { file: shown })}`,
    `  ${t("new.next.check")}`,
    `  ${t("new.next.translations", { folder: path.dirname(shown) })}`,
    `  ${t("new.next.pullRequest")}`,
  ].join("\n");
}

/**
 * Writes the entry through the shared path (src/lib/new-entry/write.ts): checked
 * answers, the content check on the rendered file, never overwriting. Refuses (exit 1)
 * when an answer is wrong, when the file would not pass, or when the folder exists:
 * nothing is written, and each wrong answer is named in one line.
 */
function write(inv: Inventory, given: unknown, lang: ToolLanguage): number {
  const result = writeNewEntry(inv, given);
  if (!result.ok) {
    const lines = result.problems.map((problem) => `  ${problemLine(problem, lang)}`);
    console.error([say(msg("new.nothingWritten"), lang), ...lines].join("\n"));
    return 1;
  }
  const target = path.join(inv.root, result.file);
  const shown = path.relative(process.cwd(), target) || target;
  console.log(say(msg("new.written", { file: shown }), lang));
  if (result.warnings.length) {
    console.log(formatProblems(result.warnings, { root: inv.root, lang }));
  }
  console.log(nextSteps(shown, lang));
  return 0;
}

async function main(lang: ToolLanguage): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(say(msg("new.help"), lang));
    return 0;
  }
  const inv = readInventory(contentDir());
  const index = argv.indexOf("--answers");
  if (index >= 0) {
    const file = argv[index + 1];
    if (!file) throw new Error(say(msg("new.answersNeedFile"), lang));
    return write(inv, readAnswersFile(file, lang), lang);
  }
  let answers: Record<string, unknown>;
  try {
    answers = await askAll(inv, askingIn(answerContextOf(inv), lang));
  } catch (error) {
    if (error instanceof Cancelled) {
      p.cancel(say(msg("new.stopped"), lang));
      return 1;
    }
    throw error;
  }
  p.outro(say(msg("new.thanks"), lang));
  return write(inv, answers, lang);
}

await runTool(main, (reason) => [msg("new.failed", { reason })]);
// Piped input stays open after the last question; nothing else is left to wait for.
process.stdin.unref?.();
process.stdin.destroy();
