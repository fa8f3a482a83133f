/** Ukrainian stigma words (see `../stigma.ts`). */
import { moreLetters as more, type StigmaWordList } from "./term.ts";

const support = ["підтримка (support)", "людина, з якою можна поговорити (someone to talk to)"];
const hardTime = ["важкий час (a hard time)", "турботи (worries)"];

export const uk: StigmaWordList = {
  terms: [
    { word: "психіатрія", pattern: `психіатр${more}`, suggest: support },
    {
      word: "пацієнт",
      pattern: `пацієнт${more}`,
      suggest: ["мешканець (resident)", "відвідувач (visitor)", "учасник (participant)"],
    },
    {
      word: "психічно хворий",
      pattern: `психічно\\s+хвор${more}`,
      suggest: hardTime,
    },
    {
      word: "психічна хвороба",
      pattern: `психічн${more}\\s+(?:хвороб|захворюван|розлад)${more}`,
      suggest: hardTime,
    },
    { word: "божевільний", pattern: `божевіл${more}`, suggest: hardTime },
  ],
  inflection: "\\p{L}{0,4}",
};
