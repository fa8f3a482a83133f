/** One pictogram per entry: the first need, else the type; a place's building. */
import { expect, test } from "vitest";
import { needIcons, typeIcons } from "../../../src/lib/icons.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { pictogramOf, placePictogram } from "../../../src/lib/guide/pictogram.ts";
import { initiatives, places } from "../export/sample.ts";

const koffie = initiatives.find((i) => i.slug === "koffieochtend")!;

test("an initiative's first need, labelled in the reader's language", () => {
  expect(pictogramOf(koffie, "en")).toEqual({ icon: needIcons.meet, label: "Meet people" });
  const ar = translator("ar");
  expect(pictogramOf(koffie, "ar")).toEqual({ icon: needIcons.meet, label: ar("need.meet") });
});

test("without needs, its type", () => {
  const noNeeds = { ...koffie, needs: [] };
  expect(pictogramOf(noNeeds, "en")).toEqual({
    icon: typeIcons.dropin,
    label: translator("en")("type.dropin"),
  });
});

test("a place: the building", () => {
  expect(pictogramOf(places[0]!, "en")).toEqual({ icon: placePictogram, label: "Meeting place" });
});
