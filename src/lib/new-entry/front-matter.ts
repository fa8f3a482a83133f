/**
 * Where each answer of `npm run new` lands in the front matter of the new
 * `index.mdx`. One table, used both to build the front matter (render.ts) and to
 * find the content schema's rule for an answer (answer-rules.ts), so an answer is
 * checked by exactly the rule `npm run check` applies to the field it becomes.
 */

/** The answers, in the order their fields appear in the file. */
export const answerFields = [
  "type",
  "title",
  "summary",
  "needs",
  "place",
  "address",
  "directions",
  "times",
  "cost",
  "languages",
  "womenOnly",
  "walkIn",
  "bringSomeone",
  "children",
  "wheelchair",
  "hosts",
  // The first host in two answers (the shape of earlier answer files): use `hosts`
  // for several, or these two for one, not both.
  "hostRole",
  "hostOrganisation",
  "phone",
  "whatsapp",
  "email",
  "afterHours",
  "body",
] as const;

export type AnswerField = (typeof answerFields)[number];

/** Answers that are front-matter fields (the body goes below the front matter). */
export type FrontMatterAnswer = Exclude<AnswerField, "body">;

/** The path of each answer in the initiative front matter (see `initiativeSchema`). */
export const frontMatterPath: Readonly<Record<FrontMatterAnswer, readonly (string | number)[]>> = {
  type: ["type"],
  title: ["title"],
  summary: ["summary"],
  needs: ["needs"],
  place: ["place"],
  address: ["address"],
  directions: ["directions"],
  times: ["schedule"],
  cost: ["cost"],
  languages: ["languages"],
  womenOnly: ["womenOnly"],
  walkIn: ["walkIn"],
  bringSomeone: ["bringSomeone"],
  children: ["children"],
  wheelchair: ["wheelchair"],
  hosts: ["hosts"],
  hostRole: ["hosts", 0, "role"],
  hostOrganisation: ["hosts", 0, "organisation"],
  phone: ["contact", "phone"],
  whatsapp: ["contact", "whatsapp"],
  email: ["contact", "email"],
  afterHours: ["contact", "afterHours"],
};

/** The answer a front-matter path belongs to (`schedule.0.to` → `times`, with the rest of the path). */
export function answerAt(
  path: readonly PropertyKey[],
  /** Only these answers (the ones given): `hosts.0.role` is `hosts` when `hostRole` was not given. */
  given?: ReadonlySet<AnswerField>,
): { field: AnswerField; rest: PropertyKey[] } | undefined {
  let best: { field: AnswerField; rest: PropertyKey[] } | undefined;
  let bestLength = -1;
  for (const field of answerFields) {
    if (field === "body" || (given && !given.has(field))) continue;
    const at = frontMatterPath[field];
    if (at.length > bestLength && at.every((segment, index) => path[index] === segment)) {
      best = { field, rest: path.slice(at.length) };
      bestLength = at.length;
    }
  }
  return best;
}

function setIn(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
) {
  let node: Record<string | number, unknown> = target;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = path[index + 1];
    node[segment] ??= typeof next === "number" ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/**
 * The front matter the answers become, as data (values as given: the caller checks
 * them). Absent answers are left out; `lastVerified` is the day it was written.
 */
export function frontMatterOf(
  answers: Readonly<Partial<Record<AnswerField, unknown>>>,
  lastVerified: string,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of answerFields) {
    if (field === "body") continue;
    const value = answers[field];
    if (value !== undefined) setIn(data, frontMatterPath[field], value);
  }
  data["lastVerified"] = lastVerified;
  return data;
}
