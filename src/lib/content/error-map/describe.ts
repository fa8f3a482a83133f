/**
 * `describeIssue()`: a Zod issue (`invalid_type`, `too_small`, …) as a short sentence
 * in volunteer language, plus what was expected and an example (from the field's
 * hint when it registered one).
 */
import { didYouMean, listForMessage } from "../suggest.ts";
import type { FieldHint } from "./hints.ts";

/** A problem in plain words: the sentence, what was expected, an example. */
export interface FriendlyIssue {
  message: string;
  expected?: string;
  example?: string;
}
/**
 * The issue shape `describeIssue` reads: a finished Zod issue (parsed with
 * `reportInput: true` so the given value is known) or a raw one inside an error map.
 */
export interface IssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  input?: unknown;
  expected?: unknown;
  values?: readonly unknown[];
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  divisor?: number;
  keys?: readonly string[];
  errors?: readonly (readonly IssueLike[])[];
  params?: Record<string, unknown>;
}
const typeWords: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields (name: value lines)",
  record: "a group of fields (name: value lines)",
  map: "a group of fields (name: value lines)",
  date: "a date like 2026-11-02",
  null: "nothing",
};

function typeWord(expected: unknown): string {
  return typeof expected === "string" ? (typeWords[expected] ?? expected) : "another kind of value";
}

/** The given value in words: `the number 612345678`, `"yes"`, `a list`. */
export function describeValue(input: unknown): string {
  if (input === undefined) return "missing";
  if (input === null) return "empty";
  if (typeof input === "string") {
    const short = input.length > 40 ? `${input.slice(0, 37)}…` : input;
    return `"${short}"`;
  }
  if (typeof input === "number" || typeof input === "bigint") return `the number ${input}`;
  if (typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return "a list";
  if (input instanceof Date) return "a date";
  return "a group of fields";
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? "" : "s"}`;
}

function withExpectation(
  message: string,
  hint: FieldHint | undefined,
  fallback?: string,
): FriendlyIssue {
  const out: FriendlyIssue = { message };
  const expected = hint?.expected ?? fallback;
  if (expected !== undefined) out.expected = expected;
  if (hint?.example !== undefined) out.example = hint.example;
  return out;
}

function describeInvalidType(issue: IssueLike, hint: FieldHint | undefined): FriendlyIssue {
  const { input, expected } = issue;
  const wanted = typeWord(expected);
  if (input === undefined) return withExpectation("is missing", hint, wanted);
  if (input === null) return withExpectation("is empty", hint, wanted);
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return withExpectation(
      `is ${describeValue(input)}, not text: put it in quotes ("${String(input)}")`,
      hint,
      wanted,
    );
  }
  if (expected === "boolean" && typeof input === "string") {
    return withExpectation(
      `is ${describeValue(input)}; write true or false`,
      hint,
      "true or false",
    );
  }
  if (expected === "array" && !Array.isArray(input) && typeof input !== "object") {
    return withExpectation(
      `is ${describeValue(input)}, not a list: put the values in square brackets`,
      hint,
      wanted,
    );
  }
  return withExpectation(`is ${describeValue(input)}, not ${wanted}`, hint, wanted);
}

function describeInvalidValue(issue: IssueLike, hint: FieldHint | undefined): FriendlyIssue {
  const values = (issue.values ?? []).map((v) => String(v));
  const given = describeValue(issue.input);
  const near = typeof issue.input === "string" ? didYouMean(issue.input, values) : undefined;
  const allowed = values.length === 1 ? `"${values[0]}"` : `one of ${listForMessage(values, 12)}`;
  const message =
    values.length === 1
      ? `is ${given}, but only ${allowed} is allowed here`
      : `${given} is not allowed here${near ? `; did you mean "${near}"?` : ""}`;
  return withExpectation(message, hint, allowed);
}

function describeFormat(issue: IssueLike, hint: FieldHint | undefined): FriendlyIssue {
  const given = describeValue(issue.input);
  switch (issue.format) {
    case "email":
      return withExpectation(`${given} is not an email address`, hint, "an email address");
    case "url":
      return withExpectation(`${given} is not a web address`, hint, "a web address");
    default:
      return withExpectation(`${given} is not written the right way`, hint);
  }
}

function describeTooSmall(issue: IssueLike, hint: FieldHint | undefined): FriendlyIssue {
  const min = issue.minimum ?? 0;
  switch (issue.origin) {
    case "array":
    case "set":
      return withExpectation(
        Number(min) <= 1 ? "is an empty list" : `has too few values`,
        hint,
        `at least ${plural(min, "value")}`,
      );
    case "string":
      return withExpectation(
        Number(min) <= 1 ? "is empty" : `is too short`,
        hint,
        Number(min) <= 1 ? "some text" : `at least ${plural(min, "character")}`,
      );
    default: {
      const bound = issue.inclusive === false ? `more than ${min}` : `${min} or more`;
      return withExpectation(
        `is ${describeValue(issue.input)}, but must be ${bound}`,
        hint,
        `a number, ${bound}`,
      );
    }
  }
}

function describeTooBig(issue: IssueLike, hint: FieldHint | undefined): FriendlyIssue {
  const max = issue.maximum ?? 0;
  switch (issue.origin) {
    case "array":
    case "set": {
      const count = Array.isArray(issue.input) ? issue.input.length : undefined;
      return withExpectation(
        count === undefined ? "has too many values" : `has ${count} values`,
        hint,
        `at most ${plural(max, "value")}`,
      );
    }
    case "string":
      return withExpectation("is too long", hint, `at most ${plural(max, "character")}`);
    default: {
      const bound = issue.inclusive === false ? `less than ${max}` : `${max} or less`;
      return withExpectation(
        `is ${describeValue(issue.input)}, but must be ${bound}`,
        hint,
        `a number, ${bound}`,
      );
    }
  }
}

/** For a value that matched no alternative: the alternative of the same kind, if any. */
function closestBranch(issue: IssueLike): IssueLike | undefined {
  const branches = issue.errors ?? [];
  const depth = issue.path?.length ?? 0;
  // A branch whose value had the right kind but failed a check (e.g. a negative amount).
  const typed = branches.filter(
    (branch) =>
      branch.length > 0 &&
      !branch.every(
        (b) =>
          (b.code === "invalid_type" || b.code === "invalid_value") &&
          (b.path?.length ?? 0) <= depth,
      ),
  );
  const first = typed.length === 1 ? typed[0]?.[0] : undefined;
  return first ? { ...first, input: first.input ?? issue.input } : undefined;
}

/** A Zod issue in plain words. `hint` is the registered hint of the field, if any. */
export function describeIssue(issue: IssueLike, hint?: FieldHint): FriendlyIssue {
  switch (issue.code) {
    case "invalid_type":
      return describeInvalidType(issue, hint);
    case "invalid_value":
      return describeInvalidValue(issue, hint);
    case "invalid_format":
      return describeFormat(issue, hint);
    case "too_small":
      return describeTooSmall(issue, hint);
    case "too_big":
      return describeTooBig(issue, hint);
    case "not_multiple_of":
      return withExpectation(
        `is ${describeValue(issue.input)}, but must be a multiple of ${issue.divisor}`,
        hint,
      );
    case "unrecognized_keys": {
      const keys = issue.keys ?? [];
      return {
        message: `unknown field${keys.length === 1 ? "" : "s"} ${keys.map((k) => `"${k}"`).join(", ")}`,
      };
    }
    case "invalid_union": {
      if (issue.input === undefined) return withExpectation("is missing", hint);
      const branch = closestBranch(issue);
      if (branch) return describeIssue(branch, hint);
      return withExpectation(`${describeValue(issue.input)} is not allowed here`, hint);
    }
    case "invalid_key":
    case "invalid_element":
      return withExpectation("has a name that is not allowed here", hint);
    case "custom": {
      const own = issue.params?.["message"];
      const out: FriendlyIssue = {
        message: typeof own === "string" ? own : issue.message || "is not right",
      };
      const expected = issue.params?.["expected"] ?? hint?.expected;
      const example = issue.params?.["example"] ?? hint?.example;
      if (typeof expected === "string") out.expected = expected;
      if (typeof example === "string") out.example = example;
      return out;
    }
    default:
      return withExpectation(`${describeValue(issue.input)} is not right here`, hint);
  }
}
/** `message (expected …, e.g. …)` on one line. */
export function friendlyText(friendly: FriendlyIssue): string {
  const parts: string[] = [];
  if (friendly.expected) parts.push(`expected ${friendly.expected}`);
  if (friendly.example) parts.push(`e.g. ${friendly.example}`);
  return parts.length ? `${friendly.message} (${parts.join(", ")})` : friendly.message;
}
