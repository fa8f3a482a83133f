/** Reading and checking espeak-ng's WAV output: synthetic PCM in, one playable WAV out. */
import { describe, expect, test } from "vitest";
import { checkedWav, encodeWav, parseWav, type PcmFormat } from "../../../src/lib/audio/wav.ts";

const mono16k: PcmFormat = { sampleRate: 16000, channels: 1, bitsPerSample: 16 };

/** `count` 16-bit samples, all `value`. */
function samples(count: number, value: number): Uint8Array {
  const pcm = new Uint8Array(count * 2);
  const view = new DataView(pcm.buffer);
  for (let i = 0; i < count; i++) view.setInt16(i * 2, value, true);
  return pcm;
}

function sampleValues(wav: Uint8Array): number[] {
  const { pcm } = parseWav(wav);
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  return Array.from({ length: pcm.length / 2 }, (_, i) => view.getInt16(i * 2, true));
}

/** espeak-ng --stdout streams: its header claims 0x7ffff000 bytes of data. */
function streamedWav(format: PcmFormat, pcm: Uint8Array): Uint8Array {
  const wav = encodeWav(format, pcm);
  const view = new DataView(wav.buffer);
  view.setUint32(4, 0x7ffff024, true);
  view.setUint32(40, 0x7ffff000, true);
  return wav;
}

describe("parseWav", () => {
  test("reads format and samples back", () => {
    const wav = parseWav(encodeWav(mono16k, samples(5, 1234)));
    expect(wav.format).toEqual(mono16k);
    expect(wav.pcm.length).toBe(10);
  });

  test("clamps a streamed header's placeholder size to the bytes there", () => {
    const wav = parseWav(streamedWav(mono16k, samples(7, -5)));
    expect(wav.pcm.length).toBe(14);
  });

  test("skips unknown chunks and drops a trailing half sample", () => {
    const plain = encodeWav(mono16k, samples(3, 9));
    const list = new Uint8Array([0x4c, 0x49, 0x53, 0x54, 3, 0, 0, 0, 1, 2, 3, 0]); // "LIST", odd size + pad
    const withList = new Uint8Array([...plain.subarray(0, 36), ...list, ...plain.subarray(36), 7]);
    const wav = parseWav(withList);
    expect(wav.pcm.length).toBe(6);
  });

  test("refuses what is not PCM WAV", () => {
    expect(() => parseWav(new TextEncoder().encode("OggS not a wav"))).toThrow(/not a WAV/);
    const float = encodeWav(mono16k, samples(2, 0));
    new DataView(float.buffer).setUint16(20, 3, true);
    expect(() => parseWav(float)).toThrow(/not linear PCM/);
  });
});

describe("checkedWav", () => {
  test("gives a streamed WAV a header with its real sizes, samples unchanged", () => {
    const checked = checkedWav(streamedWav(mono16k, samples(4, 77)));
    const view = new DataView(checked.buffer);
    expect(checked.length).toBe(44 + 8);
    expect(view.getUint32(4, true)).toBe(36 + 8);
    expect(view.getUint32(40, true)).toBe(8);
    expect(view.getUint32(28, true)).toBe(32000);
    expect(view.getUint16(32, true)).toBe(2);
    expect(sampleValues(checked)).toEqual([77, 77, 77, 77]);
  });

  test("refuses no output, a cut-off header and a WAV without sound", () => {
    expect(() => checkedWav(new Uint8Array(0))).toThrow(/no audio \(0 bytes\)/);
    const whole = streamedWav(mono16k, samples(4, 1));
    expect(() => checkedWav(whole.subarray(0, 8))).toThrow(/not a WAV file/);
    expect(() => checkedWav(whole.subarray(0, 44))).toThrow(/without sound/);
  });
});
