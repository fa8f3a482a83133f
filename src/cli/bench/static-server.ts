/**
 * A tiny static file server for a built site, gzip-compressing what a real host
 * would (HTML, CSS, JS, JSON, SVG) and serving Pagefind's already-gzipped files as
 * they are, so byte counts in tests match what a phone would download.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
};
const compressible = new Set([".html", ".css", ".js", ".json", ".svg", ".ics"]);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on `port` (0 = any free port) at http://localhost. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
        const body = await readFile(file);
        const ext = path.extname(file);
        const headers: Record<string, string> = {
          "content-type": types[ext] ?? "application/octet-stream",
        };
        const gzip = compressible.has(ext) && /gzip/.test(request.headers["accept-encoding"] ?? "");
        const sent = gzip ? gzipSync(body) : body;
        if (gzip) headers["content-encoding"] = "gzip";
        headers["content-length"] = String(sent.length);
        response.writeHead(200, headers).end(sent);
      } catch {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, "localhost", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://localhost:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
