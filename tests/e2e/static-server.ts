/** The benchmark's static server, reused by the browser tests. */
export { serveStatic, type StaticServer } from "../../src/cli/bench/static-server.ts";
