/**
 * The one pictogram that stands for an entry where there is room for only one (the
 * head of its poster, a row of a place's week, the poster index): an initiative's
 * first need, else its type; a place's building.
 */
import type { Initiative, Place } from "../content/model.ts";
import { needIcons, typeIcons } from "../icons.ts";
import { translator } from "../i18n/translator.ts";

export interface Pictogram {
  /** Icon name (see icons.ts). */
  icon: string;
  /** What it stands for, in the reader's words. */
  label: string;
}

/** The pictogram of every place. */
export const placePictogram = "building-community";

/**
 * The pictogram of `entry` with its label in `locale`.
 *
 * @example pictogramOf(koffieochtend, "en") // { icon: "users-group", label: "Meet people" }
 */
export function pictogramOf(
  entry: Pick<Initiative, "kind" | "needs" | "type"> | Pick<Place, "kind">,
  locale: string,
): Pictogram {
  const t = translator(locale);
  if (entry.kind === "place") return { icon: placePictogram, label: t("search.place") };
  const need = entry.needs[0];
  return need
    ? { icon: needIcons[need], label: t(`need.${need}`) }
    : { icon: typeIcons[entry.type], label: t(`type.${entry.type}`) };
}
