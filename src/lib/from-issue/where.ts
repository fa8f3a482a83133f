/**
 * The "where" questions of the form: a place of the guide, online, by phone, or
 * somewhere else with an address, and how to find the door. A place is matched by
 * its text with the places of the content folder, so a place renamed or added
 * after the issue was opened is still found. Its own file because the list of
 * places is the one list of the form that is not fixed.
 */
import { oneLine, same, type FormReader } from "./form-reader.ts";
import { otherPlaceValues, placeOption } from "./options.ts";

/** `place` (a folder name, `online` or `phone`) or `address`, and `directions`, as given. */
export function readWhere(r: FormReader): Record<string, string> {
  const where: Record<string, string> = {};
  const placeLabel = r.selected("place")[0];
  const address = r.text("address");
  if (placeLabel === undefined) {
    r.problem("place", r.m.required);
  } else {
    const options = r.options("place");
    const listed =
      r.site.places.find((place) => same(placeOption(place), placeLabel)) ??
      r.site.places.find((place) => same(place.title, placeLabel.replace(/\s*\([^)]*\)\s*$/, "")));
    // The last options of the list are the ones besides the places (online, phone, elsewhere).
    const index = options.findIndex((option) => same(option, placeLabel));
    const firstOther = options.length - otherPlaceValues.length;
    const other =
      index >= firstOther && index >= 0 ? otherPlaceValues[index - firstOther] : undefined;
    if (listed || other === "online" || other === "phone") {
      where["place"] = listed ? listed.slug : other!;
      if (address) r.note("address", r.m.addressIgnored);
    } else if (other === "elsewhere") {
      if (address) where["address"] = oneLine(address, ", ");
      else r.problem("address", r.m.addressNeeded);
    } else {
      r.problem("place", r.m.unknownPlace(placeLabel));
    }
  }
  const directions = oneLine(r.text("directions") ?? "");
  if (directions) where["directions"] = directions;
  return where;
}
