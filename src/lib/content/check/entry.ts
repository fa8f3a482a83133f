/**
 * One entry folder (`places/<slug>/` or `initiatives/<slug>/`): its `index.mdx`
 * (facts checked with the place or initiative schema, the sound files named in
 * `audio` present, the place it names listed), its translations, and every other file
 * in it. The checked entry is the schema's output plus what the folder adds
 * (`initiativeOf` / `placeOf` in `../model.ts`).
 */
import path from "node:path";
import type { z } from "astro/zod";
import { remotePlaces } from "../../facts.ts";
import { isKnownLocale } from "../../i18n/locales.ts";
import { listMsg, msg, worded } from "../../messages/index.ts";
import type { ParsedFile } from "../frontmatter.ts";
import {
  entryTextOf,
  initiativeOf,
  placeOf,
  type EntryText,
  type Initiative,
  type InitiativeFrontMatter,
  type Place,
  type PlaceFrontMatter,
} from "../model.ts";
import { isAudioPath, slugPattern } from "../schema/index.ts";
import { didYouMean } from "../suggest.ts";
import type { EntryContext } from "./context.ts";
import { ignoredFiles, type EntryFolder } from "./files.ts";
import { checkReadability, checkStigma } from "./lints.ts";
import { readMdx, readTranslation } from "./mdx-file.ts";

export interface LoadedEntry {
  /** The checked entry, only when nothing in its folder has an error. */
  value?: Place | Initiative;
  /** Translation files read. */
  translations: number;
}

/** The checked facts of an `index.mdx`, by kind. */
type CheckedFacts =
  { kind: "place"; facts: PlaceFrontMatter } | { kind: "initiative"; facts: InitiativeFrontMatter };

/** `data` parsed with `schema`, or `undefined` after reporting its issues. */
function parseFacts<S extends z.ZodType>(
  context: EntryContext,
  rel: string,
  schema: S,
  data: unknown,
  parsed: ParsedFile,
): z.output<S> | undefined {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  context.report.zod(rel, result.error.issues, schema, parsed);
  return undefined;
}

/** Reports every sound file named in `audio` that is not in the folder; marks the others used. */
function checkAudioFiles(
  context: EntryContext,
  folder: EntryFolder,
  parsed: ParsedFile,
  audio: unknown,
  used: Set<string>,
): void {
  if (folder.kind !== "initiative" || !audio || typeof audio !== "object" || Array.isArray(audio))
    return;
  for (const [locale, file] of Object.entries(audio)) {
    if (typeof file !== "string" || !isAudioPath(file)) continue;
    const target = path.posix.normalize(file);
    if (folder.files.includes(target)) {
      used.add(target);
    } else {
      context.report.error(`${folder.rel}/index.mdx`, {
        line: parsed.lineOf(["audio", locale]),
        field: `audio.${locale}`,
        path: ["audio", locale],
        ...worded({
          message: msg("audio.notInFolder", { file }),
          expected:
            folder.files.length > 1
              ? msg("audio.expectedListed", { files: listMsg(folder.files) })
              : msg("audio.expected"),
          example: `./${locale}.opus`,
        }),
      });
    }
  }
}

/** False (after reporting it) when an initiative's `place` names no listed place. */
function placeExists(
  context: EntryContext,
  folder: EntryFolder,
  parsed: ParsedFile,
  place: unknown,
  placeSlugs: readonly string[],
): boolean {
  if (folder.kind !== "initiative" || typeof place !== "string" || !slugPattern.test(place))
    return true;
  if ((remotePlaces as readonly string[]).includes(place) || placeSlugs.includes(place))
    return true;
  const near = didYouMean(place, placeSlugs);
  const example = near ?? placeSlugs[0];
  context.report.error(`${folder.rel}/index.mdx`, {
    line: parsed.lineOf(["place"]),
    field: "place",
    path: ["place"],
    ...worded({
      message: near ? msg("place.unknownNear", { place, near }) : msg("place.unknown", { place }),
      expected: placeSlugs.length
        ? msg("place.expected", { places: listMsg(placeSlugs) })
        : msg("place.expectedNoPlaces"),
      ...(example !== undefined ? { example } : {}),
    }),
  });
  return false;
}

/**
 * `index.mdx`: its lints, sound files, facts and place reference. The checked facts
 * and the default-language text, or `undefined` when the file has an error.
 */
function readIndex(
  context: EntryContext,
  folder: EntryFolder,
  placeSlugs: readonly string[],
  used: Set<string>,
): { checked: CheckedFacts; text: EntryText } | undefined {
  const { report, facts } = context;
  const indexRel = `${folder.rel}/index.mdx`;
  const read = readMdx(context, indexRel);
  if (!read) return undefined;
  const { parsed, localFiles, body, html } = read;
  for (const f of localFiles) used.add(f);
  const data = parsed.data as Record<string, unknown> | undefined;
  if (!data) return undefined;
  for (const field of ["title", "summary"] as const) {
    checkStigma(
      report,
      indexRel,
      data[field],
      field,
      parsed.lineOf([field]),
      facts.defaultLocale,
      facts.stigmaWords,
    );
  }
  checkReadability(
    report,
    indexRel,
    data["summary"],
    parsed.lineOf(["summary"]),
    facts.defaultLocale,
  );
  checkAudioFiles(context, folder, parsed, data["audio"], used);
  let checked: CheckedFacts | undefined;
  if (folder.kind === "place") {
    const place = parseFacts(context, indexRel, context.schemas.place, data, parsed);
    if (place) checked = { kind: "place", facts: place };
  } else {
    const initiative = parseFacts(context, indexRel, context.schemas.initiative, data, parsed);
    if (initiative) checked = { kind: "initiative", facts: initiative };
  }
  if (!placeExists(context, folder, parsed, data["place"], placeSlugs) || !checked)
    return undefined;
  const text = entryTextOf(checked.facts, {
    locale: facts.defaultLocale,
    body,
    html,
    file: indexRel,
  });
  return { checked, text };
}

/**
 * Every file of the folder but `index.mdx`: translations are read, files in the wrong
 * format or language reported, unused files warned about.
 */
function readOtherFiles(
  context: EntryContext,
  folder: EntryFolder,
  used: Set<string>,
): { texts: Record<string, EntryText>; translations: number; ok: boolean } {
  const { report, facts } = context;
  const texts: Record<string, EntryText> = {};
  let translations = 0;
  let ok = true;
  for (const file of folder.files) {
    if (file === "index.mdx") continue;
    const rel = `${folder.rel}/${file}`;
    const isTopLevel = !file.includes("/");
    if (isTopLevel && file.endsWith(".mdx")) {
      const locale = file.slice(0, -".mdx".length);
      used.add(file);
      if (locale === facts.defaultLocale) {
        report.error(rel, {
          field: "file name",
          ...worded({ message: msg("file.defaultLanguage", { locale, file }) }),
        });
        ok = false;
      } else if (!facts.locales.includes(locale)) {
        const others = facts.locales.filter((l) => l !== facts.defaultLocale);
        const near = didYouMean(locale, others);
        report.error(rel, {
          field: "file name",
          ...worded({
            message: near
              ? msg("file.unknownLocaleNear", { file, locale, near })
              : msg("file.unknownLocale", { file, locale }),
            expected: msg("file.localeFiles", {
              files: others.map((l) => `${l}.mdx`).join(", "),
              defaultLocale: facts.defaultLocale,
            }),
            ...(others[0] ? { example: `${near ?? others[0]}.mdx` } : {}),
          }),
        });
        ok = false;
      } else {
        const text = readTranslation(context, folder, file, locale);
        if (text) {
          texts[locale] = text;
          translations++;
        } else {
          ok = false;
        }
      }
      continue;
    }
    if (used.has(file) || ignoredFiles.has(path.posix.basename(file))) continue;
    const stem = file.replace(/\.[^.]+$/, "");
    if (
      isTopLevel &&
      /\.(md|markdown|mdown|txt)$/i.test(file) &&
      (stem === "index" || isKnownLocale(stem))
    ) {
      const locale = stem;
      report.error(rel, {
        field: "file name",
        ...worded({
          message: msg("file.onlyMdx", { name: `${locale}.mdx` }),
          example: `${locale}.mdx`,
        }),
      });
      ok = false;
      continue;
    }
    report.warning(rel, {
      field: "file",
      ...worded({ message: msg("file.notUsedInEntry"), example: "audio: { ar: ./ar.opus }" }),
    });
  }
  return { texts, translations, ok };
}

/** Checks one entry folder; the entry when nothing in it has an error. */
export function loadEntry(
  context: EntryContext,
  folder: EntryFolder,
  placeSlugs: readonly string[],
): LoadedEntry {
  const { facts } = context;
  const hasIndex = folder.files.includes("index.mdx");
  if (!hasIndex) {
    context.report.error(`${folder.rel}/index.mdx`, {
      field: "index.mdx",
      ...worded({
        message: msg("index.missing", {
          kind: msg(`kind.${folder.kind}`),
          locale: facts.defaultLocale,
        }),
        example: `content/${folder.kind === "place" ? "places/buurthuis-de-linde" : "initiatives/koffieochtend"}/index.mdx`,
      }),
    });
  }
  // index.mdx first: the sound files and images it names are "used" for the others.
  const used = new Set<string>(["index.mdx"]);
  const index = hasIndex ? readIndex(context, folder, placeSlugs, used) : undefined;
  const others = readOtherFiles(context, folder, used);
  if (!index || !others.ok) return { translations: others.translations };

  const text: Record<string, EntryText> = { [facts.defaultLocale]: index.text };
  for (const locale of facts.locales) {
    const t = others.texts[locale];
    if (t) text[locale] = t;
  }
  const value =
    index.checked.kind === "place"
      ? placeOf(index.checked.facts, folder, text)
      : initiativeOf(index.checked.facts, folder, text);
  return { value, translations: others.translations };
}
