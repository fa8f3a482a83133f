/**
 * `npm run new`: asks a volunteer a few questions and writes a new
 * `initiatives/<slug>/index.mdx` in the content folder (BUURTGIDS_CONTENT or
 * ./content) that passes `npm run check`. Never overwrites an entry.
 *
 *     npm run new                              # questions in the terminal
 *     npm run new -- --answers answers.json    # the same answers from a file
 *
 * The answers become a file through src/lib/new-entry (pure, unit-tested); this
 * file only asks, writes, and runs the content check on the result.
 */
import fs from "node:fs";
import path from "node:path";
import * as p from "@clack/prompts";
import { contentDir } from "../lib/content/content-dir.ts";
import { todayIn } from "../lib/content/dates.ts";
import { formatProblems } from "../lib/content/format.ts";
import { checkContent } from "../lib/content/validate.ts";
import { hostRoles, initiativeTypes, needs, weekdays } from "../lib/facts.ts";
import type { HostRole, InitiativeType, Need, Weekday } from "../lib/facts.ts";
import { buildNow } from "../lib/guide/build-now.ts";
import { knownLocaleCodes, localeInfo } from "../lib/i18n/locales.ts";
import { translator } from "../lib/i18n/translator.ts";
import {
  answersFromJson,
  bodyProblem,
  lineProblem,
  normalizeTime,
  parseCost,
  phoneProblem,
  planNewEntry,
  timeProblem,
  timeRangeProblem,
  titleProblem,
  type NewEntryAnswers,
  type TimeSlot,
} from "../lib/new-entry/index.ts";
import { weekdayName } from "../lib/format/intl.ts";

/** What the questions offer, read from the content folder. */
interface Inventory {
  root: string;
  places: { slug: string; title: string }[];
  initiativeSlugs: string[];
  locales: string[];
  defaultLocale: string;
  today: string;
}

class Cancelled extends Error {}

function folders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function inventory(root: string): Inventory {
  if (!fs.existsSync(path.join(root, "site.yaml"))) {
    throw new Error(`${root} has no site.yaml: set BUURTGIDS_CONTENT to the content folder`);
  }
  // A folder with a mistake elsewhere still gets its new entry: places then come
  // from the folder names.
  const { guide } = checkContent(root);
  const site = guide?.site;
  const defaultLocale = site?.defaultLocale ?? "nl";
  const places = guide
    ? guide.places.map((place) => ({
        slug: place.slug,
        title: place.text[defaultLocale]?.title ?? place.slug,
      }))
    : folders(path.join(root, "places")).map((slug) => ({ slug, title: slug }));
  return {
    root,
    places,
    initiativeSlugs: folders(path.join(root, "initiatives")),
    locales: site?.locales ?? [...knownLocaleCodes],
    defaultLocale,
    today: todayIn(site?.timeZone ?? "Europe/Amsterdam", buildNow()),
  };
}

/** A prompt's answer, or stop when the volunteer pressed Ctrl+C or Escape. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const en = translator("en");

async function askTimes(): Promise<TimeSlot[]> {
  const times: TimeSlot[] = [];
  for (;;) {
    const days = answered(
      await p.multiselect<Weekday>({
        message: times.length ? "Which days (another time)?" : "Which days?",
        options: weekdays.map((day) => ({ value: day, label: day, hint: weekdayName(day, "en") })),
        required: true,
      }),
    );
    const from = normalizeTime(
      answered(
        await p.text({
          message: "From what time? (like 10:00)",
          placeholder: "10:00",
          validate: (v) => timeProblem(v ?? ""),
        }),
      ),
    );
    const to = normalizeTime(
      answered(
        await p.text({
          message: "Until what time? (like 12:00)",
          placeholder: "12:00",
          validate: (v) => timeRangeProblem(from, v ?? ""),
        }),
      ),
    );
    times.push({ days, from, to });
    const more = answered(
      await p.confirm({ message: "Is there another day or time?", initialValue: false }),
    );
    if (!more) return times;
  }
}

async function askWhere(inv: Inventory): Promise<{ place?: string; address?: string }> {
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
      validate: (v) => lineProblem(v ?? "", "a street address"),
    }),
  );
  return { address: address.trim() };
}

async function askLanguages(inv: Inventory): Promise<string[]> {
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
        try {
          Intl.getCanonicalLocales(splitCodes(v ?? ""));
          return undefined;
        } catch {
          return "write language codes with spaces between them, like: so ti";
        }
      },
    }),
  );
  return [...new Set([...chosen, ...splitCodes(more)])];
}

function splitCodes(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

async function askAll(inv: Inventory): Promise<NewEntryAnswers> {
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
      validate: (v) => titleProblem(v ?? "", inv.initiativeSlugs),
    }),
  ).trim();
  const summary = answered(
    await p.text({
      message: "Summary: one or two short sentences (in Dutch)",
      placeholder: "Samen breien en praten. Kom gewoon langs.",
      validate: (v) => lineProblem(v ?? "", "one or two short sentences"),
    }),
  ).trim();
  const where = await askWhere(inv);
  const chosenNeeds = answered(
    await p.multiselect<Need>({
      message: "What is it for? (choose one or more)",
      options: needs.map((value) => ({ value, label: en(`need.${value}`), hint: value })),
      required: true,
    }),
  );
  const times = await askTimes();
  const costText = answered(
    await p.text({
      message: "What does it cost? (free, or an amount in euros like 2.50)",
      placeholder: "free",
      defaultValue: "free",
      validate: (v) =>
        parseCost(v ?? "") === undefined ? "write free, or an amount like 2.50" : undefined,
    }),
  );
  const languages = await askLanguages(inv);
  const phone = answered(
    await p.text({
      message: "Phone number for questions (leave empty if none)",
      placeholder: "06 12345678",
      defaultValue: "",
      validate: (v) => phoneProblem(v ?? ""),
    }),
  ).trim();
  const hostRole = answered(
    await p.select<HostRole>({
      message: "Who do people meet there?",
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
    }),
  ).trim();
  const womenOnly = answered(await p.confirm({ message: "Only for women?", initialValue: false }));
  const walkIn = answered(
    await p.confirm({
      message: "Can people just walk in, without signing up?",
      initialValue: true,
    }),
  );
  const body = answered(
    await p.text({
      message: "What to expect: a few sentences for the page (in Dutch; leave empty to add later)",
      defaultValue: "",
      validate: (v) => bodyProblem(v ?? ""),
    }),
  ).trim();

  const answers: NewEntryAnswers = {
    type,
    title,
    summary,
    ...where,
    needs: chosenNeeds,
    times,
    cost: parseCost(costText) ?? "free",
    languages,
    womenOnly,
    walkIn,
    hostRole,
  };
  if (phone) answers.phone = phone;
  if (organisation) answers.hostOrganisation = organisation;
  if (body) answers.body = body;
  return answers;
}

function readAnswersFile(file: string): NewEntryAnswers {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const result = answersFromJson(data);
  if (!result.answers) throw new Error(`${file} has problems:\n  ${result.problems.join("\n  ")}`);
  return result.answers;
}

/** Writes the entry; refuses (exit 1) when its folder exists. */
function write(inv: Inventory, answers: NewEntryAnswers): number {
  const plan = planNewEntry(answers, {
    existingSlugs: inv.initiativeSlugs,
    today: inv.today,
    locales: inv.locales,
  });
  if (!plan.ok) {
    console.error(`Nothing was written:\n  ${plan.problems.join("\n  ")}`);
    return 1;
  }
  const target = path.join(inv.root, plan.file);
  const shown = path.relative(process.cwd(), target) || target;
  try {
    fs.mkdirSync(path.join(inv.root, "initiatives"), { recursive: true });
    // Not recursive, and "wx": if the folder or file appeared meanwhile, this throws.
    fs.mkdirSync(path.dirname(target));
    fs.writeFileSync(target, plan.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      console.error(`Nothing was written: ${path.dirname(shown)}/ exists already.`);
      return 1;
    }
    throw error;
  }
  console.log(`Written: ${shown}`);
  const { problems } = checkContent(inv.root);
  const own = problems.filter((problem) => problem.file.startsWith(`initiatives/${plan.slug}/`));
  if (own.length) console.log(formatProblems(own, { root: inv.root }));
  if (own.some((problem) => problem.severity === "error")) {
    console.log("Fix the lines above, then run `npm run check`.");
    return 1;
  }
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
  const inv = inventory(contentDir());
  const index = argv.indexOf("--answers");
  if (index >= 0) {
    const file = argv[index + 1];
    if (!file) throw new Error("--answers needs a file name");
    return write(inv, readAnswersFile(file));
  }
  let answers: NewEntryAnswers;
  try {
    answers = await askAll(inv);
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
