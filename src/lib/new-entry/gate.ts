/**
 * The last check before `npm run new` writes: the rendered file goes through the
 * real content check (`checkContent`: the MDX safety gate, the schema, stigma
 * words, readability, the place it names), exactly as `npm run check` would read
 * it, but in a scratch folder outside the content folder. Only when it passes is
 * the file written into the content folder.
 *
 * The scratch folder holds `site.yaml`, an empty folder per place (entries are
 * checked one by one; an initiative only needs to know which places exist) and the
 * new `initiatives/<slug>/index.mdx`. It is removed afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Problem } from "../content/model.ts";
import { checkContent } from "../content/validate.ts";
import { folderNames } from "./inventory.ts";

/** The entry to check: its folder name, its file relative to the content folder, its text. */
export interface RenderedEntry {
  slug: string;
  file: string;
  text: string;
}

/**
 * The problems `npm run check` would report for `entry` if it were written into the
 * content folder `root` (errors and warnings of the entry's own folder only).
 */
export function checkRenderedEntry(root: string, entry: RenderedEntry, today: string): Problem[] {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-new-"));
  try {
    const site = path.join(root, "site.yaml");
    if (fs.existsSync(site)) fs.copyFileSync(site, path.join(scratch, "site.yaml"));
    for (const place of folderNames(path.join(root, "places"))) {
      fs.mkdirSync(path.join(scratch, "places", place), { recursive: true });
    }
    const target = path.join(scratch, entry.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.text, { flag: "wx" });
    const own = `initiatives/${entry.slug}/`;
    return checkContent(scratch, { today }).problems.filter((problem) =>
      problem.file.startsWith(own),
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
