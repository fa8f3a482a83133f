/** An initiative's facet values, the options a guide offers, and their Pagefind side. */
import { describe, expect, test } from "vitest";
import { countSearches, filterAttributes } from "../../../src/lib/facets/pagefind.ts";
import { facetOptions, facetValues } from "../../../src/lib/facets/values.ts";
import { initiative } from "../../support/initiative.ts";

describe("facetValues", () => {
  test("days of every rule, Monday first, each once", () => {
    const values = facetValues(
      initiative({
        schedule: [
          { days: ["fr", "mo"], from: "09:30", to: "11:30" },
          { days: ["mo"], weeks: [1], from: "19:00", to: "21:00" },
        ],
      }),
    );
    expect(values.day).toEqual(["mo", "fr"]);
    expect(values.dayTime).toEqual(["mo-morning", "mo-evening", "fr-morning"]);
  });

  test("time of day from each rule's start: 11:59 morning, 12:00 afternoon, 18:00 evening", () => {
    const at = (from: string) =>
      facetValues(initiative({ schedule: [{ days: ["mo"], from, to: "23:00" }] })).time;
    expect(at("11:59")).toEqual(["morning"]);
    expect(at("12:00")).toEqual(["afternoon"]);
    expect(at("18:00")).toEqual(["evening"]);
  });

  test("yes/no facts only when true; a price is not free; evening or weekend as its page", () => {
    expect(facetValues(initiative()).flag).toEqual(["free"]);
    const all = initiative({ womenOnly: true, wheelchair: true, walkIn: true });
    expect(facetValues(all).flag).toEqual(["free", "womenOnly", "wheelchair", "walkIn"]);
    expect(facetValues(initiative({ cost: 2.5 })).flag).toEqual([]);
    const evening = initiative({
      cost: 2.5,
      schedule: [{ days: ["tu"], from: "19:00", to: "21:00" }],
    });
    expect(facetValues(evening).flag).toEqual(["eveningWeekend"]);
    const saturday = initiative({
      cost: 2.5,
      schedule: [{ days: ["sa"], from: "10:00", to: "12:00" }],
    });
    expect(facetValues(saturday).flag).toEqual(["eveningWeekend"]);
  });

  test("needs in the home page's order, kind, languages by their main part", () => {
    const values = facetValues(
      initiative({ needs: ["talk", "meet"], type: "dropin", languages: ["pt-br", "AR", "ar-MA"] }),
    );
    expect(values.need).toEqual(["meet", "talk"]);
    expect(values.type).toEqual(["dropin"]);
    expect(values.language).toEqual(["pt", "ar"]);
  });

  test("with today, a rule that has ended counts for nothing; one still to start counts", () => {
    const winter = initiative({
      schedule: [
        { days: ["tu"], from: "19:00", to: "21:00", validUntil: "2026-03-31" },
        { days: ["th"], from: "10:00", to: "12:00", validFrom: "2026-12-01" },
      ],
    });
    const values = facetValues(winter, "2026-11-25");
    expect(values.day).toEqual(["th"]);
    expect(values.time).toEqual(["morning"]);
    expect(values.dayTime).toEqual(["th-morning"]);
    expect(values.flag).not.toContain("eveningWeekend");
    // Without today, every rule (the old behaviour), and before the end both count.
    expect(facetValues(winter).day).toEqual(["tu", "th"]);
    expect(facetValues(winter, "2026-03-31").day).toEqual(["tu", "th"]);
    // The options count the same way.
    expect(facetOptions([winter], "2026-11-25").day).toEqual([{ value: "th", count: 1 }]);
  });

  test("the index gets language-neutral keys only, the same in every locale", () => {
    expect(filterAttributes(facetValues(initiative({ womenOnly: true })))).toEqual([
      "need:meet",
      "type:activity",
      "day:tu",
      "time:morning",
      "language:nl",
      "flag:free",
      "flag:womenOnly",
      "dayTime:tu-morning",
    ]);
  });
});

test("facetOptions offers only values someone has, with counts; languages by use", () => {
  const options = facetOptions([
    initiative({ languages: ["nl", "ar"], needs: ["meet", "talk"] }),
    initiative({ languages: ["nl", "tr"], cost: 3 }),
    initiative({ languages: ["ar", "nl"], womenOnly: true }),
  ]);
  expect(options.need).toEqual([
    { value: "meet", count: 3 },
    { value: "talk", count: 1 },
  ]);
  expect(options.language.map((o) => o.value)).toEqual(["nl", "ar", "tr"]);
  expect(options.flag).toEqual([
    { value: "free", count: 2 },
    { value: "womenOnly", count: 1 },
  ]);
  expect(options.day).toEqual([{ value: "tu", count: 3 }]);
});

describe("countSearches", () => {
  /** Every value in the index per facet, with its count, as Pagefind's `filters()` gives it. */
  const offered = { day: { tu: 3, fr: 1 }, time: { morning: 2, evening: 2 } };

  test("facets nobody chose and yes/no facts count from the search itself", () => {
    expect(countSearches({}, offered)).toEqual([]);
    expect(countSearches({ flag: ["free"] }, offered)).toEqual([]);
  });

  test("a chosen facet counts as if its own choice were removed", () => {
    expect(countSearches({ need: ["meet"], language: ["ar"] }, offered)).toEqual([
      { key: "need", filter: { language: { any: ["ar"] } } },
      { key: "language", filter: { need: { any: ["meet"] } } },
    ]);
  });

  test("with a day chosen, each time of day is counted for the same meeting", () => {
    expect(countSearches({ day: ["tu"] }, offered)).toEqual([
      { key: "day", filter: {} },
      { key: "time", value: "morning", filter: { dayTime: { any: ["tu-morning"] } } },
      { key: "time", value: "evening", filter: { dayTime: { any: ["tu-evening"] } } },
    ]);
  });
});
