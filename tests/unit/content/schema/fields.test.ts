/** Shared field helpers (src/lib/content/schema/fields.ts). */
import { describe, expect, test } from "vitest";
import { isAudioPath, normalizeAudioPath } from "../../../../src/lib/content/schema/fields.ts";

describe("audio paths", () => {
  test("inside the entry folder, with a sound file extension", () => {
    expect(isAudioPath("./ar.opus")).toBe(true);
    expect(isAudioPath("audio/ar.mp3")).toBe(true);
    expect(isAudioPath("./../ar.opus")).toBe(false);
    expect(isAudioPath("/etc/ar.opus")).toBe(false);
    expect(isAudioPath("./.opus")).toBe(false);
  });
  test("checked as a clean path inside the folder", () => {
    expect(normalizeAudioPath("./ar.opus")).toBe("ar.opus");
    expect(normalizeAudioPath("audio/./ar.mp3")).toBe("audio/ar.mp3");
    expect(normalizeAudioPath("ar.opus")).toBe("ar.opus");
  });
});
