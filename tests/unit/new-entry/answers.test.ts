import { describe, expect, test } from "vitest";
import { breiclubAnswers } from "./drive.ts";
import {
  answerFields,
  answerProblem,
  answerProblems,
  checkAnswers,
  normalizeTime,
  parseCost,
  problemLine,
  shown,
  type AnswerContext,
} from "../../../src/lib/new-entry/index.ts";

const context: AnswerContext = {
  existingSlugs: ["koffie-en-praten"],
  today: "2026-11-25",
  locales: ["nl", "en"],
  defaultLocale: "nl",
  placeSlugs: ["de-brug"],
};

describe("answers as people type them", () => {
  test("times: 9:30 and 19.30 are read as the file writes them", () => {
    expect(normalizeTime("9:30")).toBe("09:30");
    expect(normalizeTime(" 19.30 ")).toBe("19:30");
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
});

describe("answerProblem: one answer, with the content schema's rule", () => {
  const slot = (from: string, to?: string) => [
    to === undefined ? { days: ["tu"], from } : { days: ["tu"], from, to },
  ];

  test("times: 9:30 is read, 25:00 and 'tien uur' are refused, the end must be later", () => {
    expect(answerProblems("times", slot("9:30", "11:00"), context)).toEqual([]);
    expect(answerProblem("times", slot("25:00", "26:00"), context)).toMatch(/10:00/);
    expect(answerProblem("times", slot("tien uur", "12:00"), context)).toMatch(/24-hour/);
    expect(answerProblems("times", slot("10:00", "9:00"), context)).toEqual([
      expect.objectContaining({
        field: "times.0.to",
        message: expect.stringMatching(/must be later/),
      }),
    ]);
    expect(answerProblem("times", slot("10:00", "10:00"), context)).toMatch(/later/);
  });

  test("cost: an amount or free", () => {
    expect(answerProblem("cost", "2,50", context)).toBeUndefined();
    expect(answerProblem("cost", "", context)).toBeUndefined();
    expect(answerProblem("cost", "a lot", context)).toMatch(/^"a lot" must be free, or an amount/);
  });

  test("phone: empty is fine, letters are not", () => {
    expect(answerProblem("phone", "", context)).toBeUndefined();
    expect(answerProblem("phone", "06 12345678", context)).toBeUndefined();
    expect(answerProblem("phone", "bel Ahmed", context)).toMatch(/digits/);
  });

  test("a title whose folder exists is refused with the folder named", () => {
    expect(answerProblem("title", "Koffie en praten", context)).toMatch(
      /initiatives\/koffie-en-praten\//,
    );
    expect(answerProblem("title", "Breiclub", context)).toBeUndefined();
    expect(answerProblem("title", "   ", context)).toBeDefined();
    expect(answerProblem("title", "!!!", context)).toMatch(/letter or digit/);
  });

  test("the body must be plain text: code and scripts are refused", () => {
    expect(answerProblem("body", "Neem je eigen wol mee.", context)).toBeUndefined();
    expect(answerProblem("body", "{import('node:fs')}", context)).toMatch(/cannot be used/);
    expect(answerProblem("body", "<script>alert(1)</script>", context)).toMatch(/cannot be used/);
  });

  test("languages: codes the schema accepts, each on one line", () => {
    expect(answerProblem("languages", ["nl", "pt-BR", "so"], context)).toBeUndefined();
    expect(answerProblem("languages", ["nl", "xx-!!"], context)).toMatch(/not a language code/);
    expect(answerProblem("languages", [], context)).toBeDefined();
    const unsafe = ["nl\nwomenOnly: true\n---\n{import('node:fs')}"];
    expect(answerProblem("languages", unsafe, context, "nl")).toMatch(/op één regel$/);
    expect(
      answerProblems("languages", unsafe, context).map(({ field, message }) => ({
        field,
        message,
      })),
    ).toMatchInlineSnapshot(`
        [
          {
            "field": "languages",
            "message": ""nl\\nwomen…" must be a language code like nl, ar, tr or pt-BR, on one line",
          },
        ]
      `);
  });

  test("a place must be a place of the guide, or online or phone", () => {
    expect(answerProblem("place", "de-brug", context)).toBeUndefined();
    expect(answerProblem("place", "online", context)).toBeUndefined();
    expect(answerProblem("place", "de-burg", context)).toMatch(/did you mean "de-brug"/);
    expect(answerProblem("place", "De Brug", context)).toBeDefined();
  });

  test("stigmatising words are refused in the title and the summary", () => {
    expect(answerProblem("title", "Ggz-inloop", context)).toMatch(/stigmatising/);
    expect(answerProblem("summary", "Voor patiënten van de ggz.", context)).toMatch(/stigmatising/);
  });

  // What is refused, the text as the message shows it, and the rule the message names.
  const bad: [string, string, string, RegExp][] = [
    ["a line break", "\n", "\\n", /on one line$/],
    ["a carriage return", "\r", "\\r", /on one line$/],
    ["a line separator", "\u2028", "\\u2028", /on one line$/],
    ["NEL (C1)", "\u0085", "\\u0085", /on one line$/],
    ["a tab (C0)", "\t", "\\t", /without control characters$/],
    ["NUL", "\u0000", "\\u0000", /without control characters$/],
    ["ESC", "\u001b[2J", "\\u001b[2J", /without control characters$/],
    ["DEL", "\u007f", "\\u007f", /without control characters$/],
    ["a C1 control", "\u009b", "\\u009b", /without control characters$/],
    ["a right-to-left override", "\u202e", "\\u202e", /without hidden text-direction characters$/],
    ["a left-to-right embedding", "\u202a", "\\u202a", /without hidden text-direction characters$/],
    ["an isolate", "\u2066", "\\u2066", /without hidden text-direction characters$/],
    ["a pop isolate", "\u2069", "\\u2069", /without hidden text-direction characters$/],
  ];
  test.each(bad)("every answer refuses %s", (_what, char, escaped, rule) => {
    for (const field of ["title", "summary", "address", "hostOrganisation", "body"] as const) {
      const problem = answerProblem(field, `Brei${char}club`, context);
      if (field === "body" && String(rule) === String(/on one line$/)) {
        // The body's paragraphs are separated by \n; other line breaks are refused.
        if (char === "\n") expect(problem, field).toBeUndefined();
        else expect(problem, field).toMatch(/with plain line breaks \(\\n\) only$/);
        continue;
      }
      expect(problem, field).toMatch(rule);
      expect(problem, field).toContain(`"Brei${escaped}`);
      // The message itself is one line, with no control or direction characters in it.
      expect(problem, field).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
    }
    for (const [field, value] of [
      ["place", `de-brug${char}`],
      ["phone", `06 ${char}`],
      ["cost", `2${char}`],
      ["type", `group${char}`],
      ["hostRole", `volunteer${char}`],
      ["languages", ["nl", `ar${char}`]],
      ["needs", [`meet${char}`]],
      ["times", [{ days: ["tu"], from: "10:00", to: `12:00${char}` }]],
      ["times", [{ days: [`tu${char}`], from: "10:00", to: "12:00" }]],
    ] as const) {
      const problem = answerProblem(field, value, context);
      expect(problem, field).toMatch(rule);
      expect(problem, field).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
    }
  });

  test("Arabic text with its own marks is fine", () => {
    expect(answerProblem("summary", "قهوة وحديث.", context)).toBeUndefined();
    expect(answerProblem("title", "Koffie \u200fقهوة", context)).toBeUndefined();
  });

  test("shown: control characters as escapes, cut after the one that matters", () => {
    expect(shown("nl\nwomenOnly: true", 2)).toBe('"nl\\nwomen…"');
    expect(shown("a\u202eb")).toBe('"a\\u202eb"');
    expect(shown("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
  });
});

describe("checkAnswers: the whole set, from the questions or a file", () => {
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

  test("fills defaults and reads what people type", () => {
    const result = checkAnswers(good, context);
    expect(result.problems).toBeUndefined();
    expect(result.answers).toMatchObject({
      times: [{ days: ["tu"], from: "09:30", to: "11:30" }],
      cost: 2.5,
      womenOnly: false,
      walkIn: false,
      bringSomeone: false,
      children: false,
      wheelchair: false,
      hosts: [{ role: "volunteer" }],
    });
  });

  test("everything the contract has: several hosts, every fact, contact, a monthly rule", () => {
    const result = checkAnswers(
      {
        ...good,
        times: [
          { days: ["we"], weeks: [1, -1], from: "19:00", to: "21:00" },
          { days: ["sa"], every: 2, starting: "2026-09-05", from: "10:00", to: "11:00" },
        ],
        womenOnly: true,
        walkIn: true,
        bringSomeone: true,
        children: true,
        wheelchair: true,
        hosts: [
          { role: "volunteer", organisation: " Bewonersgroep " },
          { role: "peer-worker", organisation: "" },
        ],
        phone: "06 12345678",
        whatsapp: true,
        email: "info@example.org",
        afterHours: true,
        directions: "Naast de supermarkt",
      },
      context,
    );
    expect(result.problems).toBeUndefined();
    expect(result.answers).toMatchObject({
      times: [
        { days: ["we"], weeks: [1, -1], from: "19:00", to: "21:00" },
        { days: ["sa"], every: 2, starting: "2026-09-05", from: "10:00", to: "11:00" },
      ],
      womenOnly: true,
      bringSomeone: true,
      children: true,
      wheelchair: true,
      hosts: [{ role: "volunteer", organisation: "Bewonersgroep" }, { role: "peer-worker" }],
      phone: "06 12345678",
      whatsapp: true,
      email: "info@example.org",
      afterHours: true,
      directions: "Naast de supermarkt",
    });
  });

  test("each new answer is checked with its field's rule", () => {
    expect(answerProblem("hosts", [], context)).toBeDefined();
    expect(answerProblems("hosts", [{ role: "doctor" }], context)[0]?.field).toBe("hosts.0.role");
    expect(answerProblem("email", "info at example", context)).toMatch(/email/);
    expect(answerProblem("bringSomeone", "yes", context)).toMatch(/true or false/);
    expect(
      answerProblems(
        "times",
        [{ days: ["we"], weeks: [6], from: "19:00", to: "21:00" }],
        context,
      )[0]?.field,
    ).toBe("times.0.weeks");
    const noPhone = checkAnswers({ ...good, whatsapp: true }, context);
    expect(noPhone.problems?.map((problem) => problemLine(problem))).toEqual([
      expect.stringMatching(/^whatsapp: whatsapp: true needs a phone number/),
    ]);
    const both = checkAnswers(
      { ...good, hosts: [{ role: "nurse" }], hostRole: "volunteer" },
      context,
    );
    expect(both.problems?.map((problem) => problemLine(problem))).toEqual([
      expect.stringMatching(/^hosts: give hosts \(a list\), or hostRole/),
    ]);
  });

  test("one host as hostRole and hostOrganisation, as earlier answer files have it", () => {
    const result = checkAnswers(
      { ...good, hostRole: "peer-worker", hostOrganisation: "Stichting Samen Verder" },
      context,
    );
    expect(result.answers?.hosts).toEqual([
      { role: "peer-worker", organisation: "Stichting Samen Verder" },
    ]);
  });

  test("a summary of 34 words is refused: make it shorter", () => {
    const summary = Array.from({ length: 34 }, (_, i) => (i % 2 ? "en" : "koffie")).join(" ") + ".";
    const result = checkAnswers({ ...good, summary }, context);
    expect(result.problems?.map((problem) => problemLine(problem))).toEqual([
      expect.stringMatching(/^summary: .*34 words.*shorter/),
    ]);
  });

  test("empty optional texts, as the questions give them, are left out", () => {
    const result = checkAnswers(
      { ...good, title: " Breiclub ", phone: "", email: "", hostOrganisation: " ", body: "" },
      context,
    );
    expect(result.answers?.title).toBe("Breiclub");
    expect(result.answers).not.toHaveProperty("phone");
    expect(result.answers).not.toHaveProperty("email");
    expect(result.answers?.hosts).toEqual([{ role: "volunteer" }]);
    expect(result.answers).not.toHaveProperty("body");
  });

  test("names every wrong answer, one line each", () => {
    const result = checkAnswers(
      {
        ...good,
        type: "party",
        address: "Kerkstraat 5",
        times: [{ days: ["tu"], from: "12:00", to: "10:00" }],
        phone: "call me",
        languages: ["nl", "nl"],
        colour: "blue",
      },
      context,
    );
    expect(result.answers).toBeUndefined();
    const lines = result.problems?.map((problem) => problemLine(problem)) ?? [];
    const text = lines.join("\n");
    expect(text).toMatch(/^colour: is not a question/m);
    expect(text).toMatch(/^type: /m);
    expect(text).toMatch(/^address: give place or address, not both/m);
    expect(text).toMatch(/^times\.0\.to: .*must be later/m);
    expect(text).toMatch(/^phone: /m);
    expect(text).toMatch(/^languages: "nl" is listed twice/m);
    for (const line of lines) expect(line).not.toContain("\n");
  });

  test("neither place nor address: the schema's own rule between fields", () => {
    const { place: _place, ...rest } = good;
    expect(checkAnswers(rest, context).problems?.map((problem) => problemLine(problem))).toEqual([
      expect.stringMatching(/^place: does not say where/),
    ]);
  });

  test("a newline in any answer, nested or not, is refused before anything else", () => {
    for (const field of answerFields.filter((f) => f !== "body")) {
      const value =
        field === "times"
          ? [{ days: ["tu\n"], from: "10:00", to: "12:00" }]
          : field === "needs" || field === "languages"
            ? ["x\ny"]
            : "x\ny";
      const result = checkAnswers({ ...good, [field]: value }, context);
      expect(result.answers, field).toBeUndefined();
      expect(result.problems?.map((problem) => problemLine(problem)).join("\n"), field).toMatch(
        /on one line/,
      );
    }
  });

  test("the body may have paragraphs (\\n), but no other line breaks or control characters", () => {
    expect(
      checkAnswers({ ...good, body: "Eerste alinea.\n\nTweede alinea." }, context).problems,
    ).toBeUndefined();
    for (const bad of ["a\r\nb", "a\u2028b", "a\u0000b", "a\u202eb"]) {
      expect(checkAnswers({ ...good, body: bad }, context).problems?.[0]?.field, bad).toBe("body");
    }
  });

  test("not a group of answers", () => {
    expect(checkAnswers(["title"], context).problems?.[0]?.field).toBe("answers");
    expect(checkAnswers(null, context).problems?.[0]?.field).toBe("answers");
  });
});

describe("problemLine: a wrong answer in the volunteer's language", () => {
  const wrong = checkAnswers(
    {
      ...breiclubAnswers,
      times: [{ days: ["tu"], from: "14:00", to: "13:00" }],
      titel: "Breiclub",
    },
    context,
  ).problems!;

  test("English names the answer as the answers file does", () => {
    expect(wrong.map((problem) => problemLine(problem))).toEqual([
      expect.stringMatching(/^titel: is not a question of npm run new: did you mean "title"\?$/),
      expect.stringMatching(/^times\.0\.to: "13:00" is before from "14:00"/),
    ]);
  });

  test("Dutch names the question in Dutch words, and says why in Dutch", () => {
    expect(wrong.map((problem) => problemLine(problem, "nl"))).toEqual([
      'titel: is geen vraag van npm run new. Bedoel je "title"?',
      expect.stringMatching(
        /^Wanneer, regel 1, tot \(to\): "13:00" is eerder dan de begintijd "14:00"/,
      ),
    ]);
  });
});
