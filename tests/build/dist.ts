/** Reading the built site in dist/ for build-output tests. */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export const distDir = path.resolve(process.env.BUURTGIDS_DIST ?? "dist");

export function distFile(route: string): string {
  const clean = route.replace(/^\//, "");
  return path.join(distDir, clean.endsWith("/") || clean === "" ? `${clean}index.html` : clean);
}

export function hasRoute(route: string): boolean {
  return existsSync(distFile(route));
}

export function page(route: string): HTMLElement {
  return parse(readFileSync(distFile(route), "utf8"));
}

/** Every file under dist/, relative paths. */
export function allFiles(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}
