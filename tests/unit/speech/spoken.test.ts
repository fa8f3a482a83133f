import { describe, expect, test } from "vitest";
import type { Initiative } from "../../../src/lib/content/model.ts";
import { spokenSegments, spokenText, type SpeechContext } from "../../../src/lib/speech/index.ts";
import type { SpokenPart } from "../../../src/lib/speech/index.ts";
import { context, initiative, locales, withEnglish, type TestLocale } from "./fixtures.ts";

/** The sentences of one part, in order. */
function said(
  entry: Initiative,
  locale: string,
  part: SpokenPart,
  ctx: SpeechContext = context,
): string[] {
  return spokenSegments(entry, locale, ctx)
    .filter((s) => s.part === part)
    .map((s) => s.text);
}

const weekly = initiative();
const monthly = initiative({
  schedule: [{ days: ["we"], weeks: [1, 3], from: "19:00", to: "21:00" }],
});
const everyOther = initiative({
  schedule: [{ days: ["sa"], every: 2, starting: "2026-09-05", from: "10:00", to: "11:30" }],
});

interface Expected {
  weekly: string;
  monthly: string;
  everyOther: string;
  paid: string;
  free: string;
  walkIn: string;
  womenOnly: string;
  online: string;
  noSignUp: string;
  phone: string;
}

const expected: Record<TestLocale, Expected> = {
  en: {
    weekly: "Every Tuesday from ten to twelve.",
    monthly: "Every first and third Wednesday of the month, from seven to nine in the evening.",
    everyOther: "Every other Saturday, from ten to half past eleven in the morning.",
    paid: "It costs two euros fifty.",
    free: "It is free.",
    walkIn: "Just walk in, no need to sign up.",
    womenOnly: "It is for women only.",
    online: "It is online.",
    noSignUp: "No need to sign up.",
    phone: "It is by phone.",
  },
  nl: {
    weekly: "Elke dinsdag van tien tot twaalf uur.",
    monthly: "Elke eerste en derde woensdag van de maand, van zeven tot negen uur 's avonds.",
    everyOther: "Om de week op zaterdag, van tien tot half twaalf 's ochtends.",
    paid: "Het kost twee euro vijftig.",
    free: "Het is gratis.",
    walkIn: "Loop gewoon binnen, je hoeft je niet aan te melden.",
    womenOnly: "Het is alleen voor vrouwen.",
    online: "Het is online.",
    noSignUp: "Je hoeft je niet aan te melden.",
    phone: "Het is via de telefoon.",
  },
  ar: {
    weekly: "كل يوم ثلاثاء من الساعة العاشرة صباحًا حتى الثانية عشرة ظهرًا.",
    monthly: "يوم الأربعاء الأول والثالث من كل شهر، من الساعة السابعة حتى التاسعة مساءً.",
    everyOther: "مرة كل أسبوعين يوم السبت، من الساعة العاشرة حتى الحادية عشرة والنصف صباحًا.",
    paid: "التكلفة يوروان وخمسون سنتًا.",
    free: "المشاركة مجانية.",
    walkIn: "تعال بدون موعد، ولا حاجة إلى التسجيل.",
    womenOnly: "هذا للنساء فقط.",
    online: "يجري اللقاء عبر الإنترنت.",
    noSignUp: "لا حاجة إلى التسجيل.",
    phone: "يجري الحديث عبر الهاتف.",
  },
  tr: {
    weekly: "Her salı saat ondan on ikiye kadar.",
    monthly: "Her ayın birinci ve üçüncü çarşambası, akşam yediden dokuza kadar.",
    everyOther: "İki haftada bir cumartesi günü, sabah ondan on bir buçuğa kadar.",
    paid: "Ücreti iki avro elli sent.",
    free: "Ücretsizdir.",
    walkIn: "Randevusuz gelebilirsiniz, kayıt gerekmez.",
    womenOnly: "Sadece kadınlar içindir.",
    online: "İnternet üzerinden yapılır.",
    noSignUp: "Kayıt gerekmez.",
    phone: "Telefonla yapılır.",
  },
  pl: {
    weekly: "W każdy wtorek od dziesiątej do dwunastej.",
    monthly: "W każdą pierwszą i trzecią środę miesiąca, od siódmej do dziewiątej wieczorem.",
    everyOther: "Co dwa tygodnie w sobotę, od dziesiątej do jedenastej trzydzieści rano.",
    paid: "Kosztuje to dwa euro pięćdziesiąt centów.",
    free: "To nic nie kosztuje.",
    walkIn: "Po prostu przyjdź, nie trzeba się zapisywać.",
    womenOnly: "To jest tylko dla kobiet.",
    online: "Odbywa się przez internet.",
    noSignUp: "Nie trzeba się zapisywać.",
    phone: "Odbywa się przez telefon.",
  },
  uk: {
    weekly: "Щовівторка з десятої до дванадцятої.",
    monthly: "Кожної першої і третьої середи місяця, з сьомої до девʼятої вечора.",
    everyOther: "Раз на два тижні в суботу, з десятої до пів на дванадцяту ранку.",
    paid: "Це коштує два євро пʼятдесят центів.",
    free: "Це безкоштовно.",
    walkIn: "Просто приходьте, записуватися не треба.",
    womenOnly: "Це лише для жінок.",
    online: "Це відбувається онлайн.",
    noSignUp: "Записуватися не треба.",
    phone: "Це відбувається телефоном.",
  },
};

describe.each(locales)("spoken text in %s", (locale) => {
  const want = expected[locale];

  test("a weekly rule: Tuesday 10:00–12:00", () => {
    expect(said(weekly, locale, "when")).toEqual([want.weekly]);
  });

  test("nth weekdays: first and third Wednesday 19:00–21:00", () => {
    expect(said(monthly, locale, "when")).toEqual([want.monthly]);
  });

  test("every other week: Saturday 10:00–11:30", () => {
    expect(said(everyOther, locale, "when")).toEqual([want.everyOther]);
  });

  test("a paid entry: 2.50 euros in words", () => {
    expect(said(initiative({ cost: 2.5 }), locale, "cost")).toEqual([want.paid]);
  });

  test("a free walk-in entry for women only", () => {
    const entry = initiative({ walkIn: true, womenOnly: true });
    expect(said(entry, locale, "cost")).toEqual([want.free]);
    expect(said(entry, locale, "walkIn")).toEqual([want.walkIn]);
    expect(said(entry, locale, "womenOnly")).toEqual([want.womenOnly]);
    // Facts that are not true are not said.
    expect(said(initiative(), locale, "walkIn")).toEqual([]);
    expect(said(initiative(), locale, "womenOnly")).toEqual([]);
  });

  test("online and by phone: no place, and no 'walk in'", () => {
    const online = initiative({ place: "online", walkIn: true });
    expect(said(online, locale, "where")).toEqual([want.online]);
    expect(said(online, locale, "walkIn")).toEqual([want.noSignUp]);
    expect(said(initiative({ place: "phone" }), locale, "where")).toEqual([want.phone]);
    expect(said(online, locale, "directions")).toEqual([]);
  });

  test("every fact sentence is in the reader's language, with no digits left", () => {
    const entry = initiative({ cost: 2.5, walkIn: true, womenOnly: true });
    const facts = spokenSegments(entry, locale, context).filter(
      (s) => !["title", "summary", "where", "directions"].includes(s.part ?? ""),
    );
    expect(facts.length).toBeGreaterThan(3);
    for (const s of facts) {
      expect(s.lang).toBe(locale);
      expect(s.text).not.toMatch(/\d|\{\{|undefined/);
    }
  });
});

describe("the order of what is said", () => {
  test("title, summary, when, where, cost, walk-in, women only, who you meet", () => {
    const entry = withEnglish(
      initiative({ walkIn: true, womenOnly: true, hosts: [{ role: "peer-worker" }] }),
    );
    expect(spokenText(spokenSegments(entry, "en", context))).toBe(
      "Coffee morning. Drink coffee together. Every Tuesday from ten to twelve. " +
        "At De Brug community centre, Kerkstraat 5. Next to the bakery. It is free. " +
        "Just walk in, no need to sign up. It is for women only. You meet a peer worker: " +
        "someone who has been through hard times and is trained to help others.",
    );
  });

  test("each host role once, explained in plain words", () => {
    const entry = initiative({
      hosts: [
        { role: "volunteer", organisation: "A" },
        { role: "peer-worker" },
        { role: "volunteer", organisation: "B" },
      ],
    });
    expect(said(entry, "nl", "hosts")).toEqual([
      "Je ontmoet er een vrijwilliger: iemand die helpt zonder er geld voor te krijgen.",
      "Je ontmoet er een ervaringsdeskundige: iemand die zelf moeilijke tijden heeft " +
        "meegemaakt en heeft geleerd om anderen te helpen.",
    ]);
    expect(said(entry, "tr", "hosts")[1]).toBe(
      "Orada bir deneyim uzmanıyla tanışırsınız: zor zamanlardan geçmiş ve başkalarına " +
        "yardım etmek için eğitim almış biri.",
    );
  });
});

describe("text that falls back to the default language", () => {
  const entry = initiative({ cost: 2.5 });
  const segments = spokenSegments(entry, "ar", context);

  test("title and summary are read as Dutch, with a full stop added", () => {
    expect(segments.slice(0, 2)).toEqual([
      { text: "Koffieochtend.", lang: "nl", part: "title" },
      { text: "Samen koffie drinken.", lang: "nl", part: "summary" },
    ]);
  });

  test("the facts are Arabic", () => {
    expect(segments.filter((s) => s.part === "when" || s.part === "cost")).toEqual([
      { text: expected.ar.weekly, lang: "ar", part: "when" },
      { text: expected.ar.paid, lang: "ar", part: "cost" },
    ]);
  });

  test("an untranslated place name and the street are Dutch inside the Arabic sentence", () => {
    expect(segments.filter((s) => s.part === "where" || s.part === "directions")).toEqual([
      { text: "المكان:", lang: "ar", part: "where" },
      // The Arabic comma of the pattern becomes a Latin one for the Dutch voice.
      { text: "Buurthuis De Brug, Kerkstraat 5.", lang: "nl", part: "where" },
      { text: "Naast de bakker.", lang: "nl", part: "directions" },
    ]);
  });

  test("a translated place name stays in the reader's sentence; the street is Dutch", () => {
    expect(spokenSegments(entry, "en", context).filter((s) => s.part === "where")).toEqual([
      { text: "At De Brug community centre,", lang: "en", part: "where" },
      { text: "Kerkstraat 5.", lang: "nl", part: "where" },
    ]);
  });

  test("a street address without a listed place", () => {
    const elsewhere = initiative({ place: undefined, address: "Dorpsplein 1" });
    expect(said(elsewhere, "nl", "where")).toEqual(["Op dit adres: Dorpsplein 1."]);
    expect(spokenSegments(elsewhere, "uk", context).filter((s) => s.part === "where")).toEqual([
      { text: "Адреса:", lang: "uk", part: "where" },
      { text: "Dorpsplein 1.", lang: "nl", part: "where" },
    ]);
  });
});
