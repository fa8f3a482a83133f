/**
 * "Report a problem" links on every entry page: one tap per reason opens the
 * repository's "Something is wrong" issue form (.github/ISSUE_TEMPLATE/something-wrong.yml)
 * with the entry and the reason filled in. GitHub issue forms take field values
 * from query parameters named after the fields' `id`s. Without a repository, or for
 * people without a GitHub account, the same report goes by email.
 */

/** One-tap reasons, in the order the page lists them. */
export const reportReasons = ["time", "closed", "address", "other"] as const;
export type ReportReason = (typeof reportReasons)[number];

/** The issue form file and its field ids (keep in step with something-wrong.yml). */
export const reportForm = {
  template: "something-wrong.yml",
  fields: { entry: "entry", reason: "reason", page: "page" },
} as const;

/**
 * What the maintainers read in the issue, whatever language the reader uses: the
 * form's own dropdown-free wording, Dutch first (the guide's working language).
 */
export const reasonForMaintainers: Record<ReportReason, string> = {
  time: "De dag of tijd klopt niet / The day or time is wrong",
  closed: "Het bestaat niet meer of is gestopt / It has closed or stopped",
  address: "Het adres klopt niet / The address is wrong",
  other: "Iets anders / Something else",
};

/** The entry a report is about. */
export interface ReportTarget {
  kind: "initiative" | "place";
  slug: string;
  /** Title in the default language (what maintainers know it by). */
  title: string;
  /** The page the reader was on, e.g. `/ar/initiatives/koffieochtend/`. */
  page: string;
}

/** `initiatives/koffieochtend`: the entry's folder in the content. */
export function entryPath(target: Pick<ReportTarget, "kind" | "slug">): string {
  return `${target.kind === "place" ? "places" : "initiatives"}/${target.slug}`;
}

function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&");
}

/** The issue title: the entry and the reason, so the list of issues reads well. */
export function reportTitle(target: ReportTarget, reason: ReportReason): string {
  return `${target.title} (${entryPath(target)}): ${reasonForMaintainers[reason]}`;
}

/**
 * A link that opens the prefilled "Something is wrong" form on the repository.
 *
 * @example issueHref("https://github.com/org/gids", target, "time")
 * // "https://github.com/org/gids/issues/new?template=something-wrong.yml&title=…&entry=initiatives%2Fkoffieochtend&reason=…&page=…"
 */
export function issueHref(repository: string, target: ReportTarget, reason: ReportReason): string {
  const base = repository.replace(/\/+$/, "").replace(/\.git$/, "");
  return `${base}/issues/new?${query({
    template: reportForm.template,
    title: reportTitle(target, reason),
    [reportForm.fields.entry]: entryPath(target),
    [reportForm.fields.reason]: reasonForMaintainers[reason],
    [reportForm.fields.page]: target.page,
  })}`;
}

/** A `mailto:` link with the same report as subject and body. */
export function mailHref(email: string, target: ReportTarget, reason: ReportReason): string {
  const body = [
    `Entry / activiteit: ${entryPath(target)}`,
    `Page / pagina: ${target.page}`,
    `Reason / reden: ${reasonForMaintainers[reason]}`,
    "",
    "",
  ].join("\n");
  return `mailto:${email}?${query({ subject: reportTitle(target, reason), body })}`;
}

/** Where each reason goes: the issue form when there is a repository, else email. */
export interface ReportLinks {
  reasons: { reason: ReportReason; href: string }[];
  /** The email fallback, when both a repository and an email address are set. */
  email?: string;
}

/** All report links for one entry; `undefined` when the site has neither a repository nor an email. */
export function reportLinks(
  site: { repository?: string; email?: string },
  target: ReportTarget,
): ReportLinks | undefined {
  const { repository, email } = site;
  if (!repository && !email) return undefined;
  const reasons = reportReasons.map((reason) => ({
    reason,
    href: repository ? issueHref(repository, target, reason) : mailHref(email!, target, reason),
  }));
  return repository && email ? { reasons, email: mailHref(email, target, "other") } : { reasons };
}
