/**
 * Which sound read-aloud plays (DESIGN.md principle 3): a human recording in the
 * page's language, else the device's own voice for that language, else audio made
 * at build time by espeak-ng. Shared by the components (what to offer) and the
 * client script (what to play), so it must stay free of Node and DOM imports.
 */

export type AudioSource = "recording" | "device" | "generated";

export interface AvailableSources {
  /** A human recording exists for this entry and locale. */
  recording: boolean;
  /** The device has a local voice for the page's language. */
  deviceVoice: boolean;
  /** Build-time audio exists for this entry and locale. */
  generated: boolean;
}

/** The source to play, by priority; undefined when there is nothing to offer. */
export function chooseSource(available: AvailableSources): AudioSource | undefined {
  if (available.recording) return "recording";
  if (available.deviceVoice) return "device";
  if (available.generated) return "generated";
  return undefined;
}

/** What `speechSynthesis.getVoices()` gives, as far as choosing is concerned. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

/**
 * A device voice for `lang` (`nl` matches `nl-NL`, `nl_BE`). Only voices that run on
 * the device count: a network voice (Chrome's "Google …" voices) sends the text to
 * another company, and nothing a reader does may leave the site.
 */
export function matchingVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
): V | undefined {
  const want = (lang.split(/[-_]/)[0] ?? "").toLowerCase();
  return voices.find((voice) => {
    if (voice.localService === false) return false;
    const have = voice.lang.replace(/_/g, "-").toLowerCase();
    return have === want || have.startsWith(`${want}-`);
  });
}
