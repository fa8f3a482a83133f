/**
 * The content folder on disk: the entry folders of `places/` and `initiatives/` with
 * the files inside (symbolic links reported, never followed; a wrong folder name
 * reported with a better one), and the text of one file (too large, unreadable or
 * not UTF-8 reported). Reads only.
 */
import fs from "node:fs";
import path from "node:path";
import { remotePlaces } from "../../facts.ts";
import { slugPattern } from "../schema/index.ts";
import { slugify } from "../suggest.ts";
import { invalidUtf8Line, maxFileBytes } from "../text-hygiene.ts";
import type { Report } from "./report.ts";

/** Files a folder may hold without being used (editors and operating systems make them). */
export const ignoredFiles = new Set([".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"]);

export type Collection = "places" | "initiatives";

export interface EntryFolder {
  kind: "place" | "initiative";
  slug: string;
  /** Folder relative to the content root, with forward slashes. */
  rel: string;
  /** Files inside, relative to the folder, with forward slashes. */
  files: string[];
}

export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Files under `dir`, relative, sorted; symbolic links are reported, not followed. */
export function listFiles(dir: string, report: Report, relRoot: string): string[] {
  const out: string[] = [];
  const walk = (current: string, prefix: string) => {
    const entries = fs
      .readdirSync(current, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        report.error(`${relRoot}/${rel}`, {
          field: "file",
          message: "a link to another file is not allowed in content: put the real file here",
        });
      } else if (entry.isDirectory()) {
        walk(path.join(current, entry.name), rel);
      } else if (entry.isFile()) {
        out.push(rel);
      }
    }
  };
  walk(dir, "");
  return out;
}

export function listCollection(
  root: string,
  collection: Collection,
  report: Report,
): EntryFolder[] {
  const dir = path.join(root, collection);
  if (!fs.existsSync(dir)) return [];
  const kind = collection === "places" ? "place" : "initiative";
  const folders: EntryFolder[] = [];
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const rel = `${collection}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      report.error(rel, {
        field: "file",
        message: "a link to another folder is not allowed in content: put the real folder here",
      });
      continue;
    }
    if (entry.isFile()) {
      if (ignoredFiles.has(entry.name)) continue;
      if (/\.mdx?$/i.test(entry.name)) {
        const slug = slugify(entry.name.replace(/\.mdx?$/i, "")) || "my-" + kind;
        report.error(rel, {
          field: "file",
          message: `every ${kind} needs its own folder: move this file to ${collection}/${slug}/index.mdx`,
          example: `${collection}/${slug}/index.mdx`,
        });
      } else {
        report.warning(rel, {
          field: "file",
          message: `this file is not used: ${collection}/ holds only one folder per ${kind}`,
        });
      }
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (!slugPattern.test(entry.name)) {
      report.error(`${rel}/`, {
        field: "folder name",
        message: `"${entry.name}" cannot be a folder name: it becomes the web address, so use only lowercase letters a-z, digits and single hyphens`,
        expected: "lowercase letters, digits and hyphens",
        example: slugify(entry.name) || "koffie-en-praten",
      });
    } else if (kind === "place" && (remotePlaces as readonly string[]).includes(entry.name)) {
      report.error(`${rel}/`, {
        field: "folder name",
        message: `"${entry.name}" is reserved (place: ${entry.name} means not at a place): choose another folder name`,
      });
    } else if (kind === "initiative" && entry.name === "all") {
      report.error(`${rel}/`, {
        field: "folder name",
        message: `"all" is reserved: /calendar/all.ics holds every initiative; choose another folder name`,
        example: "alles-samen",
      });
    }
    folders.push({
      kind,
      slug: entry.name,
      rel,
      files: listFiles(path.join(dir, entry.name), report, rel),
    });
  }
  return folders;
}

/**
 * The text of a content file, or `undefined` after reporting why it cannot be used:
 * unreadable (a dangling link, no permission), too large, or not UTF-8.
 */
export function readText(report: Report, root: string, rel: string): string | undefined {
  let bytes: Buffer;
  try {
    const size = fs.statSync(path.join(root, rel)).size;
    if (size > maxFileBytes) {
      report.error(rel, {
        field: "file",
        message: `this file is ${Math.ceil(size / 1000)} KB; a content file holds at most ${maxFileBytes / 1000} KB`,
        expected: "the facts and a short text; keep the text under the front matter short",
      });
      return undefined;
    }
    bytes = fs.readFileSync(path.join(root, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report.error(rel, {
      field: "file",
      message:
        code === "ENOENT"
          ? "this file cannot be found (is it a link to a file that is not there?): put the real file here"
          : `this file cannot be read (${code ?? "unknown error"}): check that it is a normal file you may read`,
    });
    return undefined;
  }
  const badLine = invalidUtf8Line(bytes);
  if (badLine !== undefined) {
    report.error(rel, {
      line: badLine,
      field: "text",
      message:
        "this line has characters that are not UTF-8 text: save the file as UTF-8 (in most editors: Save as, Encoding UTF-8) and check the line",
    });
    return undefined;
  }
  return bytes.toString("utf8");
}
