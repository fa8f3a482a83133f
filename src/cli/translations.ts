/**
 * `npm run translations`: per locale, which initiatives and places have no
 * translation yet and which translations are outdated (the default-language text of
 * index.mdx changed after the translation was last committed). Reads only.
 *
 * The words are Dutch or English: `--lang nl|en`, else the terminal's locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 */
import fs from "node:fs";
import { contentDir } from "../lib/content/content-dir.ts";
import { msg, say, type ToolLanguage } from "../lib/messages/index.ts";
import { runTool } from "./run-tool.ts";
import { formatTranslationStatus } from "../lib/translations/format.ts";
import { contentTranslationStatus } from "../lib/translations/outdated.ts";
import { gitHistory } from "./git-history.ts";

function main(lang: ToolLanguage): number {
  const root = contentDir();
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    console.log(say(msg("folder.missing", { root }), lang));
    return 1;
  }
  const status = contentTranslationStatus(root, gitHistory(root));
  console.log(formatTranslationStatus(status, { root, cwd: process.cwd(), lang }));
  return 0;
}

await runTool(main, (reason) => [msg("translations.failed", { reason })]);
