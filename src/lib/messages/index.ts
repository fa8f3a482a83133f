/**
 * The words of the volunteer tools, in Dutch and English (`i18n/tools/<language>.json`).
 * The content check returns problems as messages (`msg.ts`: a key and parameters, plus
 * the field path); the tools say them in the reader's language (`say.ts`), with the
 * field named the way CONTRIBUTING names it (`fields.ts`). The language comes from
 * `--lang`, else the terminal's locale, else English (`language.ts`).
 */
export { fieldLabel, parseFieldPath, type FieldPath } from "./fields.ts";
export {
  langOption,
  toolLanguage,
  toolLanguageOf,
  toolLanguages,
  type ToolLanguage,
} from "./language.ts";
export { isMsg, listMsg, msg, type Msg, type MsgParam, type Said, type ToolKey } from "./msg.ts";
export { say, sayText, toolStrings, worded, type Worded } from "./say.ts";
