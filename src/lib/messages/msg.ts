/**
 * A message of the volunteer tools (`npm run check`, `stale`, `translations`) as data:
 * a key of `i18n/tools/<language>.json` and its parameters. The content check returns
 * messages in this form (`Said` on a `Problem`), and a formatter says them in the
 * reader's language (`say.ts`). A parameter is a value shown as it is (a field value,
 * a number) or another message, said in the same language.
 *
 *     msg("issue.missing")                              // "is missing" / "ontbreekt"
 *     msg("file.tooLarge", { kb: 52, max: 40 })
 *     msg("hint.oneOf", { list: listMsg(["mo", "tu"]) })
 */
import en from "../../../i18n/tools/en.json" with { type: "json" };

type PluralSuffix = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";
type BaseKey<K> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every key of the volunteer-tool strings (plural keys without their `_one`/`_other`). */
export type ToolKey = BaseKey<keyof typeof en>;

/** The English strings; `say.ts` holds every language. */
export const englishStrings: Readonly<Record<string, string>> = en;

/** A parameter: shown as it is, or a message said in the same language. */
export type MsgParam = string | number | Msg;

/** One message: a key and its parameters (`count` picks the plural form). */
export interface Msg {
  key: ToolKey;
  params?: Readonly<Record<string, MsgParam>>;
}

/**
 * A problem as messages: the sentence, what was expected, and an example. An example
 * given as a plain string is a value as it is written in the file (`"19:30"`,
 * `[tu, th]`) and is shown as it is in every language.
 */
export interface Said {
  message: Msg;
  expected?: Msg | string;
  example?: Msg | string;
}

/** A message with its key and parameters. */
export function msg(key: ToolKey, params?: Readonly<Record<string, MsgParam>>): Msg {
  return params === undefined ? { key } : { key, params };
}

/** True for a message (as opposed to a plain value). */
export function isMsg(value: unknown): value is Msg {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { key?: unknown }).key === "string"
  );
}

/**
 * A list of values for a message: `a, b, c`, or the first `max` and how many there are
 * in all (`a, b, c, … (12 in all)`).
 */
export function listMsg(values: readonly string[], max = 8): Msg {
  if (values.length <= max) return msg("list.all", { items: values.join(", ") });
  return msg("list.first", { items: values.slice(0, max).join(", "), count: values.length });
}
