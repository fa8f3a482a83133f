/** The build's one memo: once per build, per key, again on a new version or in `astro dev`. */
import { afterEach, expect, test, vi } from "vitest";
import { oncePerBuild } from "../../../src/data/once-per-build.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A maker that counts its calls and returns a new object each time. */
function counted<A extends unknown[]>() {
  const calls: A[] = [];
  const make = (...args: A) => {
    calls.push(args);
    return { made: calls.length };
  };
  return { calls, make };
}

test("in a build a value is made once, on first use", () => {
  vi.stubEnv("DEV", false);
  const { calls, make } = counted<[]>();
  const value = oncePerBuild(make);
  expect(calls).toHaveLength(0);
  expect(value()).toBe(value());
  expect(calls).toHaveLength(1);
});

test("in astro dev it is made on every call, so edits show up", () => {
  vi.stubEnv("DEV", true);
  const { calls, make } = counted<[]>();
  const value = oncePerBuild(make);
  expect(value()).not.toBe(value());
  expect(calls).toHaveLength(2);
});

test("a key keeps one value per argument", () => {
  vi.stubEnv("DEV", false);
  const { calls, make } = counted<[string, string]>();
  const value = oncePerBuild(make, { key: (slug, locale) => `${slug}/${locale}` });
  expect(value("koffie", "nl")).toBe(value("koffie", "nl"));
  expect(value("koffie", "ar")).not.toBe(value("koffie", "nl"));
  expect(calls).toEqual([
    ["koffie", "nl"],
    ["koffie", "ar"],
  ]);
});

test("a version makes the value again when it changes, in astro dev too", () => {
  vi.stubEnv("DEV", true);
  let version = "a";
  const { calls, make } = counted<[]>();
  const value = oncePerBuild(make, { version: () => version });
  const first = value();
  expect(value()).toBe(first);
  version = "b";
  expect(value()).not.toBe(first);
  expect(calls).toHaveLength(2);
});

test("shared values are seen by every copy of a module", () => {
  vi.stubEnv("DEV", false);
  const shared = `buurtgids.test.${Math.random()}`;
  const one = oncePerBuild(() => ({}), { shared });
  const other = oncePerBuild(() => ({}), { shared });
  expect(other()).toBe(one());
});

test("a value made another way (madeBy) is remembered for later calls, and not made again when known", async () => {
  vi.stubEnv("DEV", false);
  const { calls, make } = counted<[string]>();
  const value = oncePerBuild(make, { key: (slug) => slug });
  const elsewhere = { made: "in two threads" } as unknown as { made: number };
  let madeElsewhere = 0;
  const byThreads = async () => {
    madeElsewhere += 1;
    return elsewhere;
  };
  expect(await value.madeBy(byThreads, "koffie")).toBe(elsewhere);
  expect(value("koffie")).toBe(elsewhere);
  expect(await value.madeBy(byThreads, "koffie")).toBe(elsewhere);
  expect(madeElsewhere).toBe(1);
  expect(calls).toHaveLength(0);
});

test("madeBy takes the version before making, so a change while it makes is seen by the next call", async () => {
  vi.stubEnv("DEV", false);
  let version = "a";
  const { calls, make } = counted<[]>();
  const value = oncePerBuild(make, { version: () => version });
  const made = await value.madeBy(async () => {
    version = "b"; // the files changed while the check ran
    return { made: 0 };
  });
  expect(value()).not.toBe(made);
  expect(calls).toHaveLength(1);
});

test("known gives a remembered value that is still right, and never makes one", () => {
  vi.stubEnv("DEV", true);
  let version = "a";
  const shared = `buurtgids.test.${Math.random()}`;
  const { calls, make } = counted<[string]>();
  const maker = oncePerBuild(make, { key: (slug) => slug, version: () => version, shared });
  // A copy that cannot make values (as the content loader's) sees what the maker made.
  const reader = oncePerBuild<[string], { made: number }>(
    () => {
      throw new Error("this copy only reads");
    },
    { key: (slug) => slug, version: () => version, shared },
  );
  expect(reader.known("koffie")).toBeUndefined();
  const made = maker("koffie");
  expect(reader.known("koffie")).toBe(made);
  expect(reader.known("thee")).toBeUndefined();
  version = "b";
  expect(reader.known("koffie")).toBeUndefined();
  expect(calls).toHaveLength(1);
});
