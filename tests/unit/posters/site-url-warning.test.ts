/** Without the guide's public address, `npm run check` says in one line what printed QR codes need. */
import { expect, test } from "vitest";
import { siteUrlWarning } from "../../../src/lib/posters/site-url-warning.ts";
import { formatProblem } from "../../../src/lib/content/format.ts";

test("a site without siteUrl gets one warning on site.yaml that says what to set", () => {
  const warning = siteUrlWarning({})!;
  expect(warning).toMatchObject({ severity: "warning", file: "site.yaml", field: "siteUrl" });
  const line = formatProblem(warning, { root: "/c", cwd: "/" });
  expect(line).toBe(
    "c/site.yaml  siteUrl  warning: printed QR codes need the guide's public address: add siteUrl: https://… (posters print no QR code until then)",
  );
  expect(line).not.toContain("\n");
});

test("a site with siteUrl gets none", () => {
  expect(siteUrlWarning({ siteUrl: "https://lindenhof.example.org/" })).toBeUndefined();
});
