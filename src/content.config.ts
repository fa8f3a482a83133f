/**
 * Content collections. One loader reads the content folder (`BUURTGIDS_CONTENT`,
 * default `./content`) through the same checks as `npm run check`: content files are
 * read as text and parsed, never compiled, so nothing in them can run.
 */
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import type { Loader, LoaderContext } from "astro/loaders";
import { contentDir } from "./lib/content/content-dir.ts";
import { checkedGuide } from "./data/checked-guide.ts";
import type { Guide, Initiative, Place, SiteConfig } from "./lib/content/model.ts";

/** Body HTML per locale, rendered from the checked Markdown body. */
type WithHtml<T> = T & { html: Record<string, string> };
export type InitiativeEntry = WithHtml<Initiative>;
export type PlaceEntry = WithHtml<Place>;

/** The checked guide: the build's one check, made again after an edit in `astro dev`. */
function guide(): Promise<Guide> {
  return checkedGuide(contentDir());
}

function watchContent(context: LoaderContext, reload: () => Promise<void>) {
  const dir = contentDir();
  context.watcher?.add(dir);
  context.watcher?.on("all", (_event, file) => {
    if (!file.startsWith(dir)) return;
    reload().catch((error: unknown) => context.logger.error(String(error)));
  });
}

/** The sanitized body HTML per locale that the content check rendered from its own parse. */
function bodyHtml(entry: Initiative | Place): Record<string, string> {
  const html: Record<string, string> = {};
  for (const [locale, text] of Object.entries(entry.text)) html[locale] = text.html;
  return html;
}

function entriesLoader(kind: "places" | "initiatives"): Loader {
  return {
    name: `buurtgids:${kind}`,
    load: async (context) => {
      const fill = async () => {
        const entries = (await guide())[kind];
        context.store.clear();
        for (const entry of entries) {
          const data = { ...entry, html: bodyHtml(entry) };
          context.store.set({ id: entry.slug, data, digest: context.generateDigest(data) });
        }
      };
      await fill();
      watchContent(context, fill);
    },
  };
}

const siteLoader: Loader = {
  name: "buurtgids:site",
  load: async (context) => {
    const fill = async () => {
      context.store.clear();
      context.store.set({ id: "site", data: { ...(await guide()).site } });
    };
    await fill();
    watchContent(context, fill);
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: z.custom<SiteConfig>() }),
  places: defineCollection({ loader: entriesLoader("places"), schema: z.custom<PlaceEntry>() }),
  initiatives: defineCollection({
    loader: entriesLoader("initiatives"),
    schema: z.custom<InitiativeEntry>(),
  }),
};
