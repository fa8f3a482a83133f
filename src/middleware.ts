/**
 * Hands each built page to the search index as soon as it is rendered, so Pagefind
 * indexes in its own process while the build renders the next pages (on two cores,
 * the index is ready almost when the last page is). In `astro dev`, and for pages
 * the index does not want, the response passes through untouched.
 */
import { defineMiddleware } from "astro:middleware";
import { searchSink } from "./integrations/search-sink.ts";

/** The site's base path without its last slash ("" at the root). */
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchSink();
  const url = context.url.pathname.startsWith(base)
    ? context.url.pathname.slice(base.length)
    : context.url.pathname;
  if (!sink?.wants(url) || !response.headers.get("content-type")?.startsWith("text/html")) {
    return response;
  }
  // Bytes, not text: this thread neither decodes nor encodes the page again.
  const bytes = new Uint8Array(await response.arrayBuffer());
  await sink.add(url, bytes);
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
