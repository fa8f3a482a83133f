import { serveStatic } from "../tests/e2e/static-server.ts";
import path from "node:path";
const s = await serveStatic(path.resolve(process.argv[2] ?? "dist"), Number(process.argv[3] ?? 4417));
console.log(s.url);
