/**
 * schema.org JSON-LD: an initiative is an Event with an eventSchedule a search
 * engine can expand; a place has opening hours; the JSON can never end its
 * <script> element early.
 */
import { expect, test } from "vitest";
import { parse } from "node-html-parser";
import {
  initiativeJsonLd,
  jsonLdText,
  localIso,
  placeJsonLd,
  type JsonLd,
} from "../../../src/lib/export/jsonld.ts";
import { context, initiatives, places, trickySummary } from "./sample.ts";

const byslug = (slug: string) => initiatives.find((i) => i.slug === slug)!;
const page = { locale: "nl", title: "Titel", summary: trickySummary };

test("an initiative is an Event with a weekly schedule in the site's time zone", () => {
  const ld = initiativeJsonLd(byslug("koffieochtend"), page, context(), {
    start: new Date("2026-12-01T09:00:00Z"),
    end: new Date("2026-12-01T11:00:00Z"),
  });
  expect(ld["@context"]).toBe("https://schema.org");
  expect(ld["@type"]).toBe("Event");
  expect(ld["startDate"]).toBe("2026-12-01T10:00:00+01:00");
  expect(ld["eventSchedule"]).toEqual([
    {
      "@type": "Schedule",
      byDay: ["https://schema.org/Tuesday", "https://schema.org/Thursday"],
      startTime: "10:00",
      endTime: "12:00",
      repeatFrequency: "P1W",
      exceptDate: ["2026-12-22", "2026-12-24", "2026-12-29", "2026-12-31"],
      scheduleTimezone: "Europe/Amsterdam",
    },
  ]);
  expect(ld["location"]).toMatchObject({
    "@type": "Place",
    name: "Buurthuis De Brug",
    address: { streetAddress: "Kerkstraat 5", postalCode: "1234 AB", addressCountry: "NL" },
  });
  expect(ld["organizer"]).toEqual([
    { "@type": "Organization", name: "Stichting Samen" },
    { "@type": "Organization", name: "Bewonersgroep" },
  ]);
  expect(ld["isAccessibleForFree"]).toBe(true);
});

test("nth weeks, last weekday and every other week", () => {
  const circle = initiativeJsonLd(byslug("vrouwencirkel"), page, context());
  expect(circle["eventSchedule"]).toMatchObject([
    { byMonthWeek: [1, 3], repeatFrequency: "P1M", byDay: ["https://schema.org/Wednesday"] },
  ]);
  expect(circle["audience"]).toEqual({ "@type": "PeopleAudience", suggestedGender: "female" });
  expect(circle["offers"]).toEqual({ "@type": "Offer", price: 2.5, priceCurrency: "EUR" });
  const evening = initiativeJsonLd(byslug("avondgesprek"), page, context());
  expect(evening["eventAttendanceMode"]).toBe("https://schema.org/OnlineEventAttendanceMode");
  expect(evening["eventSchedule"]).toMatchObject([
    { byMonthWeek: [-1], repeatFrequency: "P1M" },
    {
      repeatFrequency: "P2W",
      startDate: "2026-09-01",
      endDate: "2027-06-30",
      byDay: ["https://schema.org/Monday"],
    },
  ]);
});

test("a place has opening hours and its closed days", () => {
  const ld = placeJsonLd(places[0]!, page, context());
  expect(ld["@type"]).toBe("Place");
  expect(ld["openingHoursSpecification"]).toEqual([
    {
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map(
        (d) => `https://schema.org/${d}`,
      ),
      opens: "09:00",
      closes: "17:00",
    },
    {
      "@type": "OpeningHoursSpecification",
      opens: "00:00",
      closes: "00:00",
      validFrom: "2026-12-25",
      validThrough: "2026-12-25",
    },
  ]);
  expect(ld["geo"]).toEqual({ "@type": "GeoCoordinates", latitude: 52.1, longitude: 5.1 });
});

test("</script> in a text cannot end the element, and the JSON means the same", () => {
  const ld: JsonLd = { name: trickySummary, other: "a & b > c \u2028" };
  const text = jsonLdText(ld);
  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(text)).toEqual(ld);
  const doc = parse(`<script type="application/ld+json">${text}</script><p>after</p>`);
  expect(doc.querySelectorAll("script")).toHaveLength(1);
  expect(JSON.parse(doc.querySelector("script")!.textContent)).toEqual(ld);
});

test("local ISO times carry the offset of that day (winter and summer)", () => {
  expect(localIso(new Date("2026-12-01T09:00:00Z"), "Europe/Amsterdam")).toBe(
    "2026-12-01T10:00:00+01:00",
  );
  expect(localIso(new Date("2026-07-01T08:00:00Z"), "Europe/Amsterdam")).toBe(
    "2026-07-01T10:00:00+02:00",
  );
});

test("the same instant asked again, or in another zone, gets that zone's own local time", () => {
  const instant = new Date("2026-12-01T09:00:00Z");
  expect(localIso(instant, "Europe/Amsterdam")).toBe("2026-12-01T10:00:00+01:00");
  expect(localIso(new Date(instant), "Europe/Amsterdam")).toBe("2026-12-01T10:00:00+01:00");
  expect(localIso(instant, "America/New_York")).toBe("2026-12-01T04:00:00-05:00");
});
