/** Writing generated files into a folder, and listing a built folder, for the bench. */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes each file under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: readonly { path: string; text: string }[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

/** Every file below `dir`, as full paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}
