/**
 * One build of a copy of the sample content with "now" pinned: an entry added with
 * `npm run new` passes `npm run check` and gets its page; an entry nobody checked
 * for more than six months shows "this may be out of date" (page banner and card
 * marker), a fresh one does not.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { isStale } from "../../src/lib/guide/freshness.ts";
import { translator } from "../../src/lib/i18n/translator.ts";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-fresh-"));
const content = path.join(scratch, "content");
const outDir = path.join(scratch, "dist");
const now = "2026-11-25T12:00:00+01:00";
const env = {
  ...process.env,
  BUURTGIDS_CONTENT: content,
  BUURTGIDS_NOW: now,
  ASTRO_TELEMETRY_DISABLED: "1",
};

const answers = {
  type: "activity",
  title: "Breiclub De Linde",
  summary: "Samen breien en haken. Kom gewoon langs.",
  place: "buurthuis-de-linde",
  needs: ["create", "meet"],
  times: [{ days: ["tu"], from: "14:00", to: "16:00" }],
  cost: "free",
  languages: ["nl", "tr"],
  walkIn: true,
  hostRole: "volunteer",
};
const newSlug = "breiclub-de-linde";
const stale = "inloop-gezondheidscentrum"; // lastVerified 2026-03-01, the sample's oldest
const today = "2026-11-25";

let newEntry: ReturnType<typeof spawnSync>;
let check: ReturnType<typeof spawnSync>;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  cpSync(path.join(root, "content"), content, { recursive: true });
  const answersFile = path.join(scratch, "answers.json");
  writeFileSync(answersFile, JSON.stringify(answers));
  newEntry = spawnSync(process.execPath, ["src/cli/new.ts", "--answers", answersFile], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  check = spawnSync("npm", ["run", "-s", "check"], { cwd: root, env, encoding: "utf8" });
  build = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    { cwd: root, env, encoding: "utf8" },
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const html = (route: string) =>
  parse(readFileSync(path.join(outDir, route.replace(/^\//, ""), "index.html"), "utf8"));

describe("an entry added with npm run new", () => {
  test("is written, passes npm run check, and the build has its page", () => {
    expect(newEntry.status, String(newEntry.stderr)).toBe(0);
    expect(readFileSync(path.join(content, `initiatives/${newSlug}/index.mdx`), "utf8")).toContain(
      "lastVerified: 2026-11-25\n",
    );
    expect(check.status, String(check.stdout)).toBe(0);
    expect(String(check.stdout)).toContain("All content is fine");
    expect(build.status, String(build.stderr) + String(build.stdout)).toBe(0);
    const doc = html(`/nl/initiatives/${newSlug}/`);
    expect(doc.querySelector("h1")?.text.trim()).toBe("Breiclub De Linde");
    expect(doc.querySelector("[data-last-checked] strong")?.text.trim()).toBe("vandaag");
    expect(existsSync(path.join(outDir, `ar/initiatives/${newSlug}/index.html`))).toBe(true);
    expect(
      html("/nl/needs/create/").querySelector(`[data-slug="${newSlug}"]`),
      "listed under its need",
    ).not.toBeNull();
  });
});

describe("after six months without a check", () => {
  test.each(["nl", "ar", "uk"])("the stale entry's page shows the banner in %s", (locale) => {
    const t = translator(locale);
    const doc = html(`/${locale}/initiatives/${stale}/`);
    const banner = doc.querySelector("[data-stale-banner]");
    expect(banner).not.toBeNull();
    expect(banner!.text).toContain(t("fresh.staleTitle"));
    expect(banner!.querySelector("svg")).not.toBeNull();
    expect(doc.querySelector("[data-last-checked] time")?.getAttribute("datetime")).toBe(
      "2026-03-01",
    );
  });

  test("in words relative to the build's today", () => {
    expect(
      html(`/nl/initiatives/${stale}/`).querySelector("[data-last-checked] strong")?.text,
    ).toBe("8 maanden geleden");
    expect(
      html(`/en/initiatives/${stale}/`).querySelector("[data-last-checked] strong")?.text,
    ).toBe("8 months ago");
  });

  test("a fresh entry shows no banner", () => {
    const guide = loadGuide(content);
    const fresh = [...guide.initiatives].sort((a, b) =>
      a.lastVerified > b.lastVerified ? -1 : 1,
    )[0]!;
    expect(isStale(fresh.lastVerified, today)).toBe(false);
    for (const locale of ["nl", "ar"]) {
      expect(
        html(`/${locale}/initiatives/${fresh.slug}/`).querySelector("[data-stale-banner]"),
      ).toBeNull();
    }
    expect(html(`/nl/initiatives/${newSlug}/`).querySelector("[data-stale-banner]")).toBeNull();
  });

  test("cards mark the stale entries, and only them", () => {
    const guide = loadGuide(content);
    const doc = html("/nl/needs/talk/");
    const card = doc.querySelector(`[data-slug="${stale}"]`);
    expect(card?.querySelector("[data-stale-marker]")?.text.trim()).toBe(
      translator("nl")("fresh.staleMarker"),
    );
    const listed = doc.querySelectorAll("[data-slug]").map((c) => c.getAttribute("data-slug")!);
    const expected = guide.initiatives
      .filter((i) => listed.includes(i.slug) && isStale(i.lastVerified, today))
      .map((i) => i.slug);
    const marked = doc
      .querySelectorAll("[data-stale-marker]")
      .map((m) => m.closest("[data-slug]")?.getAttribute("data-slug"));
    expect(new Set(marked)).toEqual(new Set(expected));
    expect(listed.length).toBeGreaterThan(expected.length);
  });
});
