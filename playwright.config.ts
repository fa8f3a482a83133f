import { defineConfig } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot be used here.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: "tests/e2e",
  // The 1,000-initiative tests (search, page weight and length) build big sites (many
  // minutes on 2 cores): they run with `npm run test:scale`, not in every `npm run test:e2e`.
  testIgnore: process.env.BUURTGIDS_SCALE_TESTS
    ? []
    : ["**/search-scale.spec.ts", "**/lists-scale.spec.ts"],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-gpu",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `ASTRO_TELEMETRY_DISABLED=1 npx astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
