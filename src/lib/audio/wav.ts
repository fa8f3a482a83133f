/**
 * Minimal WAV (RIFF, linear PCM) reading and joining, so segments spoken by different
 * espeak-ng voices become one file for a single Opus encode. espeak-ng `--stdout`
 * writes a placeholder size in its headers (it streams), so sizes are clamped to the
 * bytes actually there.
 */

export interface PcmFormat {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
}

export interface Wav {
  format: PcmFormat;
  /** Raw PCM samples, a whole number of frames. */
  pcm: Uint8Array;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** Reads a PCM WAV file; throws on anything else (compressed audio, truncated header). */
export function parseWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== "RIFF" || ascii(bytes, 8, 4) !== "WAVE") {
    throw new Error("not a WAV file (no RIFF/WAVE header)");
  }
  let format: PcmFormat | undefined;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = ascii(bytes, at, 4);
    const declared = view.getUint32(at + 4, true);
    const start = at + 8;
    const end = Math.min(bytes.length, start + declared);
    if (id === "fmt ") {
      if (end - start < 16) throw new Error("WAV fmt chunk is too short");
      const audioFormat = view.getUint16(start, true);
      if (audioFormat !== 1) throw new Error(`WAV is not linear PCM (format ${audioFormat})`);
      format = {
        channels: view.getUint16(start + 2, true),
        sampleRate: view.getUint32(start + 4, true),
        bitsPerSample: view.getUint16(start + 14, true),
      };
    } else if (id === "data") {
      if (!format) throw new Error("WAV data comes before its fmt chunk");
      const frame = frameBytes(format);
      const length = end - start - ((end - start) % frame);
      return { format, pcm: bytes.slice(start, start + length) };
    }
    // Chunks are padded to an even length.
    at = start + declared + (declared % 2);
  }
  throw new Error("WAV has no data chunk");
}

function frameBytes(format: PcmFormat): number {
  return format.channels * Math.ceil(format.bitsPerSample / 8);
}

function sameFormat(a: PcmFormat, b: PcmFormat): boolean {
  return (
    a.sampleRate === b.sampleRate &&
    a.channels === b.channels &&
    a.bitsPerSample === b.bitsPerSample
  );
}

/** A WAV file (44-byte header) holding `pcm` in `format`. */
export function encodeWav(format: PcmFormat, pcm: Uint8Array): Uint8Array {
  const out = new Uint8Array(44 + pcm.length);
  const view = new DataView(out.buffer);
  const write = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
  };
  const frame = frameBytes(format);
  write(0, "RIFF");
  view.setUint32(4, 36 + pcm.length, true);
  write(8, "WAVE");
  write(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, format.channels, true);
  view.setUint32(24, format.sampleRate, true);
  view.setUint32(28, format.sampleRate * frame, true);
  view.setUint16(32, frame, true);
  view.setUint16(34, format.bitsPerSample, true);
  write(36, "data");
  view.setUint32(40, pcm.length, true);
  out.set(pcm, 44);
  return out;
}

/**
 * Joins WAV files end to end with `gapMs` of silence between them (a breath between
 * segments). All parts must share one sample rate, channel count and sample size:
 * resampling is not done here, so a mismatch is an error rather than wrong pitch.
 */
export function concatWav(parts: readonly Uint8Array[], gapMs = 0): Uint8Array {
  const wavs = parts.map(parseWav);
  const first = wavs[0];
  if (!first) throw new Error("nothing to join");
  for (const wav of wavs) {
    if (!sameFormat(wav.format, first.format)) {
      const f = wav.format;
      throw new Error(
        `WAV formats differ: ${f.sampleRate} Hz/${f.channels} ch/${f.bitsPerSample} bit vs ${first.format.sampleRate} Hz/${first.format.channels} ch/${first.format.bitsPerSample} bit`,
      );
    }
  }
  const frame = frameBytes(first.format);
  const gap = Math.round((first.format.sampleRate * gapMs) / 1000) * frame;
  // Unsigned 8-bit PCM is silent at 128; wider samples are signed, silent at 0.
  const silence = first.format.bitsPerSample === 8 ? 0x80 : 0;
  const total = wavs.reduce((sum, w) => sum + w.pcm.length, 0) + gap * (wavs.length - 1);
  const pcm = new Uint8Array(total);
  let at = 0;
  wavs.forEach((wav, index) => {
    if (index > 0) {
      pcm.fill(silence, at, at + gap);
      at += gap;
    }
    pcm.set(wav.pcm, at);
    at += wav.pcm.length;
  });
  return encodeWav(first.format, pcm);
}
