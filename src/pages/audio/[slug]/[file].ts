/**
 * Sound files of read-aloud, written into the built site as they are: volunteers'
 * recordings from the content folder, and audio the build made (see
 * src/integrations/audio.ts). Fetched only when a reader taps "listen".
 */
import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import { audioFiles } from "../../../data/audio.ts";

export const getStaticPaths = (async () =>
  (await audioFiles()).map(({ slug, file, source }) => ({
    params: { slug, file },
    props: { source },
  }))) satisfies GetStaticPaths;

const types: Record<string, string> = {
  opus: "audio/ogg",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  aac: "audio/aac",
  wav: "audio/wav",
  webm: "audio/webm",
};

export const GET: APIRoute = ({ props, params }) => {
  const extension = String(params.file).split(".").pop() ?? "";
  return new Response(readFileSync(String(props.source)), {
    headers: { "Content-Type": types[extension] ?? "application/octet-stream" },
  });
};
