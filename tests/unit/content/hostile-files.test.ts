/**
 * Hostile content files, as a stranger's pull request could hold them, checked by the
 * real content check on a copy of the repository's own valid fixture. Each is either
 * refused with its file and line, or read as harmless text; the folder never changes.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { stigmaTerms } from "../../../src/lib/content/stigma.ts";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import type { Problem } from "../../../src/lib/content/model.ts";
import { dangerousMarkup } from "../../support/dangerous-html.ts";
import { errorsOf, goodFixture, hashFolder, replace, tempContent, today } from "./helpers.ts";

const index = "initiatives/samen-eten/index.mdx";
const arabic = "initiatives/samen-eten/ar.mdx";
const place = "places/buurthuis/index.mdx";

/** A copy of the fixture with `edits`, and its errors; asserts the check changed nothing. */
function errorsAfter(edits: Parameters<typeof tempContent>[0]): Problem[] {
  const dir = tempContent(edits, goodFixture);
  const before = hashFolder(dir);
  const errors = errorsOf(dir);
  expect(hashFolder(dir)).toBe(before);
  return errors;
}

function expectRefused(errors: Problem[], file: string, field: string | RegExp, line?: number) {
  const hit = errors.find(
    (e) => e.file === file && (typeof field === "string" ? e.field === field : field.test(e.field)),
  );
  expect(
    hit,
    `an error in ${file} for ${field}; got ${JSON.stringify(errors, null, 1)}`,
  ).toBeDefined();
  if (line !== undefined) expect(hit?.line).toBe(line);
  return hit!;
}

/** The body HTML of every text of a folder that passes the check. */
function builtHtml(edits: Parameters<typeof tempContent>[0]): string[] {
  const guide = loadGuide(tempContent(edits, goodFixture), { today });
  return [...guide.initiatives, ...guide.places].flatMap((entry) =>
    Object.values(entry.text).map((t) => t.html),
  );
}

const bypassShapes: Record<string, string> = {
  "a second front matter block":
    '---\n~~~\n---\n<meta http-equiv="refresh" content="0;url=https://example.com/">\n\n~~~\n',
  "a table cell split across a code span":
    "| a | b |\n|---|---|\n| `x | <img src=x onerror=alert(1)> ` |\n",
  "a code span broken by a block": "Open `\n<script>alert(1)</script>\n` dicht\n",
};

describe("bodies that two parsers read differently", () => {
  for (const [name, shape] of Object.entries(bypassShapes)) {
    for (const file of [index, arabic]) {
      test(`${name}, in ${path.basename(file)}`, () => {
        const edits = {
          [file]: (old: string) => old.replace(/\n---\n[\s\S]*$/, `\n---\n${shape}`),
        };
        const errors = errorsAfter(edits);
        if (errors.length > 0) {
          const error = expectRefused(errors, file, /./);
          expect(error.line).toBeGreaterThan(1);
        } else {
          for (const html of builtHtml(edits)) {
            expect(dangerousMarkup(html)).toEqual([]);
            expect(html).not.toMatch(/<(meta|img|script)\b/);
          }
        }
      });
    }
  }
});

describe("invisible characters cannot hide a stigmatising word", () => {
  const locales = Object.keys(stigmaTerms);
  const hide = (word: string) => {
    const chars = [...word];
    const middle = Math.max(1, Math.floor(chars.length / 2));
    return [
      `${chars[0]}\u200B${chars.slice(1).join("")}`,
      `${chars.slice(0, middle).join("")}\u00AD${chars.slice(middle).join("")}`,
      `${chars[0]}\u2060${chars.slice(1).join("")}`,
    ];
  };
  test.each(locales)(
    "every %s word, with a zero-width space, a soft hyphen or a word joiner",
    (locale) => {
      const variants = (stigmaTerms[locale] ?? []).flatMap((term) => hide(term.word));
      const file = locale === "nl" ? index : `initiatives/samen-eten/${locale}.mdx`;
      const body = variants.map((v) => `Hier: ${v}.`).join("\n\n");
      const original = fs.readFileSync(path.join(goodFixture, index), "utf8");
      const text =
        locale === "nl"
          ? original.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`)
          : `---\ntitle: Samen\nsummary: Samen eten.\n---\n\n${body}\n`;
      const errors = errorsAfter({
        "site.yaml": replace(
          "locales: [nl, en, ar]",
          `locales: [${[...new Set(["nl", "en", "ar", locale])].join(", ")}]`,
        ),
        [file]: text,
      });
      const lines = text.split("\n");
      variants.forEach((variant) => {
        const line = lines.indexOf(`Hier: ${variant}.`) + 1;
        const hit = errors.find((e) => e.file === file && e.line === line && e.field === "text");
        expect(hit, `${JSON.stringify(variant)} on line ${line} of ${file}`).toBeDefined();
      });
    },
  );

  test('"G\\u200BGZ inloop" as a title is refused on its line', () => {
    const errors = errorsAfter({
      [index]: replace("title: Samen eten", "title: G\u200BGZ inloop"),
    });
    expect(expectRefused(errors, index, "title", 3).message).toContain("GGZ");
  });

  test("a title of only invisible characters is empty", () => {
    const errors = errorsAfter({
      [arabic]: replace("title: نأكل معًا", 'title: "\u200B\u200D\u00AD\u2060"'),
    });
    expect(expectRefused(errors, arabic, "title", 2).message).toMatch(/empty|missing|required/i);
  });
});

describe("characters that hide or reorder text are refused with the file and line", () => {
  test.each([
    ["a right-to-left override in a title", index, "title", 3, "title: Samen \u202Eeten"],
    ["a left-to-right isolate in a summary", arabic, "summary", 3, null],
    [
      "a control character in a place's address",
      place,
      "address",
      4,
      "address: Havenstraat\u0007 1",
    ],
  ])("%s", (_name, file, field, line, replacement) => {
    const edit =
      replacement === null
        ? replace("summary: في", "summary: \u2066في")
        : replace(
            replacement.split(":")[0] === "title" ? "title: Samen eten" : "address: Havenstraat 1",
            replacement,
          );
    const error = expectRefused(errorsAfter({ [file]: edit }), file, field, line);
    expect(error.message).toMatch(/U\+[0-9A-F]{4}/);
  });

  test("a direction override in the body names the body line", () => {
    const original = fs.readFileSync(path.join(goodFixture, index), "utf8");
    const error = expectRefused(
      errorsAfter({ [index]: `${original}\nTot \u202Ezo\u202C ziens.\n` }),
      index,
      "text",
    );
    expect(error.line).toBe(original.split("\n").length + 1);
  });

  test("a file that is not UTF-8 is refused on the line with the bad bytes", () => {
    const dir = tempContent({}, goodFixture);
    const file = path.join(dir, arabic);
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from("summary"));
    fs.writeFileSync(
      file,
      Buffer.concat([
        bytes.subarray(0, at + 9),
        Buffer.from([0xc3, 0x28, 0xff]),
        bytes.subarray(at + 9),
      ]),
    );
    const error = expectRefused(errorsOf(dir), arabic, "text", 3);
    expect(error.message).toContain("UTF-8");
  });
});

describe("limits with clear messages", () => {
  test("a price of 1e308 euros", () => {
    const error = expectRefused(
      errorsAfter({ [index]: replace("cost: 2.5", "cost: 1e308") }),
      index,
      "cost",
      12,
    );
    expect(error.expected).toContain("500");
  });

  test("a body over 20 KB", () => {
    const error = expectRefused(
      errorsAfter({ [index]: (old) => `${old}\n${"Koffie en thee. ".repeat(1500)}\n` }),
      index,
      "text",
    );
    expect(error.message).toMatch(/KB/);
  });

  test("a 10 MB file is refused without being read as content", () => {
    const error = expectRefused(
      errorsAfter({ [index]: (old) => `${old}\n${"x".repeat(10_000_000)}\n` }),
      index,
      "file",
    );
    expect(error.message).toMatch(/this file is 100\d\d KB; a content file holds at most 40 KB/);
  });

  test("a title longer than a poster line", () => {
    expectRefused(
      errorsAfter({ [index]: replace("title: Samen eten", `title: ${"Samen eten ".repeat(12)}`) }),
      index,
      "title",
      3,
    );
  });
});

describe("failures of the file itself name the file", () => {
  test("a YAML alias bomb", () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const n = String.fromCharCode(98 + i);
        const p = String.fromCharCode(97 + i);
        return `${n}: &${n} [${Array(9).fill(`*${p}`).join(",")}]`;
      }),
    ].join("\n");
    const errors = errorsAfter({
      [index]: (old) => old.replace("type: activity", `type: activity\n${bomb}`),
    });
    const error = expectRefused(errors, index, "front matter", 2);
    expect(error.message).toMatch(/alias/);
  });

  test("YAML nested too deep to read", () => {
    const errors = errorsAfter({
      [index]: (old) => old.replace("type: activity", `type: activity\ndeep: ${"[".repeat(20000)}`),
    });
    expectRefused(errors, index, "front matter");
  });

  test("a dangling symbolic link", () => {
    const dir = tempContent({}, goodFixture);
    fs.symlinkSync(path.join(dir, "nowhere.mdx"), path.join(dir, "initiatives/samen-eten/en.mdx"));
    const errors = errorsOf(dir);
    expect(errors.filter((e) => e.file === "initiatives/samen-eten/en.mdx")).toHaveLength(1);
  });
});
