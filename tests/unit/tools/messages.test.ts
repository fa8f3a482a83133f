/**
 * The words of the volunteer tools (`i18n/tools/<language>.json`): every key exists in
 * every language with the same placeholders, every key the code uses exists, Dutch
 * never says the words volunteers do not know, and fields are named the way
 * CONTRIBUTING names them.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { explainedYamlErrors } from "../../../src/lib/content/frontmatter.ts";
import {
  fieldLabel,
  msg,
  say,
  sayText,
  toolLanguage,
  toolLanguageOf,
  toolLanguages,
  toolStrings,
} from "../../../src/lib/messages/index.ts";
import { textFields } from "../../../src/lib/translations/text-fields.ts";
import { repoRoot } from "../content/helpers.ts";

const plural = /_(zero|one|two|few|many|other)$/;
const en = toolStrings.en;
const baseKeys = new Set(Object.keys(en).map((k) => k.replace(plural, "")));

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? "").sort();
}

/** Keys whose Dutch says one figure more than the English does (the target to aim for). */
const extraDutchPlaceholders: Record<string, string[]> = {
  "readability.summaryWords": ["target"],
  "readability.sentenceWords": ["target"],
};

describe("the strings of every language", () => {
  test.each(toolLanguages)("%s has exactly the keys of en", (lang) => {
    expect(Object.keys(toolStrings[lang]).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(toolLanguages)("%s uses the same placeholders as en, and no empty string", (lang) => {
    for (const [key, text] of Object.entries(toolStrings[lang])) {
      expect(text.trim(), key).not.toBe("");
      const extra = lang === "en" ? [] : (extraDutchPlaceholders[key] ?? []);
      const own = placeholders(text).filter((p) => !extra.includes(p));
      expect(own, key).toEqual(placeholders(en[key] ?? ""));
    }
  });

  test("plural keys come in pairs (_one and _other)", () => {
    for (const key of Object.keys(en).filter((k) => plural.test(k))) {
      const base = key.replace(plural, "");
      expect(Object.hasOwn(en, `${base}_one`) && Object.hasOwn(en, `${base}_other`), key).toBe(
        true,
      );
    }
  });

  test("Dutch never says front matter, a field path, or a score's name without words", () => {
    for (const [key, text] of Object.entries(toolStrings.nl)) {
      expect(text, key).not.toMatch(/front ?matter|Flesch|LIX|\b\w+\.\d+\.\w+/i);
    }
  });
});

/** Source files that use the messages. */
function messageSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) files.push(full);
    }
  };
  walk(path.join(repoRoot, "src"));
  return files.filter((file) => {
    const text = fs.readFileSync(file, "utf8");
    return file.includes(`${path.sep}messages${path.sep}`) || /messages\/index\.ts"/.test(text);
  });
}

describe("every key the code uses exists", () => {
  const prefixes = new Set([...baseKeys].map((k) => k.split(".")[0]));
  // A string literal shaped like a key (`hint.time`, `month.${month}`) with a known first part.
  const literal = /(["'`])((?:(?!\1)[^\\\n])*)\1/g;
  const keyShape = /^[a-z][A-Za-z]*(\.(?:[A-Za-z0-9_]|\$\{[^}]+\})+)+$/;
  const fileName = /\.(mdx|md|yaml|json|ts|ics|opus)$/;
  const used: { file: string; key: string }[] = [];
  for (const file of messageSources()) {
    for (const m of fs.readFileSync(file, "utf8").matchAll(literal)) {
      const value = m[2] ?? "";
      if (!keyShape.test(value) || fileName.test(value)) continue;
      if (!prefixes.has(value.split(".")[0])) continue;
      used.push({ file: path.relative(repoRoot, file), key: value });
    }
  }

  test("the scan finds the keys (it is not looking at nothing)", () => {
    expect(used.length).toBeGreaterThan(200);
    expect(used.map((u) => u.key)).toContain("readability.summaryWords");
  });

  test("each literal key is in en; each key made from parts matches some key", () => {
    const missing = used.filter(({ key }) => {
      if (!key.includes("${")) return !baseKeys.has(key);
      const pattern = new RegExp(
        `^${key
          .split(/\$\{[^}]+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".+")}$`,
      );
      return ![...baseKeys].some((k) => pattern.test(k));
    });
    expect(missing).toEqual([]);
  });

  test("keys made from parts: every part has its string", () => {
    const families = [
      ...Array.from({ length: 12 }, (_, i) => `month.${i + 1}`),
      ...[...explainedYamlErrors].map((code) => `yaml.${code}`),
      "kind.place",
      "kind.initiative",
      ...["day", "week", "need", "language"].map((w) => `rule.what.${w}`),
      ...textFields.map((f) => `name.${f}`),
      "name.name",
      "name.label",
    ];
    expect(families.filter((k) => !baseKeys.has(k))).toEqual([]);
  });
});

describe("saying a message", () => {
  test("plurals, nested messages and numbers in each language's way", () => {
    expect(say(msg("summary.errors", { count: 1 }), "nl")).toBe("1 fout");
    expect(say(msg("summary.errors", { count: 2 }), "en")).toBe("2 errors");
    const lix = msg("readability.longWords", {
      long: 9,
      words: 11,
      letters: 6,
      perSentence: 10.5,
      score: 93.2,
    });
    expect(say(lix, "nl")).toBe(
      "gebruik kortere woorden: 9 van de 11 woorden hebben meer dan 6 letters, met 10,5 woorden per zin (score voor lange woorden: 93)",
    );
    expect(say(lix, "en")).toMatch(/10\.5 words per sentence \(long-word score LIX: 93\)$/);
  });

  test("a volunteer's text is shown as written, never read as a template", () => {
    const text = "{{count}} $t(check.fix) $& $' {{message}}";
    expect(say(msg("issue.notAllowed", { given: text }), "nl")).toBe(`${text} mag hier niet`);
    expect(
      sayText({ message: msg("issue.notAllowed", { given: text }), example: "[tu]" }, "en"),
    ).toBe(`${text} is not allowed here (e.g. [tu])`);
  });
});

describe("fields as the volunteer reads them", () => {
  const cases: [path: (string | number)[], nl: string, en: string][] = [
    [
      ["schedule", 0, "days", 0],
      "Wanneer, regel 1, dag 1",
      "schedule.0.days.0 (schedule, rule 1, day 1)",
    ],
    [["schedule", 1, "to"], "Wanneer, regel 2, tot (to)", "schedule.1.to (schedule, rule 2, to)"],
    [["title"], "Titel (title)", "title"],
    [["summary"], "Korte beschrijving (summary)", "summary"],
    [["place"], "Plek (place)", "place"],
    [["cost"], "Kosten (cost)", "cost"],
    [
      ["hosts", 1, "role"],
      "Wie je ontmoet, persoon 2, rol (role)",
      "hosts.1.role (hosts, host 2, role)",
    ],
    [
      ["closed", 0, "until"],
      "Niet open, regel 1, tot en met (until)",
      "closed.0.until (closed, closure 1, until)",
    ],
    [["contact", "phone"], "Contact, telefoon (phone)", "contact.phone"],
  ];
  test.each(cases)("%j", (at, nl, english) => {
    const field = at.join(".");
    expect(fieldLabel(field, at, "nl")).toBe(nl);
    expect(fieldLabel(field, at, "en")).toBe(english);
  });

  test("what is not a field: the facts at the top, the text, a tag", () => {
    expect(fieldLabel("front matter", undefined, "nl")).toBe("De feiten bovenaan het bestand");
    expect(fieldLabel("front matter", undefined, "en")).toBe("front matter");
    expect(fieldLabel("text", undefined, "nl")).toBe("De tekst");
    expect(fieldLabel("<script>", undefined, "nl")).toBe("<script>");
  });
});

describe("the language of a tool run", () => {
  test("--lang first, then LC_ALL, LC_MESSAGES, LANG, else English", () => {
    expect(toolLanguage(["--lang", "nl"], { LANG: "en_US.UTF-8" })).toBe("nl");
    expect(toolLanguage(["--lang=en"], { LANG: "nl_NL.UTF-8" })).toBe("en");
    expect(toolLanguage([], { LANG: "nl_NL.UTF-8" })).toBe("nl");
    expect(toolLanguage([], { LC_MESSAGES: "nl_BE", LANG: "en_GB" })).toBe("nl");
    expect(toolLanguage([], { LC_ALL: "en_GB.UTF-8", LANG: "nl_NL.UTF-8" })).toBe("en");
    expect(toolLanguage([], { LC_ALL: "", LANG: "nl_NL.UTF-8" })).toBe("nl");
    expect(toolLanguage([], { LANG: "C.UTF-8" })).toBe("en");
    expect(toolLanguage([], {})).toBe("en");
    expect(toolLanguage(["--lang", "fr"], { LANG: "nl_NL.UTF-8" })).toBe("nl");
  });

  test("locale names", () => {
    expect(toolLanguageOf("nl_NL.UTF-8")).toBe("nl");
    expect(toolLanguageOf("nl-BE")).toBe("nl");
    expect(toolLanguageOf("NL")).toBe("nl");
    expect(toolLanguageOf("en_US@euro")).toBe("en");
    expect(toolLanguageOf("POSIX")).toBeUndefined();
    expect(toolLanguageOf(undefined)).toBeUndefined();
  });
});
