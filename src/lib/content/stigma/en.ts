/** English stigma words (see `../stigma.ts`). */
import type { StigmaWordList } from "./term.ts";

const support = ["support", "someone to talk to", "help"];
const hardTime = ["a hard time", "worries", "feeling low"];

export const en: StigmaWordList = {
  terms: [
    {
      word: "mental illness",
      pattern: "mental\\s+illness(?:es)?",
      suggest: hardTime,
    },
    {
      word: "mentally ill",
      pattern: "mentally\\s+ill",
      suggest: ["going through a hard time"],
    },
    {
      word: "mental healthcare",
      pattern: "mental\\s+health\\s*care",
      suggest: support,
    },
    { word: "psychiatric", pattern: "psychiatric", suggest: support },
    { word: "psychiatry", pattern: "psychiatry", suggest: support },
    { word: "psychiatrist", pattern: "psychiatrists?", suggest: support },
    {
      word: "patient",
      pattern: "patients?",
      suggest: ["resident", "visitor", "participant"],
    },
    { word: "disorder", pattern: "disorders?", suggest: hardTime },
    { word: "insane", pattern: "insane|insanity", suggest: hardTime },
    { word: "lunatic", pattern: "lunatics?", suggest: hardTime },
    { word: "psycho", pattern: "psychos?", suggest: hardTime },
  ],
  inflection: "(?:s|es)?",
};
