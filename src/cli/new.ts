/**
 * `npm run new`: asks a volunteer a few questions and writes a new
 * `initiatives/<slug>/index.mdx` in the content folder (BUURTGIDS_CONTENT or
 * ./content) that passes `npm run check`. Never overwrites an entry.
 *
 *     npm run new                              # questions in the terminal
 *     npm run new -- --answers answers.json    # the same answers from a file
 *
 * This file only draws the questions. Both ways go through the same steps in
 * src/lib/new-entry (unit-tested): every answer is checked with the content
 * contract's rules (`checkAnswers`; each question checks its own answer with
 * `answerProblem` as it is typed, or a part of it with part-checks.ts), the file
 * is rendered in memory with a YAML serializer, and the real content check runs on
 * that text (`checkRenderedEntry`). Only then is anything written; a wrong answer
 * writes no folder and no file, and is named in one line.
 */
import fs from "node:fs";
import path from "node:path";
import * as p from "@clack/prompts";
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems } from "../lib/content/format.ts";
import { hostRoles, initiativeFlags, initiativeTypes, needs, weekdays } from "../lib/facts.ts";
import type { HostRole, InitiativeFlag, InitiativeType, Need, Weekday } from "../lib/facts.ts";
import { weekdayName } from "../lib/format/intl.ts";
import { localeInfo } from "../lib/i18n/locales.ts";
import { translator } from "../lib/i18n/translator.ts";
import {
  answerContextOf,
  answerProblem,
  problemLine,
  readInventory,
  writeNewEntry,
  type AnswerContext,
  type AnswerField,
  type HostAnswer,
  type Inventory,
  type TimeSlot,
} from "../lib/new-entry/index.ts";
import {
  hostProblem,
  languagesOf,
  slotProblem,
  startingProblem,
  typedLanguagesProblem,
} from "../lib/new-entry/part-checks.ts";

class Cancelled extends Error {}

/** The answer to `prompt`, or stop when the volunteer pressed Ctrl+C or Escape. */
async function ask<T>(prompt: Promise<T>): Promise<Exclude<T, symbol>> {
  const value = await prompt;
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

/** A text question whose answer is the answer `field`, checked as it is typed. */
function askAnswer(
  field: AnswerField,
  context: AnswerContext,
  question: { message: string; placeholder?: string; defaultValue?: string },
): Promise<string> {
  return ask(p.text({ ...question, validate: (v) => answerProblem(field, v ?? "", context) }));
}

/** A yes/no question. */
function askYes(message: string, initialValue = false): Promise<boolean> {
  return ask(p.confirm({ message, initialValue }));
}

/** Asks `askOne` until the volunteer says there is no `another`. */
async function askEach<T>(
  askOne: (before: readonly T[]) => Promise<T>,
  another: string,
): Promise<T[]> {
  const all: T[] = [];
  do all.push(await askOne(all));
  while (await askYes(another));
  return all;
}

const en = translator("en");

/** Options named and explained in the site's own words (`role.volunteer`, `role.volunteer.explain`). */
function explained<T extends string>(kind: "type" | "role", values: readonly T[]) {
  return values.map((value) => ({
    value,
    label: en(`${kind}.${value}`),
    hint: en(`${kind}.${value}.explain`),
  }));
}

/** Weeks of the month as the question offers them: the first … the fourth, the last. */
const monthWeeks = [
  { value: 1, label: "the first" },
  { value: 2, label: "the second" },
  { value: 3, label: "the third" },
  { value: 4, label: "the fourth" },
  { value: -1, label: "the last" },
];

/** How often a time happens: every week, some weeks of the month, or every other week. */
async function askHowOften(
  slot: TimeSlot,
  context: AnswerContext,
): Promise<Pick<TimeSlot, "weeks" | "every" | "starting">> {
  const often = await ask(
    p.select<"weekly" | "monthly" | "fortnightly">({
      message: "How often?",
      options: [
        { value: "weekly", label: "Every week" },
        {
          value: "monthly",
          label: "Only some weeks of the month",
          hint: "like the first and third",
        },
        { value: "fortnightly", label: "Every other week" },
      ],
    }),
  );
  if (often === "weekly") return {};
  if (often === "monthly") {
    const days = slot.days.map((day) => weekdayName(day, "en")).join(" and ");
    const weeks = await ask(
      p.multiselect<number>({
        message: `Which ${days} of the month?`,
        options: monthWeeks,
        required: true,
      }),
    );
    return { weeks };
  }
  const starting = await ask(
    p.text({
      message: "The date of one time it happens (year-month-day, like 2026-09-05)",
      placeholder: "2026-09-05",
      validate: (v) => startingProblem(slot, v ?? "", context),
    }),
  );
  return { every: 2, starting: starting.trim() };
}

/** One weekly time: which days, from and until what time, how often. */
async function askTime(before: readonly TimeSlot[], context: AnswerContext): Promise<TimeSlot> {
  const days = await ask(
    p.multiselect<Weekday>({
      message: before.length ? "Which days (another time)?" : "Which days?",
      options: weekdays.map((day) => ({ value: day, label: day, hint: weekdayName(day, "en") })),
      required: true,
    }),
  );
  const from = await ask(
    p.text({
      message: "From what time? (like 10:00)",
      placeholder: "10:00",
      validate: (v) => slotProblem({ days, from: v ?? "" }, "from", context),
    }),
  );
  const to = await ask(
    p.text({
      message: "Until what time? (like 12:00)",
      placeholder: "12:00",
      validate: (v) => slotProblem({ days, from, to: v ?? "" }, "to", context),
    }),
  );
  return { days, from, to, ...(await askHowOften({ days, from, to }, context)) };
}

async function askWhere(
  inv: Inventory,
  context: AnswerContext,
): Promise<{ place?: string; address?: string; directions?: string }> {
  const other = "(somewhere else)";
  const choice = await ask(
    p.select<string>({
      message: "Where is it?",
      options: [
        ...inv.places.map((place) => ({ value: place.slug, label: place.title, hint: place.slug })),
        { value: "online", label: "Online", hint: "a video call" },
        { value: "phone", label: "By phone", hint: "people call in" },
        { value: other, label: "Somewhere else", hint: "type the address" },
      ],
    }),
  );
  if (choice !== other) return { place: choice };
  const address = await askAnswer("address", context, {
    message: "What is the address? (street, number, neighbourhood)",
    placeholder: "Parkweg 3, Lindenhof",
  });
  const directions = await askAnswer("directions", context, {
    message:
      "How do people find the door? (a landmark, like: next to the supermarket; leave empty if not needed)",
    defaultValue: "",
  });
  return { address, directions };
}

async function askLanguages(inv: Inventory, context: AnswerContext): Promise<string[]> {
  const chosen = await ask(
    p.multiselect<string>({
      message: "Which languages are spoken there?",
      options: inv.locales.map((code) => ({
        value: code,
        label: localeInfo(code).englishName,
        hint: code,
      })),
      initialValues: [inv.defaultLocale],
      required: true,
    }),
  );
  const more = await ask(
    p.text({
      message: "Other languages? (codes like so, ti, fa; leave empty if none)",
      defaultValue: "",
      validate: (v) => typedLanguagesProblem(chosen, v ?? "", context),
    }),
  );
  return languagesOf(chosen, more);
}

/** Someone people meet there: a role, and the organisation if any. */
async function askHost(
  before: readonly HostAnswer[],
  context: AnswerContext,
): Promise<Required<HostAnswer>> {
  const role = await ask(
    p.select<HostRole>({
      message: before.length ? "Who else do people meet there?" : "Who do people meet there?",
      options: explained("role", hostRoles),
    }),
  );
  const organisation = await ask(
    p.text({
      message: "From which organisation? (leave empty if none)",
      defaultValue: "",
      validate: (v) => hostProblem(before, role, v ?? "", context),
    }),
  );
  return { role, organisation };
}

/** The yes/no facts of the contract, one question each, with the answer it starts at. */
const factQuestions: Record<InitiativeFlag, [message: string, initialValue: boolean]> = {
  womenOnly: ["Only for women?", false],
  walkIn: ["Can people just walk in, without signing up?", true],
  bringSomeone: ["Can people bring someone along?", false],
  children: ["Are children welcome (or is there something for them)?", false],
  wheelchair: ["Can people in a wheelchair get in and take part?", false],
};

async function askFacts(): Promise<Record<InitiativeFlag, boolean>> {
  const out = {} as Record<InitiativeFlag, boolean>;
  for (const flag of initiativeFlags) out[flag] = await askYes(...factQuestions[flag]);
  return out;
}

/** How to reach someone: phone (and WhatsApp), email, and evenings and weekends. */
async function askContact(context: AnswerContext): Promise<Record<string, unknown>> {
  const phone = await askAnswer("phone", context, {
    message: "Phone number for questions (leave empty if none)",
    placeholder: "06 12345678",
    defaultValue: "",
  });
  const whatsapp =
    phone.trim() !== "" && (await askYes("Can people send a WhatsApp message to this number?"));
  const email = await askAnswer("email", context, {
    message: "Email address for questions (leave empty if none)",
    placeholder: "info@example.org",
    defaultValue: "",
  });
  const afterHours =
    (phone.trim() || email.trim()) !== "" &&
    (await askYes("Can people reach someone in the evening or at the weekend?"));
  return {
    phone,
    email,
    ...(whatsapp ? { whatsapp } : {}),
    ...(afterHours ? { afterHours } : {}),
  };
}

/**
 * Asks every question. Each answer is checked as it is typed (`validate`), and the
 * whole set again by `checkAnswers`, like an answers file: what comes back is in
 * the shape of an answers file.
 */
async function askAll(inv: Inventory, context: AnswerContext): Promise<Record<string, unknown>> {
  p.intro("A new entry for the guide");
  p.log.info(
    `Answer a few questions. The entry goes into ${path.relative(process.cwd(), inv.root) || "."}/initiatives/. Texts in Dutch (${inv.defaultLocale}); translations come later.`,
  );
  const type = await ask(
    p.select<InitiativeType>({
      message: "What kind of entry is it?",
      options: explained("type", initiativeTypes),
    }),
  );
  const title = await askAnswer("title", context, {
    message: "Title (short, in Dutch)",
    placeholder: "Breiclub",
  });
  const summary = await askAnswer("summary", context, {
    message: "Summary: one or two short sentences (in Dutch)",
    placeholder: "Samen breien en praten. Kom gewoon langs.",
  });
  const where = await askWhere(inv, context);
  const chosenNeeds = await ask(
    p.multiselect<Need>({
      message: "What is it for? (choose one or more)",
      options: needs.map((value) => ({ value, label: en(`need.${value}`), hint: value })),
      required: true,
    }),
  );
  const times = await askEach<TimeSlot>(
    (before) => askTime(before, context),
    "Is there another day or time?",
  );
  const cost = await askAnswer("cost", context, {
    message: "What does it cost? (free, or an amount in euros like 2.50)",
    placeholder: "free",
    defaultValue: "free",
  });
  const languages = await askLanguages(inv, context);
  const hosts = await askEach<HostAnswer>(
    (before) => askHost(before, context),
    "Do people meet someone else there too (another role or organisation)?",
  );
  const facts = await askFacts();
  const contact = await askContact(context);
  const body = await askAnswer("body", context, {
    message: "What to expect: a few sentences for the page (in Dutch; leave empty to add later)",
    defaultValue: "",
  });
  return {
    type,
    title,
    summary,
    ...where,
    needs: chosenNeeds,
    times,
    cost,
    languages,
    ...facts,
    hosts,
    ...contact,
    body,
  };
}

function readAnswersFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
}

/**
 * Writes the entry through the shared path (src/lib/new-entry/write.ts): checked
 * answers, the content check on the rendered file, never overwriting. Refuses (exit 1)
 * when an answer is wrong, when the file would not pass, or when the folder exists:
 * nothing is written, and each wrong answer is named in one line.
 */
function write(inv: Inventory, given: unknown): number {
  const result = writeNewEntry(inv, given);
  if (!result.ok) {
    console.error(`Nothing was written:\n  ${result.problems.map(problemLine).join("\n  ")}`);
    return 1;
  }
  const target = path.join(inv.root, result.file);
  const shown = path.relative(process.cwd(), target) || target;
  console.log(`Written: ${shown}`);
  if (result.warnings.length) console.log(formatProblems(result.warnings, { root: inv.root }));
  console.log(
    [
      "Next:",
      `  1. Read ${shown} and add or change what you like.`,
      "  2. Run `npm run check`.",
      `  3. Translations go in ${path.dirname(shown)}/<language>.mdx (see CONTRIBUTING.md).`,
      "  4. Open a pull request.",
    ].join("\n"),
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(
      "npm run new [-- --answers answers.json]\nWrites a new initiatives/<slug>/index.mdx.",
    );
    return 0;
  }
  const inv = readInventory(contentDir());
  const index = argv.indexOf("--answers");
  if (index >= 0) {
    const file = argv[index + 1];
    if (!file) throw new Error("--answers needs a file name");
    return write(inv, readAnswersFile(file));
  }
  let answers: Record<string, unknown>;
  try {
    answers = await askAll(inv, answerContextOf(inv));
  } catch (error) {
    if (error instanceof Cancelled) {
      p.cancel("Stopped. Nothing was written.");
      return 1;
    }
    throw error;
  }
  p.outro("Thank you!");
  return write(inv, answers);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`npm run new failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
// Piped input stays open after the last question; nothing else is left to wait for.
process.stdin.unref?.();
process.stdin.destroy();
