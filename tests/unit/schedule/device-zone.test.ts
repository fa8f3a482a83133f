import { afterEach, expect, test } from "vitest";
import { snapshot } from "./device-zone-fixture.ts";

// The project has no @types/node: describe the little of Node this test uses.
interface NodeProcess {
  env: Record<string, string | undefined>;
  execPath: string;
  getBuiltinModule(id: "node:child_process"): {
    execFileSync(
      file: string,
      args: string[],
      options: { env: Record<string, string | undefined>; encoding: "utf8" },
    ): string;
  };
}
const nodeProcess = (globalThis as unknown as { process: NodeProcess }).process;

// The same questions must get the same answers whatever the device's zone is.
const zones = [
  "UTC",
  "America/New_York",
  "Pacific/Kiritimati",
  "Asia/Kolkata",
  "Pacific/Pago_Pago",
];
const originalTz = nodeProcess.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete nodeProcess.env.TZ;
  else nodeProcess.env.TZ = originalTz;
});

test("results do not change when process.env.TZ changes in this process", () => {
  nodeProcess.env.TZ = "Europe/Amsterdam";
  const expected = snapshot();
  const probe = new Date("2026-07-01T22:30:00Z");
  const localHours = new Set<number>();
  for (const zone of zones) {
    nodeProcess.env.TZ = zone;
    localHours.add(probe.getHours()); // proves the device zone really changed
    expect(snapshot(), zone).toEqual(expected);
  }
  expect(localHours.size).toBeGreaterThan(3);
});

test("a separate Node process with another TZ gets the same results (type-stripped sources)", () => {
  const expected = JSON.parse(JSON.stringify(snapshot()));
  const fixture = new URL("./device-zone-fixture.ts", import.meta.url).href;
  const script = `import { snapshot } from ${JSON.stringify(fixture)}; process.stdout.write(JSON.stringify(snapshot()));`;
  const { execFileSync } = nodeProcess.getBuiltinModule("node:child_process");
  for (const zone of ["America/New_York", "Pacific/Kiritimati"]) {
    const output = execFileSync(nodeProcess.execPath, ["--input-type=module", "--eval", script], {
      env: { ...nodeProcess.env, TZ: zone },
      encoding: "utf8",
    });
    expect(JSON.parse(output), zone).toEqual(expected);
  }
});
