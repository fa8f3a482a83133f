/**
 * The content folder on disk: the entry folders of `places/` and `initiatives/` with
 * the files inside (symbolic links reported, never followed; a wrong folder name
 * reported with a better one), and the text of one file (too large, unreadable or
 * not UTF-8 reported). Reads only.
 */
import fs from "node:fs";
import path from "node:path";
import { remotePlaces } from "../../facts.ts";
import { msg, worded } from "../../messages/index.ts";
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
          ...worded({ message: msg("file.linkToFile") }),
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
        ...worded({ message: msg("file.linkToFolder") }),
      });
      continue;
    }
    if (entry.isFile()) {
      if (ignoredFiles.has(entry.name)) continue;
      if (/\.mdx?$/i.test(entry.name)) {
        const slug = slugify(entry.name.replace(/\.mdx?$/i, "")) || "my-" + kind;
        const target = `${collection}/${slug}/index.mdx`;
        report.error(rel, {
          field: "file",
          ...worded({
            message: msg("file.needsFolder", { kind: msg(`kind.${kind}`), target }),
            example: target,
          }),
        });
      } else {
        report.warning(rel, {
          field: "file",
          ...worded({
            message: msg("file.notUsedInCollection", { collection, kind: msg(`kind.${kind}`) }),
          }),
        });
      }
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (!slugPattern.test(entry.name)) {
      report.error(`${rel}/`, {
        field: "folder name",
        ...worded({
          message: msg("folder.badName", { name: entry.name }),
          expected: msg("folder.badName.expected"),
          example: slugify(entry.name) || "koffie-en-praten",
        }),
      });
    } else if (kind === "place" && (remotePlaces as readonly string[]).includes(entry.name)) {
      report.error(`${rel}/`, {
        field: "folder name",
        ...worded({ message: msg("folder.reservedPlace", { name: entry.name }) }),
      });
    } else if (kind === "initiative" && entry.name === "all") {
      report.error(`${rel}/`, {
        field: "folder name",
        ...worded({ message: msg("folder.reservedAll"), example: "alles-samen" }),
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
        ...worded({
          message: msg("file.tooLarge", { kb: Math.ceil(size / 1000), max: maxFileBytes / 1000 }),
          expected: msg("file.tooLarge.expected"),
        }),
      });
      return undefined;
    }
    bytes = fs.readFileSync(path.join(root, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report.error(rel, {
      field: "file",
      ...worded({
        message:
          code === "ENOENT"
            ? msg("file.notFound")
            : msg("file.unreadable", { code: code ?? msg("file.unknownError") }),
      }),
    });
    return undefined;
  }
  const badLine = invalidUtf8Line(bytes);
  if (badLine !== undefined) {
    report.error(rel, {
      line: badLine,
      field: "text",
      ...worded({ message: msg("file.notUtf8") }),
    });
    return undefined;
  }
  return bytes.toString("utf8");
}
