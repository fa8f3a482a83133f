/**
 * `npm run new`: asks a volunteer a few questions and writes a new
 * `initiatives/<slug>/index.mdx` in the content folder (BUURTGIDS_CONTENT or
 * ./content) that passes `npm run check`. Never overwrites an entry.
 *
 *     npm run new                              # questions in the terminal
 *     npm run new -- --answers answers.json    # the same answers from a file
 *
 * Both ways go through the same steps in src/lib/new-entry (unit-tested): every
 * answer is checked with the content contract's rules (`checkAnswers`; each question
 * checks its own answer with `answerProblem` as it is typed), the file is rendered
 * in memory with a YAML serializer, and the real content check runs on that text
 * (`checkRenderedEntry`). Only then is anything written; a wrong answer writes no
 * folder and no file, and is named in one line.
 */
import fs from "node:fs";
import path from "node:path";
import * as p from "@clack/prompts";
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems } from "../lib/content/format.ts";
import { hostRoles, initiativeFlags, initiativeTypes, needs, weekdays } from "../lib/facts.ts";
import type { HostRole, InitiativeFlag, InitiativeType, Need, Weekday } from "../lib/facts.ts";
import { localeInfo } from "../lib/i18n/locales.ts";
import { translator } from "../lib/i18n/translator.ts";
import {
  answerContextOf,
  answerProblem,
  answerProblems,
  problemLine,
  readInventory,
  writeNewEntry,
  type AnswerContext,
  type AnswerField,
  type Inventory,
} from "../lib/new-entry/index.ts";
import { weekdayName } from "../lib/format/intl.ts";

class Cancelled extends Error {}

/** A question's `validate`: the shared check of that one answer. */
function validator(field: AnswerField, context: AnswerContext) {
  return (value: string | undefined) => answerProblem(field, value ?? "", context);
}

/** A prompt's answer, or stop when the volunteer pressed Ctrl+C or Escape. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const en = translator("en");

/** The problem of one part of a weekly time, from the shared check of `times`. */
function slotProblem(
  slot: { days: Weekday[]; from: string; to?: string },
  part: "from" | "to",
  context: AnswerContext,
): string | undefined {
  const problems = answerProblems("times", [slot], context);
  return (
    problems.find((problem) => problem.field === `times.0.${part}`)?.message ??
    (part === "to" ? problems[0]?.message : undefined)
  );
}

/** One weekly time as `npm run new` asks it: days, from, to, and how often. */
interface AskedSlot {
  days: Weekday[];
  from: string;
  to: string;
  weeks?: number[];
  every?: number;
  starting?: string;
}

/** Weeks of the month as the question offers them: the first … the fourth, the last. */
const monthWeeks = [
  { value: 1, label: "the first" },
  { value: 2, label: "the second" },
  { value: 3, label: "the third" },
  { value: 4, label: "the fourth" },
  { value: -1, label: "the last" },
] as const;

/** How often a time happens: every week, some weeks of the month, or every other week. */
async function askHowOften(
  slot: AskedSlot,
  context: AnswerContext,
): Promise<Pick<AskedSlot, "weeks" | "every" | "starting">> {
  const often = answered(
    await p.select<"weekly" | "monthly" | "fortnightly">({
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
    const weeks = answered(
      await p.multiselect<number>({
        message: `Which ${slot.days.map((day) => weekdayName(day, "en")).join(" and ")} of the month?`,
        options: monthWeeks.map((week) => ({ value: week.value, label: week.label })),
        required: true,
      }),
    );
    return { weeks };
  }
  const starting = answered(
    await p.text({
      message: "The date of one time it happens (year-month-day, like 2026-09-05)",
      placeholder: "2026-09-05",
      validate: (v) =>
        answerProblems("times", [{ ...slot, every: 2, starting: (v ?? "").trim() }], context).find(
          (problem) => problem.field.startsWith("times.0.starting"),
        )?.message ?? (v?.trim() ? undefined : "write the date of one time it happens"),
    }),
  );
  return { every: 2, starting: starting.trim() };
}

async function askTimes(context: AnswerContext): Promise<AskedSlot[]> {
  const times: AskedSlot[] = [];
  for (;;) {
    const days = answered(
      await p.multiselect<Weekday>({
        message: times.length ? "Which days (another time)?" : "Which days?",
        options: weekdays.map((day) => ({ value: day, label: day, hint: weekdayName(day, "en") })),
        required: true,
      }),
    );
    const from = answered(
      await p.text({
        message: "From what time? (like 10:00)",
        placeholder: "10:00",
        validate: (v) => slotProblem({ days, from: v ?? "" }, "from", context),
      }),
    );
    const to = answered(
      await p.text({
        message: "Until what time? (like 12:00)",
        placeholder: "12:00",
        validate: (v) => slotProblem({ days, from, to: v ?? "" }, "to", context),
      }),
    );
    times.push({ days, from, to, ...(await askHowOften({ days, from, to }, context)) });
    const more = answered(
      await p.confirm({ message: "Is there another day or time?", initialValue: false }),
    );
    if (!more) return times;
  }
}

async function askWhere(
  inv: Inventory,
  context: AnswerContext,
): Promise<{ place?: string; address?: string; directions?: string }> {
  const other = "(somewhere else)";
  const choice = answered(
    await p.select<string>({
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
  const address = answered(
    await p.text({
      message: "What is the address? (street, number, neighbourhood)",
      placeholder: "Parkweg 3, Lindenhof",
      validate: validator("address", context),
    }),
  );
  const directions = answered(
    await p.text({
      message:
        "How do people find the door? (a landmark, like: next to the supermarket; leave empty if not needed)",
      defaultValue: "",
      validate: validator("directions", context),
    }),
  );
  return { address, directions };
}

async function askLanguages(inv: Inventory, context: AnswerContext): Promise<string[]> {
  const chosen = answered(
    await p.multiselect<string>({
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
  const more = answered(
    await p.text({
      message: "Other languages? (codes like so, ti, fa; leave empty if none)",
      defaultValue: "",
      validate: (v) => {
        const typed = splitCodes(v ?? "");
        return typed.length
          ? answerProblem("languages", [...new Set([...chosen, ...typed])], context)
          : undefined;
      },
    }),
  );
  return [...new Set([...chosen, ...splitCodes(more)])];
}

/** Codes typed with spaces or commas between them; a line break stays in, to be refused. */
function splitCodes(text: string): string[] {
  return text.split(/[ ,]+/).filter(Boolean);
}

/** Who people meet there: one or more roles, each with its organisation. */
async function askHosts(
  context: AnswerContext,
): Promise<{ role: HostRole; organisation: string }[]> {
  const hosts: { role: HostRole; organisation: string }[] = [];
  for (;;) {
    const role = answered(
      await p.select<HostRole>({
        message: hosts.length ? "Who else do people meet there?" : "Who do people meet there?",
        options: hostRoles.map((value) => ({
          value,
          label: en(`role.${value}`),
          hint: en(`role.${value}.explain`),
        })),
      }),
    );
    const organisation = answered(
      await p.text({
        message: "From which organisation? (leave empty if none)",
        defaultValue: "",
        validate: (v) =>
          answerProblems("hosts", [...hosts, { role, organisation: v ?? "" }], context)[0]?.message,
      }),
    );
    hosts.push({ role, organisation });
    const more = answered(
      await p.confirm({
        message: "Do people meet someone else there too (another role or organisation)?",
        initialValue: false,
      }),
    );
    if (!more) return hosts;
  }
}

/** The yes/no facts of the contract, one question each. */
async function askFacts(): Promise<Record<InitiativeFlag, boolean>> {
  const questions: Record<InitiativeFlag, { message: string; initialValue: boolean }> = {
    womenOnly: { message: "Only for women?", initialValue: false },
    walkIn: { message: "Can people just walk in, without signing up?", initialValue: true },
    bringSomeone: { message: "Can people bring someone along?", initialValue: false },
    children: {
      message: "Are children welcome (or is there something for them)?",
      initialValue: false,
    },
    wheelchair: {
      message: "Can people in a wheelchair get in and take part?",
      initialValue: false,
    },
  };
  const out = {} as Record<InitiativeFlag, boolean>;
  for (const flag of initiativeFlags) {
    out[flag] = answered(await p.confirm(questions[flag]));
  }
  return out;
}

/** How to reach someone: phone (and WhatsApp), email, and evenings and weekends. */
async function askContact(context: AnswerContext): Promise<Record<string, unknown>> {
  const phone = answered(
    await p.text({
      message: "Phone number for questions (leave empty if none)",
      placeholder: "06 12345678",
      defaultValue: "",
      validate: validator("phone", context),
    }),
  );
  const whatsapp = phone.trim()
    ? answered(
        await p.confirm({
          message: "Can people send a WhatsApp message to this number?",
          initialValue: false,
        }),
      )
    : false;
  const email = answered(
    await p.text({
      message: "Email address for questions (leave empty if none)",
      placeholder: "info@example.org",
      defaultValue: "",
      validate: validator("email", context),
    }),
  );
  const afterHours =
    phone.trim() || email.trim()
      ? answered(
          await p.confirm({
            message: "Can people reach someone in the evening or at the weekend?",
            initialValue: false,
          }),
        )
      : false;
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
  const type = answered(
    await p.select<InitiativeType>({
      message: "What kind of entry is it?",
      options: initiativeTypes.map((value) => ({
        value,
        label: en(`type.${value}`),
        hint: en(`type.${value}.explain`),
      })),
    }),
  );
  const title = answered(
    await p.text({
      message: "Title (short, in Dutch)",
      placeholder: "Breiclub",
      validate: validator("title", context),
    }),
  );
  const summary = answered(
    await p.text({
      message: "Summary: one or two short sentences (in Dutch)",
      placeholder: "Samen breien en praten. Kom gewoon langs.",
      validate: validator("summary", context),
    }),
  );
  const where = await askWhere(inv, context);
  const chosenNeeds = answered(
    await p.multiselect<Need>({
      message: "What is it for? (choose one or more)",
      options: needs.map((value) => ({ value, label: en(`need.${value}`), hint: value })),
      required: true,
    }),
  );
  const times = await askTimes(context);
  const cost = answered(
    await p.text({
      message: "What does it cost? (free, or an amount in euros like 2.50)",
      placeholder: "free",
      defaultValue: "free",
      validate: validator("cost", context),
    }),
  );
  const languages = await askLanguages(inv, context);
  const hosts = await askHosts(context);
  const facts = await askFacts();
  const contact = await askContact(context);
  const body = answered(
    await p.text({
      message: "What to expect: a few sentences for the page (in Dutch; leave empty to add later)",
      defaultValue: "",
      validate: validator("body", context),
    }),
  );
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

/** Says that nothing was written, and why: one line per wrong answer. */
function refuse(lines: readonly string[]): number {
  console.error(`Nothing was written:\n  ${lines.join("\n  ")}`);
  return 1;
}

/**
 * Writes the entry through the shared path (src/lib/new-entry/write.ts): checked
 * answers, the content check on the rendered file, never overwriting. Refuses (exit 1)
 * when an answer is wrong, when the file would not pass, or when the folder exists.
 */
function write(inv: Inventory, given: unknown): number {
  const result = writeNewEntry(inv, given);
  if (!result.ok) return refuse(result.problems.map(problemLine));
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
