/** Arabic stigma words (see `../stigma.ts`). */
import type { StigmaWordList } from "./term.ts";

/** Optional conjunction/preposition and article before a word (و، ف، ب، ك، ل، ال، لل). */
const article = "(?:[وف]?[بكل]?ال|[وف]?لل|[وف]?[بكل]|[وف])?";

const support = ["دعم (support)", "شخص للحديث معه (someone to talk to)"];
const hardTime = ["وقت صعب (a hard time)", "هموم (worries)"];

export const ar: StigmaWordList = {
  terms: [
    {
      word: "مرض نفسي",
      pattern: `${article}(?:مرض|أمراض|امراض)\\s+${article}(?:نفسي|نفسية|عقلي|عقلية)`,
      suggest: hardTime,
    },
    {
      word: "مريض نفسي",
      pattern: `${article}(?:مريض|مريضة|مرضى)\\s+${article}(?:نفسي|نفسية|نفسيين|نفسيون|عقلي|عقلية|عقليين|عقليون)`,
      suggest: ["زائر (visitor)", "مشارك (participant)", "ساكن (resident)"],
    },
    {
      word: "اضطراب نفسي",
      pattern: `${article}(?:اضطراب|اضطرابات)\\s+${article}(?:نفسي|نفسية|عقلي|عقلية)`,
      suggest: hardTime,
    },
    {
      word: "الطب النفسي",
      pattern: `${article}(?:طب|طبيب|أطباء)\\s+${article}(?:نفسي|نفسية|نفسيين|نفسيون)`,
      suggest: support,
    },
    {
      word: "مصحة نفسية",
      pattern: `${article}(?:مصحة|مصحات|مستشفى)\\s+${article}(?:نفسية|عقلية|الأمراض\\s+العقلية)`,
      suggest: support,
    },
    {
      word: "رعاية الصحة النفسية",
      pattern: `${article}رعاية\\s+${article}صحة\\s+${article}نفسية`,
      suggest: support,
    },
    {
      word: "مجنون",
      pattern: `${article}(?:مجنون|مجنونة|مجانين)`,
      suggest: hardTime,
    },
  ],
  wordPrefix: article,
};
