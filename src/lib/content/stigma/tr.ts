/** Turkish stigma words (see `../stigma.ts`). */
import { moreLetters as more, type StigmaWordList } from "./term.ts";

const support = ["destek (support)", "konuşacak biri (someone to talk to)"];
const hardTime = ["zor bir dönem (a hard time)", "dertler (worries)"];

export const tr: StigmaWordList = {
  terms: [
    { word: "psikiyatri", pattern: `psikiyatri${more}`, suggest: support },
    {
      word: "akıl hastası",
      pattern: `akıl\\s+hasta${more}`,
      suggest: hardTime,
    },
    {
      word: "ruh hastası",
      pattern: `ruh\\s+hasta${more}`,
      suggest: hardTime,
    },
    {
      word: "ruhsal bozukluk",
      pattern: `(?:ruhsal|psikolojik|zihinsel)\\s+bozukluk${more}`,
      suggest: hardTime,
    },
    {
      word: "deli",
      pattern: "deli(?:ler|leri|lere|lik)?",
      suggest: hardTime,
      ownLanguageOnly: true,
    },
  ],
  inflection: more,
};
