import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { generateContent } from "../../../src/lib/bench/generate.ts";
import { starlightSite } from "../../../src/lib/bench/starlight-site.ts";
import { repoRoot } from "../content/helpers.ts";

const siteYaml = readFileSync(path.join(repoRoot, "content/site.yaml"), "utf8");
const content = generateContent({ seed: 2, initiatives: 12, siteYaml });
const site = starlightSite(content);
const text = (file: string) => site.find((f) => f.path === file)?.text ?? "";
const docs = site.filter((f) => f.path.startsWith("src/content/docs/"));
const slugs = content
  .map((f) => /^initiatives\/([^/]+)\/index\.mdx$/.exec(f.path)?.[1])
  .filter((slug) => slug !== undefined);

/** The options the config passes to Starlight (written there as JSON). */
function starlightConfig(): {
  title: Record<string, string>;
  locales: Record<string, { lang: string; dir: string; label: string }>;
  sidebar?: unknown;
} {
  const json = /starlight\((\{.*\})\)\] \}\);/.exec(text("astro.config.mjs"))?.[1];
  return JSON.parse(json ?? "{}");
}

/** Title and body of a docs page. */
function page(file: string): { title: string; body: string } {
  const source = text(file);
  return {
    title: /^title: (.*)$/m.exec(source)?.[1] ?? "",
    body: source.slice(source.indexOf("\n---\n") + 5),
  };
}

describe("starlightSite", () => {
  test("six locales, Dutch at the root, Arabic right to left", () => {
    const { locales } = starlightConfig();
    expect(Object.keys(locales)).toEqual(["root", "en", "ar", "tr", "pl", "uk"]);
    expect(locales.root?.lang).toBe("nl");
    expect(locales.ar).toMatchObject({ lang: "ar", dir: "rtl", label: "العربية" });
    expect(locales.en?.dir).toBe("ltr");
  });

  test("every locale has a page for every entry, so pages are six per entry and a home each", () => {
    expect(slugs).toHaveLength(12);
    for (const folder of ["", "en/", "ar/", "tr/", "pl/", "uk/"]) {
      for (const slug of slugs) {
        expect(text(`src/content/docs/${folder}${slug}.md`)).not.toBe("");
      }
      expect(text(`src/content/docs/${folder}index.md`)).not.toBe("");
    }
    expect(docs).toHaveLength(6 * 12 + 6);
  });

  test("a page shows the entry's title, summary and body in its locale", () => {
    const translated = slugs[0]!; // even entries are translated
    const dutch = content.find((f) => f.path === `initiatives/${translated}/index.mdx`)!.text;
    const arabic = content.find((f) => f.path === `initiatives/${translated}/ar.mdx`)!.text;
    const nl = page(`src/content/docs/${translated}.md`);
    const ar = page(`src/content/docs/ar/${translated}.md`);
    expect(dutch).toContain(`title: ${nl.title}`);
    expect(arabic).toContain(`title: ${ar.title}`);
    expect(ar.title).not.toBe(nl.title);
    const arabicBody = arabic.slice(arabic.lastIndexOf("---\n") + 4).trim();
    expect(ar.body).toContain(arabicBody);
    const summary = /^summary: (.*)$/m.exec(arabic)?.[1] ?? "";
    expect(ar.body).toContain(summary);
  });

  test("an untranslated entry shows its Dutch text in every locale", () => {
    const untranslated = slugs[1]!;
    expect(content.some((f) => f.path === `initiatives/${untranslated}/en.mdx`)).toBe(false);
    const nl = page(`src/content/docs/${untranslated}.md`);
    expect(page(`src/content/docs/uk/${untranslated}.md`)).toEqual(nl);
  });

  test("the sidebar is left to Starlight, which lists every page", () => {
    expect(starlightConfig().sidebar).toBeUndefined();
    expect(text("astro.config.mjs")).toContain('import starlight from "@astrojs/starlight"');
    expect(text("src/content.config.ts")).toContain("docsLoader()");
  });
});
