/**
 * `describeIssue()`: a Zod issue (`invalid_type`, `too_small`, …) as a short sentence
 * in volunteer language, plus what was expected and an example (from the field's
 * hint when it registered one). The sentence is a message (`said`, to say in any
 * language the tools speak) and its English words.
 */
import { listMsg, msg, worded, type Msg, type Said, type Worded } from "../../messages/index.ts";
import { didYouMean } from "../suggest.ts";
import type { FieldHint } from "./hints.ts";

/** A problem in plain words: the sentence, what was expected, an example. */
export interface FriendlyIssue {
  message: string;
  expected?: string;
  example?: string;
  /** The same as messages, to say in any language (the strings above are English). */
  said?: Said;
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
const typeWords: Record<string, Msg> = {
  string: msg("type.string"),
  number: msg("type.number"),
  int: msg("type.int"),
  bigint: msg("type.int"),
  boolean: msg("type.boolean"),
  array: msg("type.array"),
  object: msg("type.object"),
  record: msg("type.object"),
  map: msg("type.object"),
  date: msg("type.date"),
  null: msg("type.null"),
};

function typeWord(expected: unknown): Msg | string {
  return typeof expected === "string" ? (typeWords[expected] ?? expected) : msg("type.other");
}

/** The given value as a message: `the number 612345678`, `"yes"`, `a list`. */
export function describeValueMsg(input: unknown): Msg {
  if (input === undefined) return msg("value.missing");
  if (input === null) return msg("value.empty");
  if (typeof input === "string") {
    const short = input.length > 40 ? `${input.slice(0, 37)}…` : input;
    return msg("value.text", { text: short });
  }
  if (typeof input === "number" || typeof input === "bigint")
    return msg("value.number", { n: String(input) });
  if (typeof input === "boolean") return msg("text.raw", { text: String(input) });
  if (Array.isArray(input)) return msg("value.list");
  if (input instanceof Date) return msg("value.date");
  return msg("value.group");
}

/** The given value in English words: `the number 612345678`, `"yes"`, `a list`. */
export function describeValue(input: unknown): string {
  return worded({ message: describeValueMsg(input) }).message;
}

function withExpectation(message: Msg, hint: FieldHint | undefined, fallback?: Msg | string): Said {
  const out: Said = { message };
  const expected = hint?.said.expected ?? fallback;
  if (expected !== undefined) out.expected = expected;
  if (hint?.said.example !== undefined) out.example = hint.said.example;
  return out;
}

function describeInvalidType(issue: IssueLike, hint: FieldHint | undefined): Said {
  const { input, expected } = issue;
  const wanted = typeWord(expected);
  const given = describeValueMsg(input);
  if (input === undefined) return withExpectation(msg("issue.missing"), hint, wanted);
  if (input === null) return withExpectation(msg("issue.empty"), hint, wanted);
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return withExpectation(msg("issue.notTextQuote", { given, raw: String(input) }), hint, wanted);
  }
  if (expected === "boolean" && typeof input === "string") {
    return withExpectation(msg("issue.writeTrueFalse", { given }), hint, msg("hint.trueFalse"));
  }
  if (expected === "array" && !Array.isArray(input) && typeof input !== "object") {
    return withExpectation(msg("issue.notList", { given }), hint, wanted);
  }
  return withExpectation(msg("issue.notType", { given, wanted }), hint, wanted);
}

function describeInvalidValue(issue: IssueLike, hint: FieldHint | undefined): Said {
  const values = (issue.values ?? []).map((v) => String(v));
  const given = describeValueMsg(issue.input);
  const near = typeof issue.input === "string" ? didYouMean(issue.input, values) : undefined;
  const allowed =
    values.length === 1
      ? msg("hint.oneValue", { value: values[0] ?? "" })
      : msg("hint.oneOf", { list: listMsg(values, 12) });
  const message =
    values.length === 1
      ? msg("issue.onlyValue", { given, allowed })
      : near
        ? msg("issue.notAllowedNear", { given, near })
        : msg("issue.notAllowed", { given });
  return withExpectation(message, hint, allowed);
}

function describeFormat(issue: IssueLike, hint: FieldHint | undefined): Said {
  const given = describeValueMsg(issue.input);
  switch (issue.format) {
    case "email":
      return withExpectation(msg("issue.notEmail", { given }), hint, msg("hint.email"));
    case "url":
      return withExpectation(msg("issue.notUrl", { given }), hint, msg("hint.url"));
    default:
      return withExpectation(msg("issue.wrongForm", { given }), hint);
  }
}

function describeTooSmall(issue: IssueLike, hint: FieldHint | undefined): Said {
  const min = Number(issue.minimum ?? 0);
  switch (issue.origin) {
    case "array":
    case "set":
      return withExpectation(
        msg(min <= 1 ? "issue.emptyList" : "issue.tooFewValues"),
        hint,
        msg("hint.atLeastValues", { count: min }),
      );
    case "string":
      return withExpectation(
        msg(min <= 1 ? "issue.empty" : "issue.tooShort"),
        hint,
        min <= 1 ? msg("hint.someText") : msg("hint.atLeastCharacters", { count: min }),
      );
    default: {
      const bound = msg(issue.inclusive === false ? "bound.moreThan" : "bound.orMore", { n: min });
      return withExpectation(
        msg("issue.numberBound", { given: describeValueMsg(issue.input), bound }),
        hint,
        msg("hint.numberBound", { bound }),
      );
    }
  }
}

function describeTooBig(issue: IssueLike, hint: FieldHint | undefined): Said {
  const max = Number(issue.maximum ?? 0);
  switch (issue.origin) {
    case "array":
    case "set": {
      const count = Array.isArray(issue.input) ? issue.input.length : undefined;
      return withExpectation(
        count === undefined ? msg("issue.tooManyValues") : msg("issue.hasValues", { count }),
        hint,
        msg("hint.atMostValues", { count: max }),
      );
    }
    case "string":
      return withExpectation(
        msg("issue.tooLong"),
        hint,
        msg("hint.atMostCharacters", { count: max }),
      );
    default: {
      const bound = msg(issue.inclusive === false ? "bound.lessThan" : "bound.orLess", { n: max });
      return withExpectation(
        msg("issue.numberBound", { given: describeValueMsg(issue.input), bound }),
        hint,
        msg("hint.numberBound", { bound }),
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

/** What a custom issue carries (see `addCustom` in `../schema/fields.ts`). */
function customSaid(issue: IssueLike, hint: FieldHint | undefined): Said {
  const own = issue.params?.["said"] as Said | undefined;
  const message: Msg | string = own?.message ?? issue.message ?? msg("issue.notRight");
  const out: Said = {
    message: typeof message === "string" ? msg("text.raw", { text: message }) : message,
  };
  const expected = own?.expected ?? hint?.said.expected;
  const example = own?.example ?? hint?.said.example;
  if (expected !== undefined) out.expected = expected;
  if (example !== undefined) out.example = example;
  return out;
}

function describeSaid(issue: IssueLike, hint: FieldHint | undefined): Said {
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
        msg("issue.notMultiple", {
          given: describeValueMsg(issue.input),
          divisor: String(issue.divisor),
        }),
        hint,
      );
    case "unrecognized_keys": {
      const keys = issue.keys ?? [];
      return {
        message: msg("issue.unknownFields", {
          count: keys.length,
          keys: keys.map((k) => `"${k}"`).join(", "),
        }),
      };
    }
    case "invalid_union": {
      if (issue.input === undefined) return withExpectation(msg("issue.missing"), hint);
      const branch = closestBranch(issue);
      if (branch) return describeSaid(branch, hint);
      return withExpectation(
        msg("issue.notAllowed", { given: describeValueMsg(issue.input) }),
        hint,
      );
    }
    case "invalid_key":
    case "invalid_element":
      return withExpectation(msg("issue.nameNotAllowed"), hint);
    case "custom":
      return customSaid(issue, hint);
    default:
      return withExpectation(
        msg("issue.notRightHere", { given: describeValueMsg(issue.input) }),
        hint,
      );
  }
}

/**
 * A Zod issue in plain words: English `message`, `expected` and `example`, and `said`
 * to say it in another language. `hint` is the registered hint of the field, if any.
 */
export function describeIssue(issue: IssueLike, hint?: FieldHint): Worded {
  return worded(describeSaid(issue, hint));
}
/** `message (expected …, e.g. …)` on one line, in English. */
export function friendlyText(friendly: FriendlyIssue): string {
  const parts: string[] = [];
  if (friendly.expected) parts.push(`expected ${friendly.expected}`);
  if (friendly.example) parts.push(`e.g. ${friendly.example}`);
  return parts.length ? `${friendly.message} (${parts.join(", ")})` : friendly.message;
}
