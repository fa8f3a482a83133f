/**
 * A small made-up guide for the exporter tests, built in code so each test can see
 * the facts it checks: weekly, nth-week, last-weekday and every-other-week rules,
 * two spellings of one organisation, an online and a street-address initiative,
 * and text with commas, quotes, line breaks and `</script>`.
 */
import type { Initiative, Place, SiteConfig } from "../../../src/lib/content/model.ts";
import type { HsdsContext } from "../../../src/lib/export/hsds.ts";

export const site: SiteConfig = {
  name: { nl: "Buurtgids Testwijk", en: "Testwijk Guide" },
  defaultLocale: "nl",
  locales: ["nl", "en", "ar"],
  timeZone: "Europe/Amsterdam",
  posterLanguages: ["nl"],
  helpNow: [],
  stigmaWords: {},
  fictional: true,
  quickExit: { enabled: true, url: "https://www.google.com/search?q=weer" },
};

function text(locale: string, title: string, summary: string, body = "") {
  return { locale, title, summary, body, html: "", file: `x/${locale}.mdx` };
}

export const places: Place[] = [
  {
    kind: "place",
    slug: "de-brug",
    address: "Kerkstraat 5",
    postcode: "1234 AB",
    geo: { lat: 52.1, lon: 5.1 },
    openingHours: [{ days: ["mo", "tu", "we", "th", "fr"], from: "09:00", to: "17:00" }],
    closed: [{ on: "2026-12-25" }],
    wheelchair: true,
    lastVerified: "2026-10-01",
    text: {
      nl: { ...text("nl", "Buurthuis De Brug", "Het buurthuis."), directions: "Naast de bakker." },
      en: text("en", "Community centre De Brug", "The community centre."),
    },
  },
  {
    kind: "place",
    slug: "het-plein",
    address: "Pleinweg 1",
    postcode: "1234 AC",
    openingHours: [],
    closed: [],
    wheelchair: false,
    lastVerified: "2026-09-01",
    text: { nl: text("nl", "Het Plein", "Een plein.") },
  },
];

function initiative(partial: Partial<Initiative> & Pick<Initiative, "slug">): Initiative {
  return {
    kind: "initiative",
    type: "activity",
    needs: ["meet"],
    schedule: [],
    closed: [],
    cost: "free",
    languages: ["nl"],
    womenOnly: false,
    walkIn: false,
    bringSomeone: false,
    children: false,
    wheelchair: false,
    hosts: [],
    contact: {},
    lastVerified: "2026-11-01",
    audio: {},
    text: { nl: text("nl", partial.slug, "Samenvatting.") },
    ...partial,
  };
}

/** Text that breaks naive CSV and HTML writers. */
export const trickySummary =
  'Koffie, thee en "koek".\nNieuwe regel </script><script>alert(1)</script>';

export const initiatives: Initiative[] = [
  initiative({
    slug: "koffieochtend",
    type: "dropin",
    needs: ["meet", "talk"],
    place: "de-brug",
    schedule: [{ days: ["tu", "th"], from: "10:00", to: "12:00" }],
    closed: [{ from: "2026-12-21", until: "2027-01-03", note: "Kerstvakantie" }],
    languages: ["nl", "ar", "tr"],
    walkIn: true,
    bringSomeone: true,
    wheelchair: true,
    hosts: [
      { role: "peer-worker", organisation: "Stichting Samen" },
      { role: "volunteer", organisation: "Bewonersgroep" },
    ],
    contact: { phone: "06 1234 5678", whatsapp: true, afterHours: true },
    text: {
      nl: text("nl", "Koffieochtend", trickySummary, "Kom binnen."),
      en: text("en", "Coffee morning", "Coffee and a chat.", "Come in."),
    },
  }),
  initiative({
    slug: "vrouwencirkel",
    type: "group",
    needs: ["share"],
    place: "het-plein",
    schedule: [{ days: ["we"], weeks: [1, 3], from: "19:30", to: "21:00" }],
    cost: 2.5,
    womenOnly: true,
    languages: ["ar", "nl"],
    hosts: [{ role: "peer-worker", organisation: "  stichting   samen " }],
    contact: { email: "cirkel@example.org" },
    lastVerified: "2026-08-15",
    text: { nl: text("nl", "=Vrouwencirkel", "Vrouwen praten samen.") },
  }),
  initiative({
    slug: "avondgesprek",
    type: "group",
    needs: ["talk"],
    place: "online",
    schedule: [
      { days: ["fr"], weeks: [-1], from: "18:00", to: "20:00" },
      {
        days: ["mo"],
        every: 2,
        starting: "2026-09-07",
        from: "19:30",
        to: "21:00",
        validFrom: "2026-09-01",
        validUntil: "2027-06-30",
      },
    ],
    languages: ["uk", "en"],
    hosts: [{ role: "resident" }],
    text: { nl: text("nl", "Avondgesprek", "Online praten.") },
  }),
  initiative({
    slug: "zwemmen",
    needs: ["move"],
    address: "Zwembad De Golf, Badweg 2, 1234 AD Testdorp",
    schedule: [{ days: ["sa"], from: "08:00", to: "09:00" }],
    cost: 4,
    womenOnly: true,
    hosts: [{ role: "professional", organisation: "Sportservice" }],
    contact: { phone: "020 123 4567" },
    text: { nl: text("nl", "Zwemmen voor vrouwen", "Zwemmen.") },
  }),
];

/** The context the exporters get in the build, for this guide. */
export function context(overrides: Partial<HsdsContext> = {}): HsdsContext {
  return {
    site,
    places,
    initiatives,
    today: "2026-11-25",
    base: "/",
    siteUrl: "https://gids.example.org",
    area: { city: "Testdorp", stateProvince: "Utrecht", country: "NL" },
    ...overrides,
  };
}
