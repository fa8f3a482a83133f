import { describe, expect, test } from "vitest";
import { scriptEnvironment } from "../../../src/lib/bench/script-environment.ts";

describe("scriptEnvironment", () => {
  test("reads the assignments before the command", () => {
    expect(
      scriptEnvironment("ASTRO_TELEMETRY_DISABLED=1 MIMALLOC_PURGE_DELAY=0 astro build"),
    ).toEqual({ ASTRO_TELEMETRY_DISABLED: "1", MIMALLOC_PURGE_DELAY: "0" });
  });

  test("stops at the command: later words that look like assignments are its arguments", () => {
    expect(scriptEnvironment("A=1 astro build B=2 && C=3 astro preview")).toEqual({ A: "1" });
  });

  test("a script without assignments sets nothing", () => {
    expect(scriptEnvironment("astro build")).toEqual({});
  });

  test("a quoted value is not read as plain (it ends the assignments)", () => {
    expect(scriptEnvironment(`A=1 B="x y" astro build`)).toEqual({ A: "1" });
  });
});
