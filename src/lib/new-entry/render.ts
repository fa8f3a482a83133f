/**
 * Answers → the text of `initiatives/<slug>/index.mdx`, written the way the
 * templates in CONTRIBUTING.md are, so a volunteer who opens it later recognises
 * every line: facts between the `---` lines, the default-language text below.
 */
import type { NewEntryAnswers } from "./answers.ts";

/** Values YAML would read as something other than text (true, null, 12, 2026-01-01…). */
const looksTyped =
  /^(true|false|yes|no|on|off|y|n|null|~|[-+]?[\d.]+([eE][-+]?\d+)?|\d{4}-\d{2}-\d{2}.*)$/i;

/**
 * A text as a YAML scalar: plain when that reads back as the same text, else in
 * double quotes (a JSON string is a valid YAML double-quoted scalar).
 */
export function yamlText(value: string): string {
  const plain =
    /^[\p{L}\p{N}(][^\n"'{}[\]#&*!|>%@`]*$/u.test(value) &&
    !/:(\s|$)/.test(value) &&
    !/\s$/.test(value) &&
    !looksTyped.test(value);
  return plain ? value : JSON.stringify(value);
}

/** `free`, `3` or `2.50`: cents always with two digits, as on a price tag. */
function formatCost(cost: "free" | number): string {
  if (cost === "free") return "free";
  return Number.isInteger(cost) ? String(cost) : cost.toFixed(2);
}

/** A flow list `[a, b]` of simple codes. */
function flowList(values: readonly string[]): string {
  return `[${values.join(", ")}]`;
}

/**
 * The file text for `answers`, checked on `lastVerified` (`YYYY-MM-DD`).
 *
 * @example renderEntry(answers, "2026-11-25").startsWith("---\ntype: activity\n")
 */
export function renderEntry(answers: NewEntryAnswers, lastVerified: string): string {
  const lines = ["---", `type: ${answers.type}`];
  lines.push(`title: ${yamlText(answers.title)}`);
  lines.push(`summary: ${yamlText(answers.summary)}`);
  lines.push(`needs: ${flowList(answers.needs)}`);
  if (answers.place !== undefined) lines.push(`place: ${answers.place}`);
  else if (answers.address !== undefined) lines.push(`address: ${yamlText(answers.address)}`);
  lines.push("schedule:");
  for (const slot of answers.times) {
    lines.push(`  - days: ${flowList(slot.days)}`);
    lines.push(`    from: "${slot.from}"`);
    lines.push(`    to: "${slot.to}"`);
  }
  lines.push(`cost: ${formatCost(answers.cost)}`);
  lines.push(`languages: ${flowList(answers.languages)}`);
  lines.push(`womenOnly: ${answers.womenOnly}`);
  lines.push(`walkIn: ${answers.walkIn}`);
  lines.push("hosts:");
  lines.push(`  - role: ${answers.hostRole}`);
  if (answers.hostOrganisation !== undefined) {
    lines.push(`    organisation: ${yamlText(answers.hostOrganisation)}`);
  }
  if (answers.phone !== undefined) {
    lines.push("contact:");
    lines.push(`  phone: ${JSON.stringify(answers.phone)}`);
  }
  lines.push(`lastVerified: ${lastVerified}`);
  lines.push("---");
  const body = answers.body?.trim();
  return `${lines.join("\n")}\n${body ? `\n${body}\n` : ""}`;
}
