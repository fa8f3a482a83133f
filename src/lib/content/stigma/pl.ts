/** Polish stigma words (see `../stigma.ts`). */
import { moreLetters as more, type StigmaWordList } from "./term.ts";

const support = ["wsparcie (support)", "ktoś do rozmowy (someone to talk to)"];
const hardTime = ["trudny czas (a hard time)", "zmartwienia (worries)"];

export const pl: StigmaWordList = {
  terms: [
    { word: "psychiatria", pattern: `psychiatr${more}`, suggest: support },
    {
      word: "pacjent",
      pattern: `pacjen${more}`,
      suggest: ["mieszkaniec (resident)", "gość (visitor)", "uczestnik (participant)"],
    },
    {
      word: "choroba psychiczna",
      pattern: `chor${more}\\s+(?:psychiczn|umysłow)${more}`,
      suggest: hardTime,
    },
    {
      word: "zaburzenia psychiczne",
      pattern: `zaburze${more}\\s+psychiczn${more}`,
      suggest: hardTime,
    },
    { word: "wariat", pattern: `waria(?:t|c)${more}`, suggest: hardTime },
  ],
  inflection: "\\p{L}{0,4}",
};
