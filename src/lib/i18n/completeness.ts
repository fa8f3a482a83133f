/**
 * Checks that UI string files agree: every key of the reference locale exists in
 * every other (plural keys in the forms that language needs) with the same
 * `{{placeholders}}`. Used by the unit tests; returns problems instead of throwing
 * so a test can show them all.
 */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? "").sort();
}

/** Base key → the plural forms present (empty for a plain key). */
function keyForms(strings: Record<string, string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of Object.keys(strings)) {
    const match = pluralSuffix.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const set = forms.get(base) ?? new Set<string>();
    if (match?.[1]) set.add(match[1]);
    forms.set(base, set);
  }
  return forms;
}

export function compareLocaleStrings(
  reference: Record<string, string>,
  locale: string,
  strings: Record<string, string>,
): string[] {
  const problems: string[] = [];
  const expected = keyForms(reference);
  const actual = keyForms(strings);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const [base, refForms] of expected) {
    const forms = actual.get(base);
    if (!forms) {
      problems.push(`${locale}: missing "${base}"`);
      continue;
    }
    if (refForms.size > 0) {
      for (const category of categories) {
        if (!forms.has(category))
          problems.push(`${locale}: "${base}" lacks plural form _${category}`);
      }
    }
    const refText = refForms.size > 0 ? reference[`${base}_other`] : reference[base];
    const keys = refForms.size > 0 ? [...forms].map((f) => `${base}_${f}`) : [base];
    for (const key of keys) {
      const text = strings[key];
      if (text === undefined || refText === undefined) continue;
      if (text.trim() === "") problems.push(`${locale}: "${key}" is empty`);
      const want = placeholders(refText).filter((p) => p !== "count");
      const got = placeholders(text).filter((p) => p !== "count");
      if (want.join() !== got.join()) {
        problems.push(`${locale}: "${key}" has placeholders {${got}} but expected {${want}}`);
      }
    }
  }
  for (const base of actual.keys()) {
    if (!expected.has(base)) problems.push(`${locale}: unknown key "${base}"`);
  }
  return problems;
}
