/**
 * Every question of `npm run new`, in the volunteer's language (`i18n/tools`, keys
 * `new.question.*`; kinds of entry, roles and needs in the site's own words). What
 * comes back is in the shape of an answers file, and is checked again as a whole by
 * the same steps (src/lib/new-entry/write.ts).
 */
import path from "node:path";
import * as p from "@clack/prompts";
import { hostRoles, initiativeFlags, initiativeTypes, needs } from "../../lib/facts.ts";
import type { HostRole, InitiativeFlag, InitiativeType, Need } from "../../lib/facts.ts";
import { languageName } from "../../lib/format/intl.ts";
import { translator } from "../../lib/i18n/translator.ts";
import type { ToolKey } from "../../lib/messages/index.ts";
import type { HostAnswer, Inventory, TimeSlot } from "../../lib/new-entry/index.ts";
import {
  hostProblem,
  languagesOf,
  typedLanguagesProblem,
} from "../../lib/new-entry/part-checks.ts";
import { ask, listQuestion, askAnswer, askEach, askYes, type Asking } from "./ask.ts";
import { askTime } from "./when.ts";

/** Options named and explained in the site's own words (`role.volunteer`, `role.volunteer.explain`). */
function explained<T extends string>(kind: "type" | "role", values: readonly T[], asking: Asking) {
  const site = translator(asking.lang);
  return values.map((value) => ({
    value,
    label: site(`${kind}.${value}`),
    hint: site(`${kind}.${value}.explain`),
  }));
}

async function askWhere(
  inv: Inventory,
  asking: Asking,
): Promise<{ place?: string; address?: string; directions?: string }> {
  const { t } = asking;
  const other = "(somewhere else)";
  const choice = await ask(
    p.select<string>({
      ...listQuestion(asking, t("new.question.where")),
      options: [
        ...inv.places.map((place) => ({ value: place.slug, label: place.title, hint: place.slug })),
        { value: "online", label: t("new.where.online"), hint: t("new.where.online.hint") },
        { value: "phone", label: t("new.where.phone"), hint: t("new.where.phone.hint") },
        { value: other, label: t("new.where.other"), hint: t("new.where.other.hint") },
      ],
    }),
  );
  if (choice !== other) return { place: choice };
  const address = await askAnswer("address", asking, "new.question.address", {
    placeholder: "Parkweg 3, Lindenhof",
  });
  const directions = await askAnswer("directions", asking, "new.question.directions", {
    defaultValue: "",
  });
  return { address, directions };
}

async function askLanguages(inv: Inventory, asking: Asking): Promise<string[]> {
  const { t, lang, context } = asking;
  const chosen = await ask(
    p.multiselect<string>({
      ...listQuestion(asking, t("new.question.languages"), true),
      options: inv.locales.map((code) => ({
        value: code,
        label: languageName(code, lang),
        hint: code,
      })),
      initialValues: [inv.defaultLocale],
      required: true,
    }),
  );
  const more = await ask(
    p.text({
      message: t("new.question.otherLanguages"),
      defaultValue: "",
      validate: (v) => typedLanguagesProblem(chosen, v ?? "", context, lang),
    }),
  );
  return languagesOf(chosen, more);
}

/** Someone people meet there: a role, and the organisation if any. */
async function askHost(
  before: readonly HostAnswer[],
  asking: Asking,
): Promise<Required<HostAnswer>> {
  const { t, lang, context } = asking;
  const role = await ask(
    p.select<HostRole>({
      ...listQuestion(asking, t(before.length ? "new.question.hostAgain" : "new.question.host")),
      options: explained("role", hostRoles, asking),
    }),
  );
  const organisation = await ask(
    p.text({
      message: t("new.question.organisation"),
      defaultValue: "",
      validate: (v) => hostProblem(before, role, v ?? "", context, lang),
    }),
  );
  return { role, organisation };
}

/** The yes/no facts of the contract, one question each, with the answer it starts at. */
const factQuestions: Record<InitiativeFlag, [question: ToolKey, initialValue: boolean]> = {
  womenOnly: ["new.question.womenOnly", false],
  walkIn: ["new.question.walkIn", true],
  bringSomeone: ["new.question.bringSomeone", false],
  children: ["new.question.children", false],
  wheelchair: ["new.question.wheelchair", false],
};

async function askFacts(asking: Asking): Promise<Record<InitiativeFlag, boolean>> {
  const out = {} as Record<InitiativeFlag, boolean>;
  for (const flag of initiativeFlags) {
    const [question, initialValue] = factQuestions[flag];
    out[flag] = await askYes(asking, asking.t(question), initialValue);
  }
  return out;
}

/** How to reach someone: phone (and WhatsApp), email, and evenings and weekends. */
async function askContact(asking: Asking): Promise<Record<string, unknown>> {
  const { t } = asking;
  const phone = await askAnswer("phone", asking, "new.question.phone", {
    placeholder: "06 12345678",
    defaultValue: "",
  });
  const whatsapp = phone.trim() !== "" && (await askYes(asking, t("new.question.whatsapp")));
  const email = await askAnswer("email", asking, "new.question.email", {
    placeholder: "info@example.org",
    defaultValue: "",
  });
  const afterHours =
    (phone.trim() || email.trim()) !== "" && (await askYes(asking, t("new.question.afterHours")));
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
export async function askAll(inv: Inventory, asking: Asking): Promise<Record<string, unknown>> {
  const { t } = asking;
  p.intro(t("new.intro"));
  const folder = path.relative(process.cwd(), inv.root) || ".";
  p.log.info(t("new.introNote", { folder, locale: inv.defaultLocale }));
  const type = await ask(
    p.select<InitiativeType>({
      ...listQuestion(asking, t("new.question.type")),
      options: explained("type", initiativeTypes, asking),
    }),
  );
  const title = await askAnswer("title", asking, "new.question.title", { placeholder: "Breiclub" });
  const summary = await askAnswer("summary", asking, "new.question.summary", {
    placeholder: "Samen breien en praten. Kom gewoon langs.",
  });
  const where = await askWhere(inv, asking);
  const site = translator(asking.lang);
  const chosenNeeds = await ask(
    p.multiselect<Need>({
      ...listQuestion(asking, t("new.question.needs"), true),
      options: needs.map((value) => ({ value, label: site(`need.${value}`), hint: value })),
      required: true,
    }),
  );
  const times = await askEach<TimeSlot>(
    asking,
    (before) => askTime(before, asking),
    t("new.question.anotherTime"),
  );
  const cost = await askAnswer("cost", asking, "new.question.cost", {
    placeholder: t("new.cost.free"),
    defaultValue: t("new.cost.free"),
  });
  const languages = await askLanguages(inv, asking);
  const hosts = await askEach<HostAnswer>(
    asking,
    (before) => askHost(before, asking),
    t("new.question.anotherHost"),
  );
  const facts = await askFacts(asking);
  const contact = await askContact(asking);
  const body = await askAnswer("body", asking, "new.question.body", { defaultValue: "" });
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
