/** Reading the languages of `espeak-ng --voices`. */
import { expect, test } from "vitest";
import { espeakSpeaks, parseEspeakVoices } from "../../../src/lib/audio/voices.ts";

const output = `Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  ar              --/M      Arabic             sem/ar
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 5  en-gb-x-rp      --/M      English_(Received_Pronunciation) gmw/en-GB-x-rp       (en-gb 4)(en 5)
 5  nl              --/M      Dutch              gmw/nl
`;

test("languages come from the Language column and the other-languages list", () => {
  expect(parseEspeakVoices(output)).toEqual(["ar", "en", "en-gb", "en-gb-x-rp", "nl"]);
});

test("a locale is spoken only when espeak-ng lists it", () => {
  const languages = parseEspeakVoices(output);
  expect(espeakSpeaks(languages, "en")).toBe(true);
  expect(espeakSpeaks(languages, "nl")).toBe(true);
  expect(espeakSpeaks(languages, "uk")).toBe(false);
  expect(espeakSpeaks(parseEspeakVoices(""), "nl")).toBe(false);
});
