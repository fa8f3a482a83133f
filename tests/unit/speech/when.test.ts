import { describe, expect, test } from "vitest";
import { grammarFor, spokenSegments } from "../../../src/lib/speech/index.ts";
import { context, initiative, locales, type TestLocale } from "./fixtures.ts";

const ranges = [
  ["09:30", "11:30"],
  ["11:00", "13:45"],
  ["17:15", "19:20"],
  ["22:00", "24:00"],
  ["12:00", "14:05"],
] as const;

/** Spoken ranges: half hours, quarters, a range across two parts of the day, midnight. */
const spokenRanges: Record<TestLocale, string[]> = {
  en: [
    "from half past nine to half past eleven in the morning",
    "from eleven in the morning to quarter to two in the afternoon",
    "from quarter past five in the afternoon to seven twenty in the evening",
    "from ten in the evening to midnight",
    "from twelve to two oh five in the afternoon",
  ],
  nl: [
    "van half tien tot half twaalf 's ochtends",
    "van elf uur 's ochtends tot kwart voor twee 's middags",
    "van kwart over vijf 's middags tot tien voor half acht 's avonds",
    "van tien uur 's avonds tot middernacht",
    "van twaalf tot vijf over twee 's middags",
  ],
  ar: [
    "من الساعة التاسعة والنصف حتى الحادية عشرة والنصف صباحًا",
    "من الساعة الحادية عشرة صباحًا حتى الثانية إلا ربعًا ظهرًا",
    "من الساعة الخامسة والربع بعد الظهر حتى السابعة والثلث مساءً",
    "من الساعة العاشرة مساءً حتى منتصف الليل",
    "من الساعة الثانية عشرة ظهرًا حتى الثانية وخمس دقائق بعد الظهر",
  ],
  tr: [
    "sabah dokuz buçuktan on bir buçuğa kadar",
    "sabah on birden öğleden sonra bir kırk beşe kadar",
    "öğleden sonra beş on beşten akşam yedi yirmiye kadar",
    "akşam ondan gece yarısına kadar",
    "öğlen on ikiden öğleden sonra iki sıfır beşe kadar",
  ],
  pl: [
    "od dziewiątej trzydzieści do jedenastej trzydzieści rano",
    "od jedenastej rano do pierwszej czterdzieści pięć po południu",
    "od piątej piętnaście po południu do siódmej dwadzieścia wieczorem",
    "od dziesiątej wieczorem do północy",
    "od dwunastej do drugiej zero pięć po południu",
  ],
  uk: [
    "з пів на десяту до пів на дванадцяту ранку",
    "з одинадцятої ранку до першої сорок пʼять дня",
    "з пʼятої пʼятнадцять дня до сьомої двадцять вечора",
    "з десятої вечора до опівночі",
    "з дванадцятої до другої нуль пʼять дня",
  ],
};

/** Monday, Wednesday and Friday 09:30–11:30, and every three weeks on Friday and Sunday. */
const moreRules: Record<TestLocale, [string, string]> = {
  en: [
    "Every Monday, Wednesday and Friday from half past nine to half past eleven in the morning.",
    "Every three weeks on Friday and Sunday, from ten to twelve.",
  ],
  nl: [
    "Elke maandag, woensdag en vrijdag van half tien tot half twaalf 's ochtends.",
    "Om de drie weken op vrijdag en zondag, van tien tot twaalf uur.",
  ],
  ar: [
    "كل يوم اثنين وأربعاء وجمعة من الساعة التاسعة والنصف حتى الحادية عشرة والنصف صباحًا.",
    "مرة كل ثلاثة أسابيع يومي الجمعة والأحد، من الساعة العاشرة صباحًا حتى الثانية عشرة ظهرًا.",
  ],
  tr: [
    "Her pazartesi, çarşamba ve cuma sabah dokuz buçuktan on bir buçuğa kadar.",
    "Üç haftada bir cuma ve pazar günleri, saat ondan on ikiye kadar.",
  ],
  pl: [
    "W poniedziałki, środy i piątki od dziewiątej trzydzieści do jedenastej trzydzieści rano.",
    "Co trzy tygodnie w piątek i w niedzielę, od dziesiątej do dwunastej.",
  ],
  uk: [
    "Щопонеділка, щосереди і щопʼятниці з пів на десяту до пів на дванадцяту ранку.",
    "Раз на три тижні в пʼятницю і в неділю, з десятої до дванадцятої.",
  ],
};

/** A closed day and a closed range in the next two weeks, and the rule's end date. */
const closures: Record<TestLocale, string[]> = {
  en: [
    "This runs until March thirtieth.",
    "Not on December twenty-second.",
    "Not from December twenty-eighth to January fourth.",
  ],
  nl: [
    "Dit loopt tot en met dertig maart.",
    "Niet op tweeëntwintig december.",
    "Niet van achtentwintig december tot en met vier januari.",
  ],
  ar: [
    "يستمر هذا حتى الثلاثين من مارس.",
    "لا يُقام اللقاء في الثاني والعشرين من ديسمبر.",
    "لا يُقام اللقاء من الثامن والعشرين من ديسمبر حتى الرابع من يناير.",
  ],
  tr: [
    "Otuz Mart tarihine kadar sürüyor.",
    "Yirmi iki Aralık günü yapılmayacak.",
    "Yirmi sekiz Aralık ile dört Ocak arasında yapılmayacak.",
  ],
  pl: [
    "Trwa do trzydziestego marca.",
    "Nie odbędzie się dwudziestego drugiego grudnia.",
    "Nie odbędzie się od dwudziestego ósmego grudnia do czwartego stycznia.",
  ],
  uk: [
    "Триває до тридцятого березня.",
    "Двадцять другого грудня зустрічі не буде.",
    "З двадцять восьмого грудня до четвертого січня зустрічей не буде.",
  ],
};

const closing = initiative({
  schedule: [{ days: ["tu"], from: "10:00", to: "12:00", validUntil: "2027-03-30" }],
  closed: [
    { on: "2026-12-22", note: "Kerstborrel" },
    { from: "2026-12-28", until: "2027-01-04" },
    // Further ahead than two weeks: not said yet.
    { on: "2027-02-16" },
  ],
});

describe.each(locales)("when, in %s", (locale) => {
  test("times of day said the way people say them", () => {
    const grammar = grammarFor(locale);
    expect(ranges.map(([from, to]) => grammar.timeRange(from, to))).toEqual(spokenRanges[locale]);
  });

  test("several days, and every three weeks", () => {
    const entry = initiative({
      schedule: [
        { days: ["mo", "we", "fr"], from: "09:30", to: "11:30" },
        { days: ["fr", "su"], every: 3, starting: "2026-09-04", from: "10:00", to: "12:00" },
      ],
    });
    const when = spokenSegments(entry, locale, context).filter((s) => s.part === "when");
    expect(when.map((s) => s.text)).toEqual(moreRules[locale]);
  });

  test("the end of a rule and closures in the next two weeks", () => {
    const segments = spokenSegments(closing, locale, { ...context, today: "2026-12-20" });
    const told = segments.filter((s) => s.part === "when" || s.part === "closed");
    expect(told.slice(1).map((s) => s.text)).toEqual(closures[locale]);
  });
});

describe("which closures and rules are said", () => {
  test("without today, no closures are said", () => {
    expect(spokenSegments(closing, "en", context).filter((s) => s.part === "closed")).toEqual([]);
  });

  test("a closure on a day without a meeting is not said", () => {
    const segments = spokenSegments(initiative({ closed: [{ on: "2026-12-23" }] }), "en", {
      ...context,
      today: "2026-12-20",
    });
    expect(segments.filter((s) => s.part === "closed")).toEqual([]);
  });

  test("several closed days in one sentence", () => {
    const entry = initiative({
      schedule: [{ days: ["mo", "fr"], from: "09:30", to: "11:30" }],
      closed: [{ on: "2027-01-01" }, { on: "2026-12-25" }],
    });
    const segments = spokenSegments(entry, "pl", { ...context, today: "2026-12-20" });
    expect(segments.filter((s) => s.part === "closed").map((s) => s.text)).toEqual([
      "Nie odbędzie się dwudziestego piątego grudnia i pierwszego stycznia.",
    ]);
  });

  test("a rule that has ended is left out; one that starts later says when", () => {
    const entry = initiative({
      schedule: [
        { days: ["tu"], from: "10:00", to: "12:00", validUntil: "2026-12-01" },
        { days: ["th"], from: "14:00", to: "16:00", validFrom: "2027-01-07" },
      ],
    });
    const when = spokenSegments(entry, "en", { ...context, today: "2026-12-20" })
      .filter((s) => s.part === "when")
      .map((s) => s.text);
    expect(when).toEqual([
      "Every Thursday from two to four in the afternoon.",
      "This starts on January seventh.",
    ]);
    const later = spokenSegments(entry, "en", { ...context, today: "2027-02-01" })
      .filter((s) => s.part === "when")
      .map((s) => s.text);
    expect(later).toEqual(["Every Thursday from two to four in the afternoon."]);
  });
});

describe("dates and amounts in words", () => {
  test("every day of the month is in words", () => {
    for (const locale of locales) {
      const grammar = grammarFor(locale);
      const days = Array.from({ length: 31 }, (_, i) =>
        grammar.date(`2027-01-${String(i + 1).padStart(2, "0")}`),
      );
      for (const day of days) expect(day).not.toMatch(/\d|undefined/);
      expect(new Set(days).size).toBe(31);
    }
  });

  test("first and thirty-first", () => {
    const said = (locale: string) =>
      [grammarFor(locale).date("2027-01-01"), grammarFor(locale).date("2027-03-31")].join(" | ");
    expect(said("en")).toBe("January first | March thirty-first");
    expect(said("nl")).toBe("één januari | eenendertig maart");
    expect(said("ar")).toBe("الأول من يناير | الحادي والثلاثين من مارس");
    expect(said("tr")).toBe("bir Ocak | otuz bir Mart");
    expect(said("pl")).toBe("pierwszego stycznia | trzydziestego pierwszego marca");
    expect(said("uk")).toBe("першого січня | тридцять першого березня");
  });

  test("euros: whole, cents only, and numbers that change the noun", () => {
    const amounts = [1, 0.5, 12, 21.75];
    const said = (locale: string) => amounts.map((a) => grammarFor(locale).euros(a));
    expect(said("en")).toEqual([
      "one euro",
      "fifty cents",
      "twelve euros",
      "twenty-one euros seventy-five",
    ]);
    expect(said("nl")).toEqual([
      "één euro",
      "vijftig cent",
      "twaalf euro",
      "eenentwintig euro vijfenzeventig",
    ]);
    expect(said("ar")).toEqual([
      "يورو واحد",
      "خمسون سنتًا",
      "اثنا عشر يورو",
      "واحد وعشرون يورو وخمسة وسبعون سنتًا",
    ]);
    expect(grammarFor("ar").euros(5)).toBe("خمسة يوروهات");
    expect(said("tr")).toEqual([
      "bir avro",
      "elli sent",
      "on iki avro",
      "yirmi bir avro yetmiş beş sent",
    ]);
    expect(said("pl")).toEqual([
      "jedno euro",
      "pięćdziesiąt centów",
      "dwanaście euro",
      "dwadzieścia jeden euro siedemdziesiąt pięć centów",
    ]);
    expect(grammarFor("pl").euros(3.22)).toBe("trzy euro dwadzieścia dwa centy");
    expect(said("uk")).toEqual([
      "один євро",
      "пʼятдесят центів",
      "дванадцять євро",
      "двадцять один євро сімдесят пʼять центів",
    ]);
    expect(grammarFor("uk").euros(3.21)).toBe("три євро двадцять один цент");
  });
});
