/**
 * Runs a volunteer command in the volunteer's language (`--lang nl|en`, else the
 * terminal's locale): its exit code is what `main` returns (or resolves to, for a
 * command that asks questions), and anything it throws is printed as one line in
 * those words rather than a stack trace.
 */
import { say, toolLanguage, type ToolLanguage } from "../lib/messages/index.ts";
import type { Msg } from "../lib/messages/index.ts";

export async function runTool(
  main: (lang: ToolLanguage) => number | Promise<number>,
  failed: (reason: string) => (Msg | string)[],
): Promise<void> {
  const lang = toolLanguage(process.argv.slice(2), process.env);
  try {
    process.exitCode = await main(lang);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    for (const line of failed(reason)) console.error(say(line, lang));
    process.exitCode = 1;
  }
}
