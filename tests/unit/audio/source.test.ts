/** Which sound read-aloud plays, and which device voices count. */
import { describe, expect, test } from "vitest";
import { chooseSource, matchingVoice } from "../../../src/lib/audio/source.ts";

describe("chooseSource", () => {
  test("a human recording wins over everything", () => {
    expect(chooseSource({ recording: true, deviceVoice: true, generated: true })).toBe("recording");
  });
  test("without a recording, the device's voice comes before generated audio", () => {
    expect(chooseSource({ recording: false, deviceVoice: true, generated: true })).toBe("device");
  });
  test("generated audio when the device has no voice for the language", () => {
    expect(chooseSource({ recording: false, deviceVoice: false, generated: true })).toBe(
      "generated",
    );
  });
  test("nothing to offer: no button", () => {
    expect(
      chooseSource({ recording: false, deviceVoice: false, generated: false }),
    ).toBeUndefined();
  });
});

describe("matchingVoice", () => {
  const voices = [
    { name: "Google Nederlands", lang: "nl-NL", localService: false },
    { name: "Tr", lang: "tr_TR", localService: true },
    { name: "Ned", lang: "nl-BE", localService: true },
    { name: "En", lang: "en-US" },
  ];
  test("matches by language, whatever the region or separator", () => {
    expect(matchingVoice(voices, "tr")?.name).toBe("Tr");
    expect(matchingVoice(voices, "en-GB")?.name).toBe("En");
  });
  test("skips network voices: the text would leave the device", () => {
    expect(matchingVoice(voices, "nl")?.name).toBe("Ned");
    expect(matchingVoice([voices[0]!], "nl")).toBeUndefined();
  });
  test("a language is not a prefix of another (uk is not ukr-…, ar is not arn)", () => {
    expect(matchingVoice([{ lang: "arn-CL" }], "ar")).toBeUndefined();
    expect(matchingVoice([], "ar")).toBeUndefined();
  });
});
