/** The UI string files, one per locale in the registry. */
import nl from "../../../i18n/nl.json" with { type: "json" };
import en from "../../../i18n/en.json" with { type: "json" };
import ar from "../../../i18n/ar.json" with { type: "json" };
import tr from "../../../i18n/tr.json" with { type: "json" };
import pl from "../../../i18n/pl.json" with { type: "json" };
import uk from "../../../i18n/uk.json" with { type: "json" };

export const uiResources: Record<string, Record<string, string>> = { nl, en, ar, tr, pl, uk };
