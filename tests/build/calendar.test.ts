/**
 * The built calendars: `/calendar/<slug>.ics` for every initiative and
 * `/calendar/all.ics` with every event, plus the links that lead people to them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { distFile, hasRoute, page } from "./dist.ts";

const guide = loadGuide(contentDir());

function ics(route: string): string {
  return readFileSync(distFile(route), "utf8");
}

/** UIDs of a file, after unfolding its lines. */
function uids(text: string): string[] {
  return [...text.replace(/\r\n[ \t]/g, "").matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]!);
}

describe.each(guide.initiatives.map((i) => i.slug))("%s", (slug) => {
  test("has its calendar file, CRLF only, with at least one event", () => {
    expect(hasRoute(`/calendar/${slug}.ics`)).toBe(true);
    const text = ics(`/calendar/${slug}.ics`);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(uids(text).length).toBeGreaterThan(0);
  });
});

test("all.ics contains every UID of every initiative's file, once", () => {
  const all = uids(ics("/calendar/all.ics"));
  const expected = guide.initiatives.flatMap((i) => uids(ics(`/calendar/${i.slug}.ics`)));
  expect([...all].sort()).toEqual([...expected].sort());
});

describe.each(guide.site.locales)("locale %s", (locale) => {
  const t = translator(locale);

  test("every initiative page links to its calendar file", () => {
    for (const { slug } of guide.initiatives) {
      const link = page(`/${locale}/initiatives/${slug}/`).querySelector(
        `a[href$="calendar/${slug}.ics"]`,
      );
      expect(link?.text.trim(), slug).toBe(t("calendar.add"));
    }
  });

  test("the week page links to all.ics", () => {
    const link = page(`/${locale}/week/`).querySelector('a[href$="calendar/all.ics"]');
    expect(link?.text.trim()).toBe(t("calendar.addAll"));
  });
});
