/**
 * Printed QR codes must hold an absolute link: a path on paper opens nothing. Without
 * the guide's public address (site.yaml `siteUrl`) posters print no QR code at all,
 * and `npm run check` and the build say, in one line, what to set.
 */
import type { Problem, SiteConfig } from "../content/model.ts";

/** The warning for a site without `siteUrl`, or undefined when it has one. */
export function siteUrlWarning(site: Pick<SiteConfig, "siteUrl">): Problem | undefined {
  if (site.siteUrl) return undefined;
  return {
    severity: "warning",
    file: "site.yaml",
    field: "siteUrl",
    message:
      "printed QR codes need the guide's public address: add siteUrl: https://… (posters print no QR code until then)",
  };
}
