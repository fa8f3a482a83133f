/**
 * The environment an npm script sets before its command (`A=1 B=two astro build` →
 * `{ A: "1", B: "two" }`), so the bench builds with what `npm run build` sets, read
 * from package.json rather than copied. Only plain `NAME=value` words are read (no
 * quotes or `$`): the first word that is not one is the command, and nothing after it
 * counts.
 */
export function scriptEnvironment(script: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const word of script.trim().split(/\s+/)) {
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=([^\s"'$`]*)$/.exec(word);
    if (!assignment) break;
    environment[assignment[1]!] = assignment[2]!;
  }
  return environment;
}
