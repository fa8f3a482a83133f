/** Translation status from a fake history: missing, up to date, outdated, and why. */
import { describe, expect, test } from "vitest";
import {
  computeTranslationStatus,
  type EntryFiles,
  type TranslationHistory,
} from "../../../src/lib/translations/status.ts";
import { changedTextFields } from "../../../src/lib/translations/text-fields.ts";
import { translationKey } from "../../../src/lib/translations/key.ts";
import { localizedText } from "../../../src/lib/guide/localize.ts";

/** An index.mdx with the given text and facts. */
function index(text: { title?: string; summary?: string; body?: string }, cost = "free"): string {
  return [
    "---",
    "type: activity",
    `title: ${text.title ?? "Koffie en praten"}`,
    `summary: ${text.summary ?? "Samen koffie drinken."}`,
    `cost: ${cost}`,
    "schedule:",
    '  - { days: [tu], from: "10:00", to: "12:00" }',
    "---",
    "",
    text.body ?? "Elke dinsdag staat de koffie klaar.",
    "",
  ].join("\n");
}

const koffie: EntryFiles = {
  kind: "initiative",
  slug: "koffie",
  index: "initiatives/koffie/index.mdx",
  translations: { en: "initiatives/koffie/en.mdx" },
};
const brug: EntryFiles = {
  kind: "place",
  slug: "de-brug",
  index: "places/de-brug/index.mdx",
  translations: {},
};

/** A history where the translation `file` was last committed at `r1`, with `then` as index.mdx. */
function fakeHistory(
  commits: Record<string, Record<string, string>>,
  last: Record<string, string>,
) {
  const history: TranslationHistory = {
    lastChange: (file) => last[file],
    readAt: (revision, file) => commits[revision]?.[file],
  };
  return history;
}

function statusWith(now: string, then: string | undefined, committed = true) {
  return computeTranslationStatus({
    defaultLocale: "nl",
    locales: ["nl", "en", "ar"],
    entries: [koffie, brug],
    readCurrent: (file) => (file === koffie.index ? now : index({})),
    history: fakeHistory(
      { r1: then === undefined ? {} : { [koffie.index]: then } },
      committed ? { [koffie.translations["en"]!]: "r1" } : {},
    ),
  });
}

const en = (s: ReturnType<typeof statusWith>) => s.locales.find((l) => l.locale === "en")!;

describe("computeTranslationStatus", () => {
  test("lists missing translations per locale, with the file to write", () => {
    const status = statusWith(index({}), index({}));
    expect(status.locales.map((l) => l.locale)).toEqual(["en", "ar"]);
    expect(en(status).missing).toEqual([
      { kind: "place", slug: "de-brug", locale: "en", file: "places/de-brug/en.mdx" },
    ]);
    expect(status.locales[1]?.missing.map((m) => m.file)).toEqual([
      "initiatives/koffie/ar.mdx",
      "places/de-brug/ar.mdx",
    ]);
  });

  test("a translation whose source text did not change is up to date", () => {
    const status = statusWith(index({}), index({}));
    expect(en(status).outdated).toEqual([]);
    expect(en(status).upToDate.map((r) => r.file)).toEqual(["initiatives/koffie/en.mdx"]);
  });

  test("a changed Dutch summary makes the translation outdated, saying what changed", () => {
    const status = statusWith(index({ summary: "Koffie en een praatje." }), index({}));
    expect(en(status).outdated).toEqual([
      {
        kind: "initiative",
        slug: "koffie",
        locale: "en",
        file: "initiatives/koffie/en.mdx",
        revision: "r1",
        changed: ["summary"],
      },
    ]);
    expect(en(status).upToDate).toEqual([]);
  });

  test("title and body count too", () => {
    const status = statusWith(index({ title: "Koffie", body: "Elke woensdag." }), index({}));
    expect(en(status).outdated[0]?.changed).toEqual(["title", "body"]);
  });

  test("a change of facts only (cost, schedule) does not make it outdated", () => {
    const status = statusWith(index({}, "2.50"), index({}, "free"));
    expect(en(status).outdated).toEqual([]);
    expect(en(status).upToDate).toHaveLength(1);
  });

  test("rewrapping the same words is not a change", () => {
    const wrapped = index({ body: "Elke dinsdag staat\nde koffie   klaar." });
    expect(en(statusWith(wrapped, index({}))).outdated).toEqual([]);
  });

  test("an uncommitted translation counts as up to date", () => {
    const status = statusWith(index({ summary: "Nieuw." }), index({}), false);
    expect(en(status).outdated).toEqual([]);
  });

  test("when index.mdx did not exist yet at the translation's commit, it is outdated", () => {
    const status = statusWith(index({}), undefined);
    expect(en(status).outdated[0]?.changed).toEqual(["title", "summary", "body"]);
  });

  test("without history nothing is outdated, and it says so", () => {
    const status = computeTranslationStatus({
      defaultLocale: "nl",
      locales: ["nl", "en"],
      entries: [koffie, brug],
      readCurrent: () => index({ summary: "Nieuw." }),
    });
    expect(status.historyAvailable).toBe(false);
    expect(status.locales[0]?.outdated).toEqual([]);
    expect(status.locales[0]?.missing.map((m) => m.slug)).toEqual(["de-brug"]);
  });
});

describe("text fields", () => {
  test("directions are text; facts are not", () => {
    const a = "---\ntitle: A\nsummary: B\ndirections: Naast de bakker\naddress: X 1\n---\nBody";
    expect(changedTextFields(a, a.replace("Naast de bakker", "Achter de kerk"))).toEqual([
      "directions",
    ]);
    expect(changedTextFields(a, a.replace("X 1", "Y 2"))).toEqual([]);
  });
});

describe("localizedText with outdated keys", () => {
  const entry = {
    kind: "initiative" as const,
    slug: "koffie",
    text: {
      nl: { locale: "nl", title: "Koffie", summary: "S", body: "", html: "", file: "x/index.mdx" },
      en: { locale: "en", title: "Coffee", summary: "S", body: "", html: "", file: "x/en.mdx" },
    },
  };
  const outdated = new Set([translationKey({ kind: "initiative", slug: "koffie", locale: "en" })]);

  test("an outdated translation is still shown, marked outdated", () => {
    const text = localizedText(entry, "en", "nl", outdated);
    expect(text).toMatchObject({ title: "Coffee", isFallback: false, isOutdated: true });
    expect(translationKey({ kind: "initiative", slug: "koffie", locale: "en" })).toBe(
      "initiative/koffie/en",
    );
  });

  test("other translations and fallbacks are not marked", () => {
    expect(localizedText(entry, "en", "nl").isOutdated).toBe(false);
    expect(localizedText(entry, "ar", "nl", outdated)).toMatchObject({
      isFallback: true,
      isOutdated: false,
    });
    expect(localizedText({ ...entry, slug: "thee" }, "en", "nl", outdated).isOutdated).toBe(false);
  });
});
