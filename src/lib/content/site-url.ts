/**
 * `siteUrl` from site.yaml, read early for Astro's `site` option (astro.config.mjs
 * runs before the content collections load). Only a well-formed http(s) address is
 * returned; anything else is left to the content checks to report.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/** The guide's public address from `<dir>/site.yaml`, ending in "/", or undefined. */
export function readSiteUrl(dir: string): string | undefined {
  const file = path.join(dir, "site.yaml");
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  const value =
    data && typeof data === "object" ? (data as Record<string, unknown>)["siteUrl"] : undefined;
  if (typeof value !== "string" || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}
