import { describe, expect, test } from "vitest";
import {
  issueHref,
  mailHref,
  reasonForMaintainers,
  reportLinks,
  reportReasons,
  type ReportTarget,
} from "../../../src/lib/guide/report-links.ts";

const target: ReportTarget = {
  kind: "initiative",
  slug: "koffieochtend",
  title: "Koffieochtend",
  page: "/ar/initiatives/koffieochtend/",
};

describe("report a problem", () => {
  test("opens the Something is wrong form with the entry and the reason filled in", () => {
    const url = new URL(issueHref("https://github.com/lindenhof/buurtgids/", target, "time"));
    expect(url.origin + url.pathname).toBe("https://github.com/lindenhof/buurtgids/issues/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: "something-wrong.yml",
      title: `Koffieochtend (initiatives/koffieochtend): ${reasonForMaintainers.time}`,
      entry: "initiatives/koffieochtend",
      reason: reasonForMaintainers.time,
      page: "/ar/initiatives/koffieochtend/",
    });
  });

  test("a place is named by its folder in places/", () => {
    const url = new URL(
      issueHref(
        "https://github.com/x/y.git",
        { ...target, kind: "place", slug: "de-brug" },
        "address",
      ),
    );
    expect(url.pathname).toBe("/x/y/issues/new");
    expect(url.searchParams.get("entry")).toBe("places/de-brug");
  });

  test("the email has the same report as subject and body", () => {
    const url = new URL(mailHref("gids@example.org", target, "closed"));
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("gids@example.org");
    expect(url.searchParams.get("subject")).toContain("Koffieochtend");
    expect(url.searchParams.get("body")).toContain("initiatives/koffieochtend");
    expect(url.searchParams.get("body")).toContain(reasonForMaintainers.closed);
    // Spaces as %20, not "+": mail programs do not decode "+".
    expect(mailHref("gids@example.org", target, "closed")).not.toContain("+");
  });

  test("one link per reason; email as a fallback; nothing without either", () => {
    const both = reportLinks(
      { repository: "https://github.com/x/y", email: "g@example.org" },
      target,
    );
    expect(both?.reasons.map((r) => r.reason)).toEqual([...reportReasons]);
    expect(
      both?.reasons.every((r) => r.href.startsWith("https://github.com/x/y/issues/new?")),
    ).toBe(true);
    expect(both?.email).toMatch(/^mailto:g@example\.org\?/);

    const mailOnly = reportLinks({ email: "g@example.org" }, target);
    expect(mailOnly?.reasons.every((r) => r.href.startsWith("mailto:"))).toBe(true);
    expect(mailOnly?.email).toBeUndefined();

    expect(reportLinks({}, target)).toBeUndefined();
  });
});
