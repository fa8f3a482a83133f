/**
 * The language questions of the form: the site's languages ticked, and other
 * languages typed by name in Dutch or English ("Somalisch", "Somali") or by code
 * ("so"); none at all means the language the form was filled in. Its own file
 * because a language name is looked up through Intl's names of every code.
 */
import { same, type FormReader } from "./form-reader.ts";
import { languageName } from "./options.ts";

/** Two- and three-letter language codes whose names people may write. */
const languageCodes = (() => {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) codes.push(a + b);
  // Languages of the neighbourhood without a two-letter code.
  codes.push("prs", "ckb", "kmr", "zgh", "tzm", "fil", "yue", "aii", "syc", "rom");
  return codes;
})();

let namesToCodes: Map<string, string> | undefined;

/** A language name in Dutch or English ("Somalisch", "Somali") or a code ("so") → the code. */
export function readLanguage(text: string): string | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (!namesToCodes) {
    namesToCodes = new Map();
    for (const locale of ["en", "nl"]) {
      const names = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
      for (const code of languageCodes) {
        const name = names.of(code);
        // The first code with a name keeps it (ku before kmr for "Koerdisch").
        const key = name?.toLowerCase();
        if (key && key !== code && !namesToCodes.has(key)) namesToCodes.set(key, code);
      }
    }
  }
  const byName = namesToCodes.get(value.toLowerCase());
  if (byName) return byName;
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value)) {
    try {
      const [code] = Intl.getCanonicalLocales(value);
      const base = code!.split("-")[0]!;
      const name = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(base);
      if (name && name.toLowerCase() !== base) return code;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The languages of the form: ticked, then typed, each once; the form's own when none. */
export function readLanguages(r: FormReader): string[] {
  const languages: string[] = [];
  const options = r.options("languages");
  for (const label of r.selected("languages")) {
    const code =
      r.site.locales.find((c) => same(languageName(c, r.locale), label)) ??
      r.site.locales[options.findIndex((option) => same(option, label))] ??
      readLanguage(label);
    if (code) {
      if (!languages.includes(code)) languages.push(code);
    } else r.problem("languages", r.m.language(label));
  }
  for (const name of (r.text("other_languages") ?? "").split(/[,;/\n]+|\s+(?:en|and|&)\s+/i)) {
    if (!name.trim()) continue;
    const code = readLanguage(name.replace(/\.$/, ""));
    if (!code) r.problem("other_languages", r.m.language(name.trim()));
    else if (!languages.includes(code)) languages.push(code);
  }
  if (!languages.length && !r.hasProblem((question) => question.endsWith("languages"))) {
    // Nobody ticked a language: the language of the form, said in the comment.
    languages.push(r.locale);
    r.note("languages", r.m.languageAssumed(languageName(r.locale, r.locale)));
  }
  return languages;
}
