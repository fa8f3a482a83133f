/**
 * Finding a field inside a schema by its path (`schedule.0.from`), through objects,
 * lists, maps, unions and wrappers (optional, default, transform): its hint, and the
 * field names an object accepts (for "did you mean").
 */
import { z } from "astro/zod";
import { fieldHints, type FieldHint } from "./hints.ts";

/** Strips optional/default/nullable/pipe wrappers, reporting each layer to `visit`. */
export function unwrap(schema: z.ZodType, visit?: (s: z.ZodType) => void): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 20; i++) {
    visit?.(current);
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly ||
      current instanceof z.ZodCatch
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
  return current;
}

function child(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    return typeof key === "string" ? (s.shape as Record<string, z.ZodType>)[key] : undefined;
  }
  if (s instanceof z.ZodArray) return s.element as z.ZodType;
  if (s instanceof z.ZodRecord) return s.valueType as z.ZodType;
  if (s instanceof z.ZodUnion) {
    for (const option of s.options as readonly z.ZodType[]) {
      const found = child(option, key);
      if (found) return found;
    }
  }
  return undefined;
}

/** The field schema at `path` inside `root` (through objects, lists, maps, unions). */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    current = child(current, key);
  }
  return current;
}

/** The hint registered on the field at `path`, looking through wrappers. */
export function hintAt(root: z.ZodType, path: readonly PropertyKey[]): FieldHint | undefined {
  const schema = schemaAt(root, path);
  if (!schema) return undefined;
  let found: FieldHint | undefined;
  unwrap(schema, (s) => {
    found ??= fieldHints.get(s);
  });
  return found;
}

/** Field names the object at `path` accepts (for "did you mean"). */
export function fieldNamesAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, path);
  const s = schema ? unwrap(schema) : undefined;
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
