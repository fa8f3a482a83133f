/**
 * The badge row under an entry's title: the facts that decide whether someone can
 * come at all, before when and where. Women only first (for the women who need it,
 * it is the first thing to know), then children welcome, wheelchair access, just walk
 * in, and what it costs. Only facts that are true get a badge; the cost always does.
 */
import type { Initiative } from "../content/model.ts";
import type { InitiativeFlag } from "../facts.ts";
import { costIcons, flagIcons } from "../icons.ts";

/** The yes/no facts shown as badges, in the order they are shown. */
export const badgeFlags = [
  "womenOnly",
  "children",
  "wheelchair",
  "walkIn",
] as const satisfies readonly InitiativeFlag[];

export type EntryBadge =
  | { kind: "flag"; flag: (typeof badgeFlags)[number]; icon: string }
  | { kind: "free"; icon: string }
  | { kind: "price"; euros: number; icon: string };

/**
 * @example entryBadges({ womenOnly: true, walkIn: true, cost: "free", … })
 * // [{ kind: "flag", flag: "womenOnly", icon: "woman" },
 * //  { kind: "flag", flag: "walkIn", icon: "door-enter" }, { kind: "free", icon: "gift" }]
 */
export function entryBadges(
  initiative: Pick<Initiative, "cost" | (typeof badgeFlags)[number]>,
): EntryBadge[] {
  const flags: EntryBadge[] = badgeFlags
    .filter((flag) => initiative[flag])
    .map((flag) => ({ kind: "flag", flag, icon: flagIcons[flag] }));
  const cost: EntryBadge =
    initiative.cost === "free"
      ? { kind: "free", icon: costIcons.free }
      : { kind: "price", euros: initiative.cost, icon: costIcons.paid };
  return [...flags, cost];
}
