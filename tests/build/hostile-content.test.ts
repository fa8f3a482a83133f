/**
 * Hostile content through the real build, on a copy of the repository's own fixture
 * (nothing outside the repository is needed). Bodies that two Markdown parsers read
 * differently build with no element or attribute of the payload in any page; files
 * the parser cannot even read stop the build with one clear line and no stack trace.
 * Either way the content folder and the repository stay as they were.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, describe, expect, test } from "vitest";
import { dangerousMarkup } from "../support/dangerous-html.ts";
import { allFiles } from "./dist.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/content-good");
const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-hostile-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(content: string, outDir: string) {
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    {
      cwd: root,
      env: { ...process.env, BUURTGIDS_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    },
  );
}

/** A hash of every path and its bytes (a link by where it points, followed or not). */
function folderHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      const stat = lstatSync(full);
      hash.update(full);
      if (stat.isSymbolicLink()) hash.update(readlinkSync(full));
      else if (stat.isDirectory()) walk(full);
      else hash.update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

/** Files git would see as new or changed in the repository (dist/ and caches are ignored). */
function repositoryChanges(): string {
  return spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], {
    cwd: root,
    encoding: "utf8",
  }).stdout;
}

/** A copy of the fixture with each file's body replaced. */
function contentWithBodies(name: string, bodies: Record<string, string>): string {
  const dir = path.join(scratch, name);
  cpSync(fixture, dir, { recursive: true });
  for (const [file, body] of Object.entries(bodies)) {
    const target = path.join(dir, file);
    writeFileSync(
      target,
      readFileSync(target, "utf8").replace(/\n---\n[\s\S]*$/, `\n---\n${body}`),
    );
  }
  return dir;
}

const secondFrontMatter =
  '---\n~~~\n---\n<meta http-equiv="refresh" content="0;url=https://example.com/">\n\n~~~\n';
const splitTableCell = "| a | b |\n|---|---|\n| `x | <img src=x onerror=alert(1)> ` |\n";
const brokenCodeSpan = "Open `\n<script>alert(1)</script>\n` dicht\n";

describe("bodies that two parsers read differently, in index.mdx and in translations", () => {
  test("the ones the check accepts build, and no page holds anything of the payload", () => {
    const content = contentWithBodies("bypass", {
      "initiatives/samen-eten/index.mdx": secondFrontMatter,
      "initiatives/samen-eten/ar.mdx": brokenCodeSpan,
      "initiatives/moestuin/index.mdx": brokenCodeSpan,
      "places/buurthuis/en.mdx": secondFrontMatter,
      "initiatives/telefooncirkel/index.mdx": `${brokenCodeSpan}\n${secondFrontMatter}`,
    });
    const before = folderHash(content);
    const changes = repositoryChanges();
    const outDir = path.join(scratch, "bypass-dist");
    const result = build(content, outDir);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(folderHash(content)).toBe(before);
    expect(repositoryChanges()).toBe(changes);

    const pages = allFiles(outDir).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    let bodies = 0;
    for (const file of pages) {
      const html = parse(readFileSync(file, "utf8"));
      const where = path.relative(outDir, file);
      expect(html.querySelectorAll('meta[http-equiv="refresh"]'), where).toHaveLength(0);
      expect(html.querySelectorAll("[onerror], [onload]"), where).toHaveLength(0);
      for (const script of html.querySelectorAll("script"))
        expect(script.text, where).not.toContain("alert(1)");
      for (const body of html.querySelectorAll(".prose-body")) {
        bodies++;
        expect(dangerousMarkup(body.outerHTML), where).toEqual([]);
        expect(body.querySelectorAll("meta, script"), where).toHaveLength(0);
      }
    }
    expect(bodies, "entry pages show the bodies").toBeGreaterThan(5);
    // What was written is shown as text, the way the check read it.
    const english = readFileSync(path.join(outDir, "en/places/buurthuis/index.html"), "utf8");
    expect(english).toContain("&#x3C;meta http-equiv");
    const arabic = parse(
      readFileSync(path.join(outDir, "ar/initiatives/samen-eten/index.html"), "utf8"),
    );
    expect(arabic.querySelector(".prose-body")?.text).toContain("alert(1)");
  });

  test("the one the check refuses stops the build with its file and line", () => {
    const content = contentWithBodies("table", { "initiatives/samen-eten/ar.mdx": splitTableCell });
    const result = build(content, path.join(scratch, "table-dist"));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /initiatives\/samen-eten\/ar\.mdx:7\s+MDX\s+a < starts a tag/,
    );
    expect(existsSync(path.join(scratch, "table-dist"))).toBe(false);
  });
});

describe("files the check cannot read stop the build with one line and no stack trace", () => {
  const expectOneLine = (content: string, outDir: string, file: RegExp) => {
    const before = folderHash(content);
    const result = build(content, outDir);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(file);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/ENOENT|Excessive alias/);
    expect(existsSync(outDir)).toBe(false);
    expect(folderHash(content)).toBe(before);
  };

  test("a YAML alias bomb", () => {
    const content = path.join(scratch, "alias-bomb");
    cpSync(fixture, content, { recursive: true });
    const file = path.join(content, "initiatives/moestuin/index.mdx");
    const levels = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(",")}]`,
      );
    writeFileSync(file, readFileSync(file, "utf8").replace("---\n", `---\n${levels.join("\n")}\n`));
    expectOneLine(
      content,
      path.join(scratch, "alias-dist"),
      /initiatives\/moestuin\/index\.mdx:2\s+front matter\s+.*alias/,
    );
  });

  test("a dangling symbolic link", () => {
    const content = path.join(scratch, "dangling");
    cpSync(fixture, content, { recursive: true });
    symlinkSync(
      path.join(scratch, "nowhere.mdx"),
      path.join(content, "initiatives/moestuin/en.mdx"),
    );
    expectOneLine(
      content,
      path.join(scratch, "dangling-dist"),
      /initiatives\/moestuin\/en\.mdx\s+file\s+.*link/,
    );
  });
});
