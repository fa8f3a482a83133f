/**
 * What read-aloud says for an entry, in the reader's language: title, summary, when,
 * closures coming up, where, cost, walk-in, women only, who you meet. Title and
 * summary may fall back to the default language; every fact sentence is in the
 * reader's locale. Each segment says its language, so the right voice reads it.
 */
import type { Initiative, Place } from "../content/model.ts";
import { localizedText } from "../guide/localize.ts";
import { isRemote, whereOf, type Where } from "../guide/where.ts";
import { hostRolesOf } from "../guide/hosts.ts";
import { translator } from "../i18n/translator.ts";
import { grammarFor } from "./locales/index.ts";
import { lowerFirst, ownSentence, sentence } from "./sentence.ts";
import type { SpokenSegment } from "./types.ts";
import { closedSegments, whenSegments } from "./when.ts";

export interface SpeechContext {
  /** The site's default locale: the language untranslated text is in. */
  defaultLocale: string;
  placeBySlug: Map<string, Place>;
  /**
   * Today's date in the site time zone (`YYYY-MM-DD`). When given, closures in the
   * next two weeks are said and rules that have ended are left out.
   */
  today?: string;
}

/** Where it happens; street addresses are read in the default language. */
function whereSegments(where: Where, locale: string, context: SpeechContext): SpokenSegment[] {
  const t = translator(locale);
  switch (where.kind) {
    case "online":
      return sentence(t, locale, "where", "speech.where.online");
    case "phone":
      return sentence(t, locale, "where", "speech.where.phone");
    case "address":
      return where.address.trim() === ""
        ? []
        : sentence(t, locale, "where", "speech.where.address", {
            address: { text: where.address, lang: context.defaultLocale },
          });
    case "place":
      return [
        ...sentence(t, locale, "where", "speech.where.place", {
          place: { text: where.text.title, lang: where.text.locale },
          address: { text: where.place.address, lang: context.defaultLocale },
        }),
        ...ownSentence(where.text.directions ?? "", where.text.directionsLocale, "directions"),
      ];
  }
}

/** Who you meet: one sentence per role, with what that role means. */
function hostSegments(initiative: Initiative, locale: string): SpokenSegment[] {
  const t = translator(locale);
  return hostRolesOf(initiative.hosts).flatMap((role) =>
    sentence(t, locale, "hosts", "speech.meet", {
      who: t(`speech.who.${role}`),
      explain: lowerFirst(t(`role.${role}.explain`), locale).replace(/[.。]\s*$/, ""),
    }),
  );
}

/**
 * The spoken version of `initiative` for a reader of `locale`, as segments in order.
 *
 * @example
 * spokenSegments(coffee, "en", { defaultLocale: "nl", placeBySlug })
 * // [{ text: "Coffee morning.", lang: "en", part: "title" }, …,
 * //  { text: "Every Tuesday from ten to twelve.", lang: "en", part: "when" }, …]
 */
export function spokenSegments(
  initiative: Initiative,
  locale: string,
  context: SpeechContext,
): SpokenSegment[] {
  const t = translator(locale);
  const speaker = { locale, t, grammar: grammarFor(locale) };
  const text = localizedText(initiative, locale, context.defaultLocale);
  const where = whereOf(initiative, context.placeBySlug, locale, context.defaultLocale);
  const segments: SpokenSegment[] = [
    ...ownSentence(text.title, text.locale, "title"),
    ...ownSentence(text.summary, text.locale, "summary"),
    ...whenSegments(initiative.schedule, speaker, context.today),
  ];
  if (context.today) {
    segments.push(
      ...closedSegments(initiative.schedule, initiative.closed, speaker, context.today),
    );
  }
  segments.push(...whereSegments(where, locale, context));
  segments.push(
    ...(initiative.cost === "free" || initiative.cost === 0
      ? sentence(t, locale, "cost", "speech.free")
      : sentence(t, locale, "cost", "speech.cost", {
          amount: speaker.grammar.euros(initiative.cost),
        })),
  );
  if (initiative.walkIn) {
    segments.push(
      ...sentence(t, locale, "walkIn", isRemote(where) ? "speech.noSignUp" : "speech.walkIn"),
    );
  }
  if (initiative.womenOnly) segments.push(...sentence(t, locale, "womenOnly", "speech.womenOnly"));
  segments.push(...hostSegments(initiative, locale));
  return segments;
}

/** The segments as one text, sentences separated by spaces. */
export function spokenText(segments: readonly SpokenSegment[]): string {
  return segments.map((s) => s.text).join(" ");
}
