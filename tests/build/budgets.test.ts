/** Page weight budgets on the built sample site (src/lib/budgets/budgets.ts says why). */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { budgets, webFontExtensions } from "../../src/lib/budgets/budgets.ts";
import { firstLoad } from "../../src/lib/budgets/first-load.ts";
import { allFiles, distDir } from "./dist.ts";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";

const guide = loadGuide(contentDir());
const read = (urlPath: string) => {
  const file = path.join(distDir, decodeURIComponent(urlPath));
  return existsSync(file) ? readFileSync(file) : undefined;
};
const load = (route: string) =>
  firstLoad(readFileSync(path.join(distDir, route, "index.html"), "utf8"), route, read);

const keyPages = guide.site.locales.flatMap((locale) => [
  `/${locale}/`,
  ...guide.initiatives.map((i) => `/${locale}/initiatives/${i.slug}/`),
  ...guide.places.map((p) => `/${locale}/places/${p.slug}/`),
]);
const htmlPages = allFiles()
  .filter((f) => f.endsWith("index.html"))
  .map((f) => `/${path.relative(distDir, path.dirname(f))}/`.replace(/\/+/g, "/"));

describe("budgets", () => {
  test("home, initiative and place pages load in at most 20 KB gzip, all included", () => {
    const over = keyPages
      .map((route) => ({ route, total: load(route).total }))
      .filter(({ total }) => total > budgets.keyPageFirstLoad);
    expect(over).toEqual([]);
  });

  test("no page runs more than 4 KB gzip of script before interaction", () => {
    const over = htmlPages
      .map((route) => ({ route, script: load(route).script }))
      .filter(({ script }) => script > budgets.scriptBeforeInteraction);
    expect(over).toEqual([]);
  });

  test("no page is over 60 KB gzip", () => {
    const over = htmlPages
      .map((route) => ({ route, total: load(route).total }))
      .filter(({ total }) => total > budgets.anyPageFirstLoad);
    expect(over).toEqual([]);
  });

  test("no web fonts", () => {
    expect(allFiles().filter((f) => webFontExtensions.some((ext) => f.endsWith(ext)))).toEqual([]);
  });
});
