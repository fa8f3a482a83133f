/**
 * The spoken text of one file as SSML, so a single espeak-ng run (`-m`) says every
 * segment in its own language's voice. Before, each segment was one espeak-ng run and
 * the WAVs were joined in Node: about nine process starts per file instead of one.
 *
 * Checked against the per-segment runs on the sample and on 200 files of the synthetic
 * neighbourhood (`espeak-ng -x`, phoneme by phoneme): the same phonemes, the same
 * voices (`<voice name>` picks the voice `-v` picks).
 */

/** What one segment says, with the espeak-ng voice of its language. */
export interface VoicedText {
  text: string;
  voice: string;
}

/** Text as SSML character data: espeak-ng reads `&`, `<` and `>` as markup. */
export function escapeSsml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attribute(value: string): string {
  return escapeSsml(value).replace(/"/g, "&quot;");
}

/**
 * `<speak>` with one `<voice>` per segment and a `<break>` of `pauseMs` between them.
 * Each text ends with a line break: without it espeak-ng reads a number that ends a
 * segment together with the next one ("Kastanjestraat 1." + "Op de hoek" became
 * "eerste", first, instead of "een"), as a run of its own never does. The break
 * replaces espeak-ng's own pause at the end of a sentence (about 300 ms).
 */
export function speechMarkup(segments: readonly VoicedText[], pauseMs: number): string {
  const voices = segments.map(
    (s) => `<voice name="${attribute(s.voice)}">${escapeSsml(s.text)}\n</voice>`,
  );
  return `<speak>${voices.join(`<break time="${pauseMs}ms"/>`)}</speak>`;
}
