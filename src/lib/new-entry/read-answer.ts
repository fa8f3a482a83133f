/**
 * Reading what people type, before any rule looks at it: an answer as the file
 * will have it (trimmed; `9:30` → `09:30`, `2,50` → 2.5, an empty optional text
 * left out, the defaults of answers not given). Its own file because the terminal,
 * an `--answers` file and `npm run from-issue` all read answers this one way.
 */
import type { HostRole } from "../facts.ts";
import type { AnswerField } from "./front-matter.ts";

/** `9:30` → `09:30`, `19.30` → `19:30`: how people type times, as the file wants them. */
export function normalizeTime(value: string): string {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value);
  if (!match) return value.trim();
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

/**
 * The cost from what someone typed: `free`/`gratis`/`0`/empty → "free", `2,50` or
 * `€ 2.50` → 2.5; `undefined` when it is not an amount.
 */
export function parseCost(value: string): "free" | number | undefined {
  const text = value
    .trim()
    .toLowerCase()
    .replace(/^€\s*/, "")
    .replace(/\s*euros?$/, "");
  if (text === "" || text === "free" || text === "gratis") return "free";
  if (!/^\d+([.,]\d{1,2})?$/.test(text)) return undefined;
  const amount = Number(text.replace(",", "."));
  return amount === 0 ? "free" : amount;
}

/** What an answer is when it is not given. */
const defaults: Partial<Record<AnswerField, unknown>> = {
  cost: "free",
  womenOnly: false,
  walkIn: false,
  bringSomeone: false,
  children: false,
  wheelchair: false,
};

/** Who you meet when no answer says so. */
export const defaultHostRole: HostRole = "volunteer";

/** Optional texts: left empty means not given. */
const optionalTexts: ReadonlySet<AnswerField> = new Set([
  "phone",
  "email",
  "directions",
  "hostOrganisation",
  "body",
]);

/** Each item of a list that is a group of answers (a host, a time), changed by `change`. */
function eachGroup(list: unknown[], change: (group: Record<string, unknown>) => void): unknown[] {
  return list.map((item: unknown) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) return item;
    const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    change(out);
    return out;
  });
}

/** An answer as the file will have it: trimmed, times and cost as the file writes them. */
export function readAnswer(field: AnswerField, value: unknown): unknown {
  if (value === undefined) return defaults[field];
  if (typeof value === "string") {
    const text = value.trim();
    if (optionalTexts.has(field) && text === "") return undefined;
    if (field === "cost") {
      const cost = parseCost(text);
      return cost === undefined ? value : cost;
    }
    return text;
  }
  if (field === "cost" && value === 0) return "free";
  if (field === "hosts" && Array.isArray(value)) {
    return eachGroup(value, (host) => {
      for (const key of ["role", "organisation"]) {
        if (typeof host[key] === "string") host[key] = host[key].trim();
      }
      if (host["organisation"] === "") delete host["organisation"];
    });
  }
  if (field === "times" && Array.isArray(value)) {
    return eachGroup(value, (slot) => {
      for (const key of ["from", "to"]) {
        if (typeof slot[key] === "string") slot[key] = normalizeTime(slot[key]);
      }
    });
  }
  return value;
}
