import { describe, expect, test } from "vitest";
import {
  answersFromJson,
  bodyProblem,
  normalizeTime,
  parseCost,
  phoneProblem,
  timeProblem,
  timeRangeProblem,
  titleProblem,
} from "../../../src/lib/new-entry/answers.ts";

describe("answers as people type them", () => {
  test("times: 9:30 and 19.30 are read, 25:00 and 'tien uur' are refused", () => {
    expect(normalizeTime("9:30")).toBe("09:30");
    expect(normalizeTime(" 19.30 ")).toBe("19:30");
    expect(timeProblem("9:30")).toBeUndefined();
    expect(timeProblem("25:00")).toMatch(/10:00/);
    expect(timeProblem("tien uur")).toMatch(/24-hour/);
  });

  test("the end time must be later than the start time", () => {
    expect(timeRangeProblem("10:00", "12:00")).toBeUndefined();
    expect(timeRangeProblem("10:00", "9:00")).toBe("the end time must be later than 10:00");
    expect(timeRangeProblem("10:00", "10:00")).toMatch(/later/);
  });

  test("cost: free in two languages, euros with a comma or a dot", () => {
    expect(parseCost("")).toBe("free");
    expect(parseCost("Gratis")).toBe("free");
    expect(parseCost("0")).toBe("free");
    expect(parseCost("2,50")).toBe(2.5);
    expect(parseCost("€ 3")).toBe(3);
    expect(parseCost("3 euro")).toBe(3);
    expect(parseCost("a few euros")).toBeUndefined();
  });

  test("phone: empty is fine, letters are not", () => {
    expect(phoneProblem("")).toBeUndefined();
    expect(phoneProblem("06 12345678")).toBeUndefined();
    expect(phoneProblem("bel Ahmed")).toMatch(/digits/);
  });

  test("a title whose folder exists is refused with the folder named", () => {
    expect(titleProblem("Koffie en praten", ["koffie-en-praten"])).toMatch(
      /initiatives\/koffie-en-praten\//,
    );
    expect(titleProblem("Breiclub", ["koffie-en-praten"])).toBeUndefined();
    expect(titleProblem("   ", [])).toMatch(/title/);
  });

  test("the body must be plain text: code and scripts are refused", () => {
    expect(bodyProblem("Neem je eigen wol mee.")).toBeUndefined();
    expect(bodyProblem("{import('node:fs')}")).toMatch(/cannot be used/);
    expect(bodyProblem("<script>alert(1)</script>")).toMatch(/cannot be used/);
  });
});

describe("answersFromJson", () => {
  const good = {
    type: "activity",
    title: "Breiclub",
    summary: "Samen breien.",
    place: "de-brug",
    needs: ["create"],
    times: [{ days: ["tu"], from: "9:30", to: "11:30" }],
    cost: "2,50",
    languages: ["nl"],
  };

  test("fills defaults and normalises what people type", () => {
    const result = answersFromJson(good);
    expect(result.problems).toBeUndefined();
    expect(result.answers).toMatchObject({
      times: [{ days: ["tu"], from: "09:30", to: "11:30" }],
      cost: 2.5,
      womenOnly: false,
      walkIn: false,
      hostRole: "volunteer",
    });
  });

  test("names every wrong field", () => {
    const result = answersFromJson({
      ...good,
      type: "party",
      address: "Kerkstraat 5",
      times: [{ days: ["tu"], from: "12:00", to: "10:00" }],
      phone: "call me",
    });
    expect(result.answers).toBeUndefined();
    const text = result.problems?.join("\n") ?? "";
    expect(text).toMatch(/^type: /m);
    expect(text).toMatch(/^place: give place or address/m);
    expect(text).toMatch(/^times\.0\.to: the end time must be later than 12:00/m);
    expect(text).toMatch(/^phone: /m);
  });
});
