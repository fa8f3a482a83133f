/**
 * Astro's own log (astro/logger/node), without its line per built page (see
 * lib/page-log-lines.ts): the log a volunteer reads keeps every warning, error and
 * summary, and the build no longer spends its busy thread on twenty thousand time
 * stamps at 1,000 entries. Set in astro.config.mjs (`logger`); `--silent` and
 * `--verbose` work as before.
 */
import nodeLog, { type NodeHandlerConfig } from "astro/logger/node";
import { isPageLine } from "../lib/page-log-lines.ts";

export default function buildLog(config?: NodeHandlerConfig): ReturnType<typeof nodeLog> {
  const log = nodeLog(config);
  return {
    write(event) {
      if (!isPageLine(event)) log.write(event);
    },
  };
}
