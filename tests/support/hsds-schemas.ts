/**
 * Validation against the official Open Referral HSDS 3.0 JSON schemas with Ajv
 * (draft 2020-12, the dialect of the specification's openapi.json). The schema files
 * are public material from openreferral/specification (tag v3.0) and are not part of
 * this repository: the first folder that exists of `HSDS_SCHEMAS`,
 * `tests/fixtures/hsds-3.0/schema` and `../shared/hsds-3.0/schema` is used.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const root = path.resolve(import.meta.dirname, "../..");

/** Where the schemas are looked for, in order. */
export const schemaDirCandidates = [
  process.env.HSDS_SCHEMAS,
  path.join(root, "tests/fixtures/hsds-3.0/schema"),
  path.join(root, "../shared/hsds-3.0/schema"),
].filter((dir): dir is string => Boolean(dir));

/** The folder with service.json, organization.json, … or undefined when there is none. */
export function hsdsSchemaDir(): string | undefined {
  return schemaDirCandidates.find((dir) => existsSync(path.join(dir, "service.json")));
}

/** Keywords of the HSDS schema files that are annotations, not JSON Schema. */
const annotations = [
  "name",
  "path",
  "datapackage_metadata",
  "datapackage_type",
  "constraints",
  "example",
  "core",
  "tabular_required",
];

type Schema = { [key: string]: unknown };

/**
 * Forbid properties a schema does not name, everywhere, as the specification's own
 * validate_examples_json_schema.sh does: a misspelt field name must fail.
 */
function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) {
    schema.forEach(closeObjects);
    return;
  }
  if (!schema || typeof schema !== "object") return;
  const s = schema as Schema;
  if (s["properties"] && s["additionalProperties"] === undefined) s["additionalProperties"] = false;
  for (const value of Object.values(s)) closeObjects(value);
}

export type HsdsValidate = (schemaName: string, rows: readonly unknown[]) => string[];

/**
 * A validator for rows of an HSDS table; returns readable errors ("schedule[2]/freq
 * must be equal to one of the allowed values"), empty when all rows are valid.
 */
export function hsdsValidator(dir: string): HsdsValidate {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addVocabulary(annotations);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    if (file === "openapi.json") continue;
    const schema = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Schema;
    closeObjects(schema);
    // The files refer to each other by file name ("$ref": "phone.json").
    schema["$id"] = `https://hsds.schema.test/${file}`;
    ajv.addSchema(schema);
  }
  return (schemaName, rows) => {
    const validate = ajv.getSchema(`https://hsds.schema.test/${schemaName}.json`);
    if (!validate) return [`no schema ${schemaName}.json in ${dir}`];
    return rows.flatMap((row, index) =>
      validate(row)
        ? []
        : (validate.errors ?? []).map(
            (e) =>
              `${schemaName}[${index}]${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
          ),
    );
  };
}

/** The `path` a schema file gives its table, e.g. "services.csv" for service.json. */
export function hsdsTablePath(dir: string, schemaName: string): string | undefined {
  const schema = JSON.parse(readFileSync(path.join(dir, `${schemaName}.json`), "utf8")) as Schema;
  return typeof schema["path"] === "string" ? schema["path"] : undefined;
}
