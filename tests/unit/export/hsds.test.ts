/**
 * The Open Referral HSDS 3.0 export: valid against the official JSON schemas (Ajv,
 * draft 2020-12, unknown fields forbidden), stable UUID v5 ids, deduplicated host
 * organisations, schedules as RRULE parts, and links between tables that hold.
 */
import { describe, expect, test } from "vitest";
import { validate as isUuid, version as uuidVersion } from "uuid";
import { hsdsExport, hsdsIndex, hsdsTables } from "../../../src/lib/export/hsds.ts";
import {
  hsdsSchemaDir,
  hsdsTablePath,
  hsdsValidator,
  schemaDirCandidates,
} from "../../support/hsds-schemas.ts";
import { context } from "./sample.ts";

const exported = hsdsExport(context());
const serviceOf = (slug: string) =>
  exported.service.find((s) => s["name"] === slug || String(s["url"]).includes(`/${slug}/`))!;

const schemaDir = hsdsSchemaDir();
const missing = `official HSDS 3.0 schemas not found in ${schemaDirCandidates.join(" or ")}`;

describe.skipIf(!schemaDir)(
  `against the official HSDS 3.0 schemas${schemaDir ? "" : ` (${missing})`}`,
  () => {
    const validate = schemaDir ? hsdsValidator(schemaDir) : () => [];

    test("every row of every table is valid", () => {
      const errors = hsdsTables.flatMap((table) => validate(table.schema, exported[table.schema]));
      expect(errors).toEqual([]);
    });

    test("a misspelt field or a frequency HSDS does not know is caught", () => {
      const schedule = exported.schedule[0]!;
      expect(validate("schedule", [{ ...schedule, opens: "10:00" }])).not.toEqual([]);
      expect(validate("schedule", [{ ...schedule, freq: "DAILY" }])).not.toEqual([]);
      expect(validate("service", [{ id: "not-a-uuid", name: "x", status: "active" }])).not.toEqual(
        [],
      );
    });

    test("each table is published under the name HSDS gives it", () => {
      for (const table of hsdsTables) {
        expect(hsdsTablePath(schemaDir ?? "", table.schema)).toBe(`${table.file}.csv`);
      }
    });
  },
);

test("ids are UUID version 5, unique per table, the same on every build", () => {
  const again = hsdsExport(context());
  for (const table of hsdsTables) {
    const ids = exported[table.schema].map((r) => String(r["id"]));
    for (const id of ids) {
      expect(isUuid(id)).toBe(true);
      expect(uuidVersion(id)).toBe(5);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(again[table.schema].map((r) => r["id"])).toEqual(ids);
  }
});

test("host organisations are deduplicated by name, spaces and case", () => {
  const names = exported.organization.map((o) => o["name"]);
  expect(names).toEqual(["Bewonersgroep", "Sportservice", "Stichting Samen"]);
  const samen = exported.organization.find((o) => o["name"] === "Stichting Samen")!;
  expect(samen["description"]).toContain("Koffieochtend");
  expect(samen["description"]).toContain("=Vrouwencirkel");
});

test("hosts are contacts with their role and organisation", () => {
  const coffee = serviceOf("koffieochtend");
  const contacts = exported.contact.filter((c) => c["service_id"] === coffee["id"]);
  expect(contacts.map((c) => c["title"])).toEqual(["Ervaringsdeskundige", "Vrijwilliger"]);
  const samen = exported.organization.find((o) => o["name"] === "Stichting Samen")!;
  expect(contacts[0]?.["organization_id"]).toBe(samen["id"]);
  expect(coffee["organization_id"]).toBe(samen["id"]);
});

test("schedules: RRULE parts in columns, times, validity and first date", () => {
  const evening = serviceOf("avondgesprek");
  const rules = exported.schedule.filter((s) => s["service_id"] === evening["id"]);
  expect(rules).toHaveLength(2);
  expect(rules[0]).toMatchObject({ freq: "MONTHLY", byday: "-1FR", interval: 1 });
  expect(rules[0]).toMatchObject({ opens_at: "18:00", closes_at: "20:00" });
  expect(rules[1]).toMatchObject({
    freq: "WEEKLY",
    interval: 2,
    byday: "MO",
    wkst: "MO",
    dtstart: "2026-09-07",
    valid_from: "2026-09-01",
    valid_to: "2027-06-30",
  });
  expect(String(rules[0]?.["notes"])).toContain("Europe/Amsterdam");
  expect(rules[0]?.["attending_type"]).toBe("Online");
  const circle = serviceOf("=Vrouwencirkel");
  expect(exported.schedule.find((s) => s["service_id"] === circle["id"])?.["byday"]).toBe(
    "1WE,3WE",
  );
});

test("services: last checked, status, cost, women only, walk-in", () => {
  const coffee = serviceOf("koffieochtend");
  expect(coffee["assured_date"]).toBe("2026-11-01");
  expect(coffee["status"]).toBe("active");
  expect(coffee["application_process"]).toContain("Gewoon binnenlopen");
  expect(coffee["alert"]).toContain("Kerstvakantie");
  const circle = serviceOf("=Vrouwencirkel");
  expect(circle["eligibility_description"]).toBe("Alleen voor vrouwen");
  expect(exported.cost_option.find((c) => c["service_id"] === circle["id"])).toMatchObject({
    amount: 2.5,
    currency: "EUR",
  });
  const closed = hsdsExport(context({ today: "2026-12-24" }));
  expect(closed.service.find((s) => s["id"] === coffee["id"])?.["status"]).toBe(
    "temporarily closed",
  );
});

test("places become locations with geo, address and accessibility; online is virtual", () => {
  const brug = exported.location.find((l) => l["name"] === "Buurthuis De Brug")!;
  expect(brug).toMatchObject({ location_type: "physical", latitude: 52.1, longitude: 5.1 });
  expect(brug["transportation"]).toBe("Naast de bakker.");
  expect(exported.address.find((a) => a["location_id"] === brug["id"])).toMatchObject({
    address_1: "Kerkstraat 5",
    postal_code: "1234 AB",
    city: "Testdorp",
    state_province: "Utrecht",
    country: "NL",
    address_type: "physical",
  });
  expect(exported.accessibility.find((a) => a["location_id"] === brug["id"])).toBeDefined();
  expect(exported.location.find((l) => l["location_type"] === "virtual")?.["name"]).toBe("Online");
  const { area: _, ...withoutArea } = context();
  expect(hsdsExport(withoutArea).address).toEqual([]);
});

test("languages, and phones for voice and WhatsApp", () => {
  const coffee = serviceOf("koffieochtend");
  const languages = exported.language.filter((l) => l["service_id"] === coffee["id"]);
  expect(languages.map((l) => l["code"])).toEqual(["nl", "ar", "tr"]);
  expect(languages[1]?.["name"]).toBe("Arabisch");
  const phones = exported.phone.filter((p) => p["service_id"] === coffee["id"]);
  expect(phones.map((p) => p["type"])).toEqual(["voice", "text"]);
  expect(phones[0]?.["number"]).toBe("06 1234 5678");
});

test("every link between tables points at an existing row", () => {
  const ids = (table: keyof typeof exported) => new Set(exported[table].map((r) => r["id"]));
  const targets = {
    service_id: ids("service"),
    location_id: ids("location"),
    organization_id: ids("organization"),
  };
  for (const table of hsdsTables) {
    for (const row of exported[table.schema]) {
      for (const [key, known] of Object.entries(targets)) {
        if (row[key] !== undefined)
          expect(known.has(row[key]), `${table.schema}.${key}`).toBe(true);
      }
    }
  }
  const served = new Set(exported.service_at_location.map((s) => s["service_id"]));
  expect(exported.service.filter((s) => !served.has(s["id"])).map((s) => s["name"])).toEqual([]);
});

test("the index lists every table with its URL and row count", () => {
  const index = hsdsIndex(exported, context());
  expect(index.version).toBe("3.0");
  expect(index.tables.map((t) => t.url)).toContain(
    "https://gids.example.org/data/hsds/services.json",
  );
  expect(index.tables.find((t) => t.name === "service")?.rows).toBe(4);
});
