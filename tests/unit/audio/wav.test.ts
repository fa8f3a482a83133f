/** Joining espeak-ng's WAV output: synthetic PCM in, one playable WAV out. */
import { describe, expect, test } from "vitest";
import { concatWav, encodeWav, parseWav, type PcmFormat } from "../../../src/lib/audio/wav.ts";

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

describe("concatWav", () => {
  test("puts the parts in order with the silence between them", () => {
    const joined = concatWav(
      [streamedWav(mono16k, samples(3, 100)), streamedWav(mono16k, samples(2, -200))],
      1, // 1 ms at 16 kHz = 16 samples
    );
    expect(sampleValues(joined)).toEqual([100, 100, 100, ...Array<number>(16).fill(0), -200, -200]);
  });

  test("writes a correct header: sizes, rate and block align", () => {
    const joined = concatWav([
      encodeWav(mono16k, samples(4, 1)),
      encodeWav(mono16k, samples(4, 2)),
    ]);
    const view = new DataView(joined.buffer);
    expect(joined.length).toBe(44 + 16);
    expect(view.getUint32(4, true)).toBe(36 + 16);
    expect(view.getUint32(40, true)).toBe(16);
    expect(view.getUint32(28, true)).toBe(32000);
    expect(view.getUint16(32, true)).toBe(2);
  });

  test("8-bit silence is the middle value, not zero", () => {
    const u8: PcmFormat = { sampleRate: 1000, channels: 1, bitsPerSample: 8 };
    const joined = concatWav(
      [encodeWav(u8, new Uint8Array([10])), encodeWav(u8, new Uint8Array([20]))],
      3,
    );
    expect([...parseWav(joined).pcm]).toEqual([10, 128, 128, 128, 20]);
  });

  test("refuses parts with different sample rates instead of changing their pitch", () => {
    const other = { ...mono16k, sampleRate: 22050 };
    expect(() =>
      concatWav([encodeWav(mono16k, samples(1, 0)), encodeWav(other, samples(1, 0))]),
    ).toThrow(/formats differ/);
  });
});
