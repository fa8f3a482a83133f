/**
 * The checks of questions that ask for part of an answer (src/lib/new-entry/part-checks.ts):
 * each is the whole answer's check, narrowed to what the question is about.
 */
import { describe, expect, test } from "vitest";
import type { AnswerContext, TimeSlot } from "../../../src/lib/new-entry/index.ts";
import {
  hostProblem,
  languagesOf,
  slotProblem,
  startingProblem,
  typedLanguagesProblem,
} from "../../../src/lib/new-entry/part-checks.ts";

const context: AnswerContext = {
  existingSlugs: [],
  today: "2026-11-25",
  locales: ["nl", "en"],
  defaultLocale: "nl",
};
const friday: TimeSlot = { days: ["fr"], from: "19:00", to: "21:00" };

describe("one weekly time, part by part", () => {
  test("the start is checked before the end is asked", () => {
    expect(slotProblem({ days: ["fr"], from: "25:00" }, "from", context)).toMatch(/^"25:00" /);
    expect(slotProblem({ days: ["fr"], from: "19:00" }, "from", context)).toBeUndefined();
  });

  test("the end must be after the start", () => {
    expect(slotProblem({ ...friday, to: "18:00" }, "to", context)).toMatch(
      /"18:00" is before from "19:00"/,
    );
    expect(slotProblem(friday, "to", context)).toBeUndefined();
  });

  test("every other week needs the date of one time it happens", () => {
    expect(startingProblem(friday, "", context)).toMatch(/year-month-day/);
    expect(startingProblem(friday, "5 sept", context)).toMatch(/^"5 sept" /);
    expect(startingProblem(friday, " 2026-09-04 ", context)).toBeUndefined();
  });
});

describe("languages typed next to the ticked ones", () => {
  test("nothing typed is fine; a code that is none is named", () => {
    expect(typedLanguagesProblem(["nl"], "  ", context)).toBeUndefined();
    expect(typedLanguagesProblem(["nl"], "so, xx1", context)).toMatch(/"xx1" is not a language/);
  });

  test("spaces or commas between codes, each language once", () => {
    expect(languagesOf(["nl", "en"], "so,en ti")).toEqual(["nl", "en", "so", "ti"]);
  });
});

describe("one more host", () => {
  test("an organisation is optional, but never a control character", () => {
    expect(hostProblem([], "volunteer", "", context)).toBeUndefined();
    expect(hostProblem([], "volunteer", "Stichting\u001b[2J", context)).toMatch(
      /without control characters/,
    );
  });
});

describe("in Dutch, as the questions show them", () => {
  test("each part-check says its problem in the volunteer's language", () => {
    expect(slotProblem({ ...friday, to: "18:00" }, "to", context, "nl")).toMatch(
      /^"18:00" is eerder dan de begintijd "19:00"/,
    );
    expect(startingProblem(friday, "5 sept", context, "nl")).toMatch(/verwacht: een datum/);
    expect(typedLanguagesProblem(["nl"], "so xx-!!", context, "nl")).not.toMatch(/\bthe\b/);
    expect(hostProblem([], "volunteer", "a\u0007b", context, "nl")).toMatch(/stuurtekens/);
  });
});
