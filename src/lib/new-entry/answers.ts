/**
 * What `npm run new` asks, as data: the answers of the prompts (or of an
 * `--answers` JSON file) before they become an `index.mdx`. Each check returns a
 * message in volunteer words, or `undefined` when the answer is fine, so the
 * prompts and the JSON mode refuse the same things.
 */
import { z } from "astro/zod";
import {
  hostRoles,
  initiativeTypes,
  needs,
  remotePlaces,
  weekdays,
  type HostRole,
  type InitiativeType,
  type Need,
  type Weekday,
} from "../facts.ts";
import { checkMdxSafety } from "../content/mdx-safety.ts";
import { slugPattern } from "../content/schema.ts";
import { slugFromTitle } from "./slug.ts";

/** One weekly time: these days, from..to. */
export interface TimeSlot {
  days: Weekday[];
  from: string;
  to: string;
}

/** The answers to `npm run new`. */
export interface NewEntryAnswers {
  type: InitiativeType;
  /** Title in the default language. */
  title: string;
  /** One or two short sentences in the default language. */
  summary: string;
  /** A place folder name, `online` or `phone`; absent when `address` is given. */
  place?: string;
  /** A street address when it is not at a listed place. */
  address?: string;
  needs: Need[];
  times: TimeSlot[];
  cost: "free" | number;
  /** Language codes spoken there. */
  languages: string[];
  /** A phone number for questions (optional). */
  phone?: string;
  womenOnly: boolean;
  walkIn: boolean;
  /** Who you meet there. */
  hostRole: HostRole;
  hostOrganisation?: string;
  /** "What to expect": a few sentences for the page (optional). */
  body?: string;
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const phonePattern = /^\+?[0-9][0-9 ()./-]*[0-9]$/;

/** A problem with a time typed as `HH:MM`. */
export function timeProblem(value: string): string | undefined {
  const time = normalizeTime(value);
  return timePattern.test(time) ? undefined : "write a time like 10:00 or 19:30 (24-hour clock)";
}

/** `9:30` → `09:30`, `19.30` → `19:30`: how people type times, as the file wants them. */
export function normalizeTime(value: string): string {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value);
  if (!match) return value.trim();
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

/** A problem with an end time that is not after the start time. */
export function timeRangeProblem(from: string, to: string): string | undefined {
  const a = normalizeTime(from);
  const b = normalizeTime(to);
  if (timeProblem(a) || timeProblem(b)) return timeProblem(b) ?? timeProblem(a);
  return b > a ? undefined : `the end time must be later than ${a}`;
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

/** A problem with a phone number (empty is fine: the phone is optional). */
export function phoneProblem(value: string): string | undefined {
  const text = value.trim();
  if (text === "" || phonePattern.test(text)) return undefined;
  return "write only digits and spaces, like 06 12345678";
}

/** A problem with a one-line text field. */
export function lineProblem(value: string, what: string): string | undefined {
  if (value.trim() === "") return `write ${what}`;
  if (/[\r\n]/.test(value)) return `write ${what} on one line`;
  return undefined;
}

/** A problem with a title: empty, or its folder name is taken already. */
export function titleProblem(title: string, existingSlugs: readonly string[]): string | undefined {
  const empty = lineProblem(title, "a short title");
  if (empty) return empty;
  const slug = slugFromTitle(title);
  if (!slug) return "use at least one letter or digit a-z, 0-9 in the title";
  if (existingSlugs.includes(slug)) {
    return `there is already an entry initiatives/${slug}/: choose another title, or change that file`;
  }
  return undefined;
}

/** A problem with the "what to expect" text: it must be plain text, no code or tags. */
export function bodyProblem(value: string): string | undefined {
  if (value.trim() === "") return undefined;
  const finding = checkMdxSafety(value).findings[0];
  return finding ? `this text cannot be used: ${finding.message}` : undefined;
}

const nonEmptyLine = (what: string) =>
  z
    .string()
    .refine((v) => lineProblem(v, what) === undefined, { error: `write ${what} on one line` });

/** The shape of an `--answers` JSON file (same fields as `NewEntryAnswers`). */
export const answersFileSchema = z
  .strictObject({
    type: z.enum(initiativeTypes),
    title: nonEmptyLine("a short title"),
    summary: nonEmptyLine("one or two short sentences"),
    place: z
      .string()
      .refine((v) => slugPattern.test(v), {
        error: `a place folder name, or ${remotePlaces.join(" or ")}`,
      })
      .optional(),
    address: nonEmptyLine("a street address").optional(),
    needs: z.array(z.enum(needs)).min(1),
    times: z
      .array(
        z
          .strictObject({
            days: z.array(z.enum(weekdays)).min(1),
            from: z.string(),
            to: z.string(),
          })
          .superRefine((slot, ctx) => {
            const problem = timeProblem(slot.from) ?? timeRangeProblem(slot.from, slot.to);
            if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["to"] });
          }),
      )
      .min(1),
    cost: z.union([z.literal("free"), z.number().min(0), z.string()]).default("free"),
    languages: z.array(z.string().min(2)).min(1),
    phone: z.string().optional(),
    womenOnly: z.boolean().default(false),
    walkIn: z.boolean().default(false),
    hostRole: z.enum(hostRoles).default("volunteer"),
    hostOrganisation: z.string().optional(),
    body: z.string().optional(),
  })
  .superRefine(
    (a, ctx) => {
      // Runs even when a field failed (`when`), so every problem shows at once:
      // fields may then have any type.
      const loose = a as Record<string, unknown>;
      if ((loose["place"] === undefined) === (loose["address"] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["place"],
          message: "give place or address (one of the two)",
        });
      }
      const cost = loose["cost"];
      if (typeof cost === "string" && parseCost(cost) === undefined) {
        ctx.addIssue({ code: "custom", path: ["cost"], message: "free, or an amount like 2.50" });
      }
      const phone = typeof loose["phone"] === "string" ? phoneProblem(loose["phone"]) : undefined;
      if (phone) ctx.addIssue({ code: "custom", path: ["phone"], message: phone });
      const body = typeof loose["body"] === "string" ? bodyProblem(loose["body"]) : undefined;
      if (body) ctx.addIssue({ code: "custom", path: ["body"], message: body });
    },
    { when: () => true },
  );

/**
 * Answers from parsed JSON, or the problems as `field: message` lines.
 */
export function answersFromJson(
  data: unknown,
):
  { answers: NewEntryAnswers; problems?: undefined } | { answers?: undefined; problems: string[] } {
  const result = answersFileSchema.safeParse(data);
  if (!result.success) {
    return {
      problems: result.error.issues.map(
        (issue) => `${issue.path.map(String).join(".") || "answers"}: ${issue.message}`,
      ),
    };
  }
  const a = result.data;
  const cost = typeof a.cost === "string" ? (parseCost(a.cost) ?? "free") : a.cost;
  const answers: NewEntryAnswers = {
    type: a.type,
    title: a.title.trim(),
    summary: a.summary.trim(),
    needs: a.needs,
    times: a.times.map((t) => ({
      days: t.days,
      from: normalizeTime(t.from),
      to: normalizeTime(t.to),
    })),
    cost: cost === 0 ? "free" : cost,
    languages: a.languages,
    womenOnly: a.womenOnly,
    walkIn: a.walkIn,
    hostRole: a.hostRole,
  };
  if (a.place !== undefined) answers.place = a.place;
  if (a.address !== undefined) answers.address = a.address.trim();
  if (a.phone?.trim()) answers.phone = a.phone.trim();
  if (a.hostOrganisation?.trim()) answers.hostOrganisation = a.hostOrganisation.trim();
  if (a.body?.trim()) answers.body = a.body.trim();
  return { answers };
}
