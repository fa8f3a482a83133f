/**
 * One mistake per test: a copy of the shared example with one file changed. Each
 * test asserts the problem names the right file, line and field or construct.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  check,
  deBrug,
  errorsOf,
  exampleDir,
  koffie,
  koffieEn,
  onlyError,
  replace,
  tempContent,
} from "./helpers.ts";

describe("schedule", () => {
  test("`to` before `from`", () => {
    const error = onlyError(tempContent({ [koffie]: replace('to: "12:00"', 'to: "09:30"') }));
    expect(error).toMatchObject({
      file: koffie,
      line: 10,
      field: "schedule.0.to",
      severity: "error",
    });
    expect(error.message).toContain('"09:30" is before from "10:00"');
    expect(error.expected).toContain('later than "10:00"');
  });

  test("`to` equal to `from`", () => {
    const error = onlyError(tempContent({ [koffie]: replace('to: "12:00"', 'to: "10:00"') }));
    expect(error).toMatchObject({
      file: koffie,
      line: 10,
      field: "schedule.0.to",
    });
  });

  test("unknown weekday", () => {
    const error = onlyError(tempContent({ [koffie]: replace("days: [tu]", "days: [tu, xy]") }));
    expect(error).toMatchObject({
      file: koffie,
      line: 8,
      field: "schedule.0.days.1",
    });
    expect(error.message).toContain('"xy"');
    expect(error.expected).toBe("one of mo, tu, we, th, fr, sa, su");
    expect(error.example).toBe("[tu, th]");
  });

  test("an English day name gets a did-you-mean", () => {
    const error = onlyError(tempContent({ [koffie]: replace("days: [tu]", "days: [tue]") }));
    expect(error.message).toContain('did you mean "tu"?');
  });

  test("a time without a leading zero", () => {
    const error = onlyError(tempContent({ [koffie]: replace('from: "10:00"', "from: 9:30") }));
    expect(error).toMatchObject({
      file: koffie,
      line: 9,
      field: "schedule.0.from",
    });
    expect(error.expected).toContain('a time like "10:00"');
  });

  test("a missing `to` points at the rule", () => {
    const error = onlyError(tempContent({ [koffie]: replace('    to: "12:00"\n', "") }));
    expect(error).toMatchObject({
      file: koffie,
      line: 8,
      field: "schedule.0.to",
      message: "is missing",
    });
  });

  test("every 2 weeks without starting", () => {
    const file = "initiatives/wandelclub/index.mdx";
    const error = onlyError(tempContent({ [file]: replace("    starting: 2026-09-05\n", "") }));
    expect(error).toMatchObject({ file, line: 9, field: "schedule.0.every" });
    expect(error.message).toContain("starting");
  });

  test("a day listed twice", () => {
    const error = onlyError(tempContent({ [deBrug]: replace("days: [sa]", "days: [sa, sa]") }));
    expect(error).toMatchObject({
      file: deBrug,
      line: 12,
      field: "openingHours.1.days.1",
    });
    expect(error.message).toContain("listed twice");
  });

  test("weeks out of range", () => {
    const file = "initiatives/vrouwengroep-samen-sterk/index.mdx";
    const error = onlyError(tempContent({ [file]: replace("weeks: [1, 3]", "weeks: [1, 6]") }));
    expect(error).toMatchObject({ file, line: 9, field: "schedule.0.weeks.1" });
    expect(error.expected).toContain("-1 for the last");
  });

  test("validUntil before validFrom", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace(
          'to: "12:00"',
          'to: "12:00"\n    validFrom: 2026-06-01\n    validUntil: 2026-05-01',
        ),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 12,
      field: "schedule.0.validUntil",
    });
  });
});

describe("dates", () => {
  test("month 13", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("lastVerified: 2026-11-02", "lastVerified: 2026-13-01"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 27,
      field: "lastVerified",
    });
    expect(error.message).toContain("month 13");
    expect(error.example).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("30 February", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("lastVerified: 2026-11-02", "lastVerified: 2026-02-30"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 27,
      field: "lastVerified",
    });
    expect(error.message).toContain("February 2026 has 28 days");
  });

  test("a closed day that does not exist", () => {
    const file = "initiatives/inloop-ervaringsdeskundige/index.mdx";
    const error = onlyError(tempContent({ [file]: replace("on: 2026-12-24", "on: 2026-02-30") }));
    expect(error).toMatchObject({ file, line: 12, field: "closed.0.on" });
  });

  test("a date in another form", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("lastVerified: 2026-11-02", "lastVerified: 2-11-2026"),
      }),
    );
    expect(error.message).toContain("year-month-day");
  });

  test("lastVerified in the future", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("lastVerified: 2026-11-02", "lastVerified: 2026-12-01"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 27,
      field: "lastVerified",
    });
    expect(error.message).toContain("in the future");
  });

  test("a closed period that ends before it starts", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("until: 2027-01-03", "until: 2026-12-01"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 13,
      field: "closed.0.until",
    });
  });

  test("a closure with on and from", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("  - from: 2026-12-21", "  - on: 2026-12-20\n    from: 2026-12-21"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 12,
      field: "closed.0.on",
    });
  });
});

describe("references and fields", () => {
  test("unknown place", () => {
    const error = onlyError(tempContent({ [koffie]: replace("place: de-brug", "place: de-burg") }));
    expect(error).toMatchObject({ file: koffie, line: 6, field: "place" });
    expect(error.message).toContain('"de-burg"');
    expect(error.message).toContain('did you mean "de-brug"?');
    expect(error.expected).toContain("bibliotheek-rivierwijk");
    expect(error.expected).toContain("de-brug");
  });

  test("online is a place too", () => {
    expect(errorsOf(tempContent({ [koffie]: replace("place: de-brug", "place: online") }))).toEqual(
      [],
    );
  });

  test("place and address both given", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("place: de-brug", "place: de-brug\naddress: Kerkstraat 5"),
      }),
    );
    expect(error).toMatchObject({ file: koffie, line: 7, field: "address" });
  });

  test("typo'd field", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("wheelchair: true", "wheelchiar: true"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 19,
      field: "wheelchiar",
    });
    expect(error.message).toContain('did you mean "wheelchair"?');
  });

  test("typo'd field inside a rule", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace('from: "10:00"', 'form: "10:00"\n    from: "10:00"'),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 9,
      field: "schedule.0.form",
    });
    expect(error.message).toContain('did you mean "from"?');
  });

  test("a missing fact points at the start of the front matter", () => {
    const error = onlyError(tempContent({ [koffie]: replace("cost: free\n", "") }));
    expect(error).toMatchObject({
      file: koffie,
      line: 1,
      field: "cost",
      message: "is missing",
    });
  });

  test("wrong kinds of value say what was given", () => {
    const errors = errorsOf(
      tempContent({
        [koffie]: (s) =>
          s
            .replace("walkIn: true", "walkIn: yes")
            .replace('phone: "06 12345678"', "phone: 0612345678")
            .replace("cost: free", "cost: -2")
            .replace("needs: [meet, talk]", "needs: meet"),
      }),
    );
    const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
    expect(byField["walkIn"]?.message).toBe('is "yes"; write true or false');
    expect(byField["contact.phone"]?.message).toContain("put it in quotes");
    expect(byField["cost"]?.message).toBe("is the number -2, but must be 0 or more");
    expect(byField["needs"]?.message).toContain("not a list");
    for (const e of errors)
      expect(e.message).not.toMatch(/invalid|received|zod|expected (string|number|boolean)/i);
  });

  test("an invalid language code", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("languages: [nl, ar, tr]", "languages: [nl, ar, 'turks taal']"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 16,
      field: "languages.2",
    });
  });

  test("YAML that cannot be read", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("title: Koffie en praten", "title: Koffie: praten"),
      }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 3,
      field: "front matter",
    });
    expect(error.message).toContain("quotes");
  });

  test("a field written twice", () => {
    const error = onlyError(
      tempContent({ [koffie]: replace("cost: free", "cost: free\ncost: 2") }),
    );
    expect(error).toMatchObject({
      file: koffie,
      line: 16,
      message: "this field is written twice: keep one",
    });
  });
});

describe("MDX safety gate", () => {
  const body = (from: string, to: string) => tempContent({ [koffie]: replace(from, to) });

  test("import", () => {
    const error = onlyError(
      body("Elke dinsdagochtend", "import fs from 'node:fs'\n\nElke dinsdagochtend"),
    );
    expect(error).toMatchObject({ file: koffie, line: 30, field: "import" });
    expect(error.message).toContain("import is not allowed");
  });

  test("export", () => {
    const error = onlyError(
      body("Elke dinsdagochtend", "export const x = 1\n\nElke dinsdagochtend"),
    );
    expect(error).toMatchObject({ file: koffie, line: 30, field: "export" });
  });

  test("<script>", () => {
    const error = onlyError(
      body("gewoon luisteren.", "gewoon luisteren. <script>alert(1)</script>"),
    );
    expect(error).toMatchObject({ file: koffie, line: 32, field: "<script>" });
    expect(error.message).toContain("<script> is not allowed");
  });

  test("<iframe>", () => {
    const error = onlyError(
      body("gewoon luisteren.", 'gewoon luisteren.\n\n<iframe src="https://example.org"></iframe>'),
    );
    expect(error).toMatchObject({ file: koffie, line: 34, field: "<iframe>" });
  });

  test("<style>, <object> and <embed> are named", () => {
    const errors = errorsOf(
      body("gewoon luisteren.", "<style>p</style> <object></object> <embed />"),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(["<embed>", "<object>", "<style>"]);
  });

  test("{expression}", () => {
    const error = onlyError(body("gewoon luisteren.", "gewoon luisteren {1 + 1}."));
    expect(error).toMatchObject({
      file: koffie,
      line: 32,
      field: "{expression}",
    });
  });

  test("onClick=", () => {
    const error = onlyError(
      body(
        "gewoon luisteren.",
        'gewoon <a href="https://example.org" onClick="alert(1)">luisteren</a>.',
      ),
    );
    expect(error).toMatchObject({ file: koffie, line: 32, field: "onClick" });
    expect(error.message).toContain("event handler");
  });

  test("javascript: link", () => {
    const error = onlyError(body("gewoon luisteren.", "[gewoon luisteren](javascript:alert(1))."));
    expect(error).toMatchObject({ file: koffie, line: 32, field: "link" });
    expect(error.message).toContain("javascript:");
  });

  test("javascript: href in any case and with whitespace", () => {
    const error = onlyError(
      body("gewoon luisteren.", '<a href=" JaVa\tScRiPt:alert(1)">luisteren</a>'),
    );
    expect(error).toMatchObject({ file: koffie, line: 32, field: "href" });
  });

  test("a component", () => {
    const error = onlyError(body("gewoon luisteren.", "<Map />"));
    expect(error).toMatchObject({ file: koffie, line: 32, field: "<Map>" });
    expect(error.message).toContain("component");
  });

  test("a stray < is explained", () => {
    const error = onlyError(body("gewoon luisteren.", "gewoon 3<5 luisteren."));
    expect(error).toMatchObject({ file: koffie, line: 32, field: "MDX" });
    expect(error.message).toContain("&lt;");
  });

  test("a stray { is explained", () => {
    const error = onlyError(body("gewoon luisteren.", "gewoon { luisteren."));
    expect(error).toMatchObject({ file: koffie, field: "MDX" });
    expect(error.message).toContain("&#123;");
  });

  test("allowed HTML passes", () => {
    expect(
      errorsOf(
        body(
          "gewoon luisteren.",
          'gewoon <strong>luisteren</strong>.<br />\n<a href="https://example.org" title="x">link</a>',
        ),
      ),
    ).toEqual([]);
  });

  test("a translation's body is checked too", () => {
    const error = onlyError(
      tempContent({
        [koffieEn]: replace("You can also just listen.", "<script>x</script>"),
      }),
    );
    expect(error).toMatchObject({ file: koffieEn, line: 8, field: "<script>" });
  });
});

describe("stigma", () => {
  test("a stigmatising Dutch title", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("title: Koffie en praten", "title: Koffie voor GGZ-cliënten"),
      }),
    );
    expect(error).toMatchObject({ file: koffie, line: 3, field: "title" });
    expect(error.message).toContain('"GGZ"');
    expect(error.expected).toContain("steun (support)");
  });

  test("a stigmatising English title", () => {
    const error = onlyError(
      tempContent({
        [koffieEn]: replace("title: Coffee and a chat", "title: Coffee for patients"),
      }),
    );
    expect(error).toMatchObject({ file: koffieEn, line: 2, field: "title" });
    expect(error.message).toContain('"patients" (patient)');
    expect(error.expected).toContain("resident");
  });

  test("a summary and the site name", () => {
    const errors = errorsOf(
      tempContent({
        [deBrug]: replace(
          "summary: Een huiskamer voor de wijk.",
          "summary: Een huiskamer voor psychisch zieken.",
        ),
        "site.yaml": replace(
          "en: Rivierwijk Neighbourhood Guide",
          "en: Rivierwijk Mental Health Care Guide",
        ),
      }),
    );
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
      ["site.yaml", 4, "name.en"],
      [deBrug, 3, "summary"],
    ]);
  });

  test("site.yaml stigmaWords are added", () => {
    const dir = tempContent({
      "site.yaml": (s) => `${s}stigmaWords:\n  nl: [behandeling]\n`,
      [koffie]: replace("title: Koffie en praten", "title: Koffie na de behandelingen"),
    });
    const error = onlyError(dir);
    expect(error).toMatchObject({ file: koffie, line: 3, field: "title" });
    expect(error.message).toContain("behandelingen");
  });
});

describe("translations and files", () => {
  test("a fact in a translation file", () => {
    const error = onlyError(
      tempContent({ [koffieEn]: replace("summary:", "cost: free\nsummary:") }),
    );
    expect(error).toMatchObject({ file: koffieEn, line: 3, field: "cost" });
    expect(error.message).toContain(
      "facts belong in index.mdx, so every language shows the same facts",
    );
  });

  test("schedule in a translation file", () => {
    const error = onlyError(
      tempContent({
        [koffieEn]: replace(
          "summary:",
          'schedule:\n  - days: [tu]\n    from: "10:00"\n    to: "12:00"\nsummary:',
        ),
      }),
    );
    expect(error).toMatchObject({ file: koffieEn, line: 3, field: "schedule" });
    expect(error.message).toContain("facts belong in index.mdx");
  });

  test("a typo in a translation file", () => {
    const error = onlyError(tempContent({ [koffieEn]: replace("summary:", "sumary:") }));
    expect(error.message).toContain('did you mean "summary"?');
  });

  test("unknown locale file", () => {
    const file = "initiatives/koffie-en-praten/fr.mdx";
    const error = onlyError(tempContent({ [file]: "---\ntitle: Café\nsummary: Un café.\n---\n" }));
    expect(error).toMatchObject({ file, field: "file name" });
    expect(error.message).toContain("unknown locale file fr.mdx");
    expect(error.expected).toContain("en.mdx, ar.mdx, tr.mdx, pl.mdx, uk.mdx");
  });

  test("a translation file for a registered locale the site does not use", () => {
    const file = "initiatives/koffie-en-praten/uk.mdx";
    const dir = tempContent({
      "site.yaml": (s) =>
        s
          .replace("locales: [nl, en, ar, tr, pl, uk]", "locales: [nl, en, ar, tr, pl]")
          .replace(/  uk: .*\n/, ""),
      [file]: "---\ntitle: Кава\nsummary: Кава.\n---\n",
    });
    const error = onlyError(dir);
    expect(error).toMatchObject({ file, field: "file name" });
  });

  test("the default locale as a translation file", () => {
    const file = "initiatives/koffie-en-praten/nl.mdx";
    const error = onlyError(tempContent({ [file]: "---\ntitle: Koffie\nsummary: Koffie.\n---\n" }));
    expect(error.message).toContain("belongs in index.mdx");
  });

  test("a stray file is a warning", () => {
    const file = "initiatives/koffie-en-praten/flyer.pdf";
    const result = check(tempContent({ [file]: "%PDF" }));
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "warning", file, field: "file" }),
    ]);
    expect(result.guide).toBeDefined();
  });

  test("an audio file that is missing", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("lastVerified:", "audio:\n  ar: ./ar.opus\nlastVerified:"),
      }),
    );
    expect(error).toMatchObject({ file: koffie, line: 28, field: "audio.ar" });
  });

  test("an audio file that exists is used, not stray", () => {
    const result = check(
      tempContent({
        [koffie]: replace("lastVerified:", "audio:\n  ar: ./ar.opus\nlastVerified:"),
        "initiatives/koffie-en-praten/ar.opus": "OggS",
      }),
    );
    expect(result.problems).toEqual([]);
    const initiative = result.guide?.initiatives.find((i) => i.slug === "koffie-en-praten");
    expect(initiative?.audio).toEqual({
      ar: "initiatives/koffie-en-praten/ar.opus",
    });
  });

  test("audio outside the folder is refused", () => {
    const error = onlyError(
      tempContent({
        [koffie]: replace("lastVerified:", "audio:\n  ar: ../ar.opus\nlastVerified:"),
      }),
    );
    expect(error).toMatchObject({ file: koffie, line: 28, field: "audio.ar" });
  });

  test("missing index.mdx", () => {
    const error = onlyError(
      tempContent({
        "places/bibliotheek-rivierwijk/index.mdx": null,
        "places/bibliotheek-rivierwijk/en.mdx": "---\ntitle: Library\nsummary: The library.\n---\n",
      }),
    );
    expect(error).toMatchObject({
      file: "places/bibliotheek-rivierwijk/index.mdx",
      field: "index.mdx",
    });
  });

  test("a folder name that is not a slug", () => {
    const index = fs.readFileSync(
      path.join(exampleDir, "initiatives/wandelclub/index.mdx"),
      "utf8",
    );
    const error = onlyError(tempContent({ "initiatives/Koffie_Ochtend/index.mdx": index }));
    expect(error).toMatchObject({
      file: "initiatives/Koffie_Ochtend/",
      field: "folder name",
      example: "koffie-ochtend",
    });
  });

  test("an entry file not in its own folder", () => {
    const error = onlyError(tempContent({ "initiatives/yoga.mdx": "---\ntitle: Yoga\n---\n" }));
    expect(error).toMatchObject({
      file: "initiatives/yoga.mdx",
      example: "initiatives/yoga/index.mdx",
    });
  });

  test("a file without front matter", () => {
    const error = onlyError(tempContent({ [koffieEn]: "Just text.\n" }));
    expect(error).toMatchObject({
      file: koffieEn,
      line: 1,
      field: "front matter",
    });
  });
});

describe("site.yaml", () => {
  const site = (from: string, to: string) => tempContent({ "site.yaml": replace(from, to) });

  test("an unknown time zone", () => {
    const error = onlyError(site("timeZone: Europe/Amsterdam", "timeZone: Europe/Amsterdan"));
    expect(error).toMatchObject({
      file: "site.yaml",
      line: 11,
      field: "timeZone",
    });
  });

  test("too many poster languages", () => {
    const error = onlyError(
      site("posterLanguages: [nl, ar, tr]", "posterLanguages: [nl, ar, tr, pl]"),
    );
    expect(error).toMatchObject({
      file: "site.yaml",
      line: 12,
      field: "posterLanguages",
    });
    expect(error.expected).toContain("at most 3");
  });

  test("a locale outside the registry", () => {
    const error = onlyError(
      site("locales: [nl, en, ar, tr, pl, uk]", "locales: [nl, en, ar, tr, pl, uk, fr]"),
    );
    expect(error).toMatchObject({
      file: "site.yaml",
      line: 10,
      field: "locales.6",
    });
    expect(error.expected).toContain("src/lib/i18n/locales.ts");
  });

  test("a name without the default locale", () => {
    const error = onlyError(site("  nl: Buurtgids Rivierwijk\n", ""));
    expect(error).toMatchObject({ file: "site.yaml", line: 2, field: "name" });
  });

  test("a repository that is not a web address", () => {
    const error = onlyError(
      site(
        "repository: https://example.org/rivierwijk/buurtgids",
        "repository: javascript:alert(1)",
      ),
    );
    expect(error).toMatchObject({
      file: "site.yaml",
      line: 13,
      field: "repository",
    });
  });

  test("a typo in site.yaml", () => {
    const error = onlyError(site("timeZone:", "timezone:"));
    expect(error.message).toContain('did you mean "timeZone"?');
  });

  test("missing site.yaml", () => {
    const errors = errorsOf(tempContent({ "site.yaml": null }));
    expect(errors).toEqual([expect.objectContaining({ file: "site.yaml", field: "site.yaml" })]);
  });
});

describe("all problems at once", () => {
  test("every problem is reported, sorted by file and line", () => {
    const dir = tempContent({
      [koffie]: (s) =>
        s.replace('to: "12:00"', 'to: "09:00"').replace("place: de-brug", "place: nergens"),
      [deBrug]: replace("wheelchair: true", "wheelchiar: true"),
      "site.yaml": replace("timeZone: Europe/Amsterdam", "timeZone: Mars/Olympus"),
    });
    const result = check(dir);
    expect(result.guide).toBeUndefined();
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      "site.yaml:11 timeZone",
      `${koffie}:6 place`,
      `${koffie}:10 schedule.0.to`,
      `${deBrug}:18 wheelchiar`,
    ]);
    expect(check(dir).problems).toEqual(result.problems);
  });
});

describe("reserved folder names", () => {
  test("an initiative folder called all would hide /calendar/all.ics", () => {
    const text = fs.readFileSync(path.join(exampleDir, koffie), "utf8");
    const error = onlyError(tempContent({ "initiatives/all/index.mdx": text }));
    expect(error).toMatchObject({ file: "initiatives/all/", field: "folder name" });
    expect(error.message).toContain("reserved");
  });
});
