/** Dutch stigma words (see `../stigma.ts`). */
import type { StigmaWordList } from "./term.ts";

const support = ["steun (support)", "iemand om mee te praten (someone to talk to)", "hulp (help)"];
const hardTime = [
  "een moeilijke tijd (a hard time)",
  "zorgen (worries)",
  "het moeilijk hebben (going through a hard time)",
];

export const nl: StigmaWordList = {
  terms: [
    { word: "ggz", pattern: "ggz", suggest: support },
    {
      word: "geestelijke gezondheidszorg",
      pattern: "geestelijke\\s+gezondheidszorg",
      suggest: support,
    },
    {
      word: "psychiatrie",
      pattern: "psychiatri(?:e|sch|sche)",
      suggest: support,
    },
    { word: "psychiater", pattern: "psychiaters?", suggest: support },
    {
      word: "patiënt",
      pattern: "pati[eë]nt(?:en|e|s)?",
      suggest: ["bewoner (resident)", "bezoeker (visitor)", "deelnemer (participant)"],
    },
    { word: "stoornis", pattern: "stoornis(?:sen)?", suggest: hardTime },
    {
      word: "psychisch ziek",
      pattern: "psychische?\\s+ziek(?:e|en)?",
      suggest: hardTime,
    },
    {
      word: "geestesziek",
      pattern: "geestesziek(?:e|en|te|ten)?",
      suggest: hardTime,
    },
    { word: "gestoord", pattern: "gestoord(?:e|en)?", suggest: hardTime },
  ],
  inflection: "(?:en|s|e|n|'s)?",
};
