/**
 * Links and image addresses in a body: which attributes hold one, which schemes are
 * refused (checked the way browsers read them), and which point at a file next to
 * the entry.
 */
import { msg, say, type Msg } from "../../messages/index.ts";
import { allowedUrlSchemes } from "./allow-list.ts";

/** Attributes whose value is a URL. */
export const urlAttributes = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "background",
  "cite",
  "data",
  "xlink:href",
  "ping",
]);

const namedEntities: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  nbsp: " ",
  amp: "&",
  lpar: "(",
  rpar: ")",
  sol: "/",
  period: ".",
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith("#x"))
      return String.fromCodePoint(Number.parseInt(lower.slice(2), 16) || 0xfffd);
    if (lower.startsWith("#"))
      return String.fromCodePoint(Number.parseInt(lower.slice(1), 10) || 0xfffd);
    return namedEntities[lower] ?? whole;
  });
}

/**
 * Why `url` may not be used, as a message, or `undefined` when it is fine.
 * Case-insensitive and blind to whitespace, control characters and character
 * references, as browsers are.
 */
export function unsafeUrlMsg(url: string): Msg | undefined {
  const normalized = decodeEntities(url)
    .replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]+/g, "")
    .toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(normalized);
  if (!match) return undefined;
  const scheme = match[1] ?? "";
  if (scheme === "javascript" || scheme === "vbscript") return msg("url.code", { scheme });
  if (scheme === "data") return msg("url.data");
  if (!allowedUrlSchemes.includes(scheme)) return msg("url.otherScheme", { scheme });
  return undefined;
}

/** Why `url` may not be used, in English words, or `undefined` when it is fine. */
export function unsafeUrlReason(url: string): string | undefined {
  const reason = unsafeUrlMsg(url);
  return reason && say(reason);
}

export function isRemote(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || url.trim().startsWith("//");
}

export function isLocalFile(url: string): boolean {
  const u = url.trim();
  return u !== "" && !u.startsWith("#") && !u.startsWith("/") && !u.startsWith("?") && !isRemote(u);
}
