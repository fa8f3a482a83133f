/** One espeak-ng run per file: the segments as SSML, each in its own voice. */
import { expect, test } from "vitest";
import { escapeSsml, speechMarkup } from "../../../src/lib/audio/ssml.ts";

test("one voice per segment, a pause between them, each text ending its line", () => {
  const markup = speechMarkup(
    [
      { text: "Koffieochtend.", voice: "nl" },
      { text: "Every Monday.", voice: "en" },
    ],
    600,
  );
  expect(markup).toBe(
    '<speak><voice name="nl">Koffieochtend.\n</voice><break time="600ms"/>' +
      '<voice name="en">Every Monday.\n</voice></speak>',
  );
});

test("text cannot become markup: & < > are escaped, quotes in text stay as they are", () => {
  expect(escapeSsml(`Tom & Jerry <b>'s avonds "samen"</b>`)).toBe(
    `Tom &amp; Jerry &lt;b&gt;'s avonds "samen"&lt;/b&gt;`,
  );
  const markup = speechMarkup([{ text: '<break time="9s"/>', voice: 'nl" x="' }], 300);
  expect(markup).not.toContain('<break time="9s"/>');
  expect(markup).toContain('<voice name="nl&quot; x=&quot;">');
});
