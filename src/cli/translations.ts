/**
 * `npm run translations`: per locale, which initiatives and places have no
 * translation yet and which translations are outdated (the default-language text of
 * index.mdx changed after the translation was last committed). Reads only.
 */
import fs from "node:fs";
import { contentDir } from "../lib/content/content-dir.ts";
import { formatTranslationStatus } from "../lib/translations/format.ts";
import { contentTranslationStatus } from "../lib/translations/outdated.ts";
import { gitHistory } from "./git-history.ts";

function main(): number {
  const root = contentDir();
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    console.log(
      `The content folder ${root} does not exist: set BUURTGIDS_CONTENT to the folder with site.yaml`,
    );
    return 1;
  }
  const status = contentTranslationStatus(root, gitHistory(root));
  console.log(formatTranslationStatus(status, { root, cwd: process.cwd() }));
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    `The translation status itself failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
