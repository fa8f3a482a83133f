import { defineConfig } from "vitest/config";

// Two projects: `unit` proves src/lib without a build; `build` inspects a built dist/.
export default defineConfig({
  test: {
    projects: [
      // Some unit tests check a whole content folder or run a CLI: allow for a busy machine.
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 } },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
