/**
 * Audio never blocks a deploy: each build makes audio for at most a time budget
 * (site.yaml `generatedAudioMinutes`, default ten minutes, `0` makes none), and the
 * files it did not get to are left for a later build. Until then those entries offer
 * the phone's own voice (the listen button is there wherever the phone has one).
 *
 * Which files first: those that never had audio, then the ones that have waited
 * longest, then by entry and language, so a few nights complete a city and a stream
 * of edits cannot starve an entry. How long a file has waited is kept in a small
 * ledger next to the cached files (`waiting.json`), so a build continues where the
 * one before stopped. Pure: the caller reads and writes the ledger and tells the time.
 */

/** One entry × locale in the ledger. */
export interface PairState {
  /** A file was made for it once (its text may have changed since). */
  hadAudio?: boolean;
  /** Since when it has had no file for its current text (ISO date-time). */
  waitingSince?: string;
}

/** Every entry × locale that wants generated audio, by `pairId`. */
export type AudioLedger = Record<string, PairState>;

/** Ledger key of an entry in a locale. */
export function pairId(slug: string, locale: string): string {
  return `${slug}/${locale}`;
}

/** The default budget: ten minutes of making audio per build. */
export const defaultAudioMinutes = 10;

/** Milliseconds one build may spend making audio (`generatedAudioMinutes`; 0 makes none). */
export function audioBudgetMs(site: { generatedAudioMinutes?: number }): number {
  return (site.generatedAudioMinutes ?? defaultAudioMinutes) * 60_000;
}

/**
 * `jobs` in the order a build makes them: never had audio first, then the longest
 * waiting (a pair the ledger does not know starts waiting `now`), then by slug and
 * the site's locale order. The same input gives the same order.
 */
export function orderJobs<J extends { slug: string; locale: string }>(
  jobs: readonly J[],
  ledger: AudioLedger,
  now: Date,
  locales: readonly string[],
): J[] {
  const keyed = jobs.map((job) => {
    const state = ledger[pairId(job.slug, job.locale)];
    const since = state?.waitingSince ? Date.parse(state.waitingSince) : Number.NaN;
    return {
      job,
      hadAudio: state?.hadAudio ? 1 : 0,
      since: Number.isNaN(since) ? now.getTime() : since,
      locale: locales.indexOf(job.locale),
    };
  });
  keyed.sort(
    (a, b) =>
      a.hadAudio - b.hadAudio ||
      a.since - b.since ||
      (a.job.slug < b.job.slug ? -1 : a.job.slug > b.job.slug ? 1 : 0) ||
      a.locale - b.locale,
  );
  return keyed.map((k) => k.job);
}

/**
 * The ledger after a build: each wanted pair and whether its file is in the cache now.
 * A pair with its file has had audio; one without keeps the time it started waiting
 * (also when its text changed meanwhile), or starts now. Pairs no longer wanted go.
 */
export function nextLedger(
  previous: AudioLedger,
  pairs: readonly { slug: string; locale: string; cached: boolean }[],
  now: Date,
): AudioLedger {
  const next: AudioLedger = {};
  for (const pair of pairs) {
    const id = pairId(pair.slug, pair.locale);
    const before = previous[id];
    if (pair.cached) {
      next[id] = { hadAudio: true };
    } else {
      next[id] = {
        ...(before?.hadAudio ? { hadAudio: true } : {}),
        waitingSince: before?.waitingSince ?? now.toISOString(),
      };
    }
  }
  return next;
}

/** Reads a ledger file's text; anything unreadable is an empty ledger (all start now). */
export function parseLedger(text: string | undefined): AudioLedger {
  if (!text) return {};
  try {
    const data = JSON.parse(text) as { pairs?: unknown };
    const pairs = data.pairs;
    if (!pairs || typeof pairs !== "object" || Array.isArray(pairs)) return {};
    const ledger: AudioLedger = {};
    for (const [id, value] of Object.entries(pairs as Record<string, unknown>)) {
      if (!value || typeof value !== "object") continue;
      const { hadAudio, waitingSince } = value as Record<string, unknown>;
      ledger[id] = {
        ...(hadAudio === true ? { hadAudio: true } : {}),
        ...(typeof waitingSince === "string" ? { waitingSince } : {}),
      };
    }
    return ledger;
  } catch {
    return {};
  }
}

/** A ledger as file text, pairs sorted so the file only changes when the ledger does. */
export function formatLedger(ledger: AudioLedger): string {
  const pairs = Object.fromEntries(Object.entries(ledger).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ version: 1, pairs }, null, 1)}\n`;
}
