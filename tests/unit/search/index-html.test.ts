import { expect, test } from "vitest";
import { htmlLang, withFoldedTwins } from "../../../src/lib/search/index-html.ts";

const page = (body: string) =>
  `<!doctype html><html lang="tr" dir="ltr"><head><title>x</title></head><body><header>Yardım</header><main>${body}</main><footer>Acil durum yardımı</footer></body></html>`;

test("a Turkish page gets the folded twins of its indexed words, hidden, inside the indexed part", () => {
  const html = page(
    `<article data-pagefind-body><p data-pagefind-ignore>Bu metin henüz sizin dilinizde değil, yazılı</p><h1>Kahve sabahı</h1><p>Yalnız&nbsp;değilsiniz</p></article>`,
  );
  const out = withFoldedTwins(html, htmlLang(html) ?? "");
  expect(out).toContain(
    `<p>Yalnız&nbsp;değilsiniz</p><div hidden data-search-fold>sabahi yalniz</div></article>`,
  );
  // Nothing else changes; ignored parts and chrome give no twins.
  expect(out.replace(/<div hidden data-search-fold>[^<]*<\/div>/, "")).toBe(html);
  expect(out).not.toContain("yazili");
  expect(out).not.toContain("yardimi");
});

test("pages without an indexed part, or without dotless ı, stay as they are", () => {
  const plain = page("<h1>Kahve sabahı</h1>");
  expect(withFoldedTwins(plain, "tr")).toBe(plain);
  const none = page("<article data-pagefind-body><h1>Çay ve sohbet</h1></article>");
  expect(withFoldedTwins(none, "tr")).toBe(none);
  expect(htmlLang(none)).toBe("tr");
});
