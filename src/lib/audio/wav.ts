/**
 * Minimal WAV (RIFF, linear PCM) reading and writing, to check what espeak-ng wrote
 * before it is encoded and cached. espeak-ng `--stdout` writes a placeholder size in
 * its header (it streams), so sizes are clamped to the bytes actually there.
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
 * espeak-ng's output, checked, with a header that gives the real sizes: throws when it
 * is not a WAV with sound in it, so a broken run is tried again instead of encoded.
 * (Once in 1,799 files a run under load gave no WAV at all: "not a WAV file".)
 */
export function checkedWav(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) throw new Error("espeak-ng wrote no audio (0 bytes)");
  const wav = parseWav(bytes);
  if (wav.pcm.length === 0)
    throw new Error(`espeak-ng wrote a WAV without sound (${bytes.length} bytes)`);
  return encodeWav(wav.format, wav.pcm);
}
