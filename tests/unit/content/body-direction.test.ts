/** A run of another language in a body is its own bidi run: `lang` brings its `dir`. */
import { parse } from "node-html-parser";
import { expect, test } from "vitest";
import { parseBody } from "../../../src/lib/content/body/parse.ts";
import { renderBodyHtml } from "../../../src/lib/content/body/render.ts";

const render = (body: string) => parse(renderBodyHtml(parseBody(body)));

test("a span in another language gets that language's direction", () => {
  const html = render('مرحبا <span lang="nl">Kom gewoon binnen.</span> شكرا');
  expect(html.querySelector("span")?.getAttribute("dir")).toBe("ltr");
  const back = render('Welkom <span lang="ar">أهلا وسهلا.</span>');
  expect(back.querySelector("span")?.getAttribute("dir")).toBe("rtl");
});

test("a direction the volunteer wrote is kept, an unreadable tag reads auto", () => {
  expect(
    render('<span lang="nl" dir="rtl">x</span>').querySelector("span")?.getAttribute("dir"),
  ).toBe("rtl");
  expect(render('<span lang="not a tag">x</span>').querySelector("span")?.getAttribute("dir")).toBe(
    "auto",
  );
});
