import { describe, expect, it } from "vitest";
import { InOrder } from "../../../src/lib/async/in-order.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("InOrder", () => {
  it("hands values on in the order their places were taken, not the order they are ready", async () => {
    const taken: string[] = [];
    const line = new InOrder<string>(async (value) => {
      taken.push(value);
    });
    const first = line.place();
    const second = line.place();
    const third = line.place();
    const done = [third("c"), second("b")];
    await tick();
    expect(taken).toEqual([]);
    done.push(first("a"));
    await Promise.all(done);
    expect(taken).toEqual(["a", "b", "c"]);
  });

  it("lets a given-up place pass without holding up the line", async () => {
    const taken: number[] = [];
    const line = new InOrder<number>(async (value) => {
      taken.push(value);
    });
    const places = [line.place(), line.place(), line.place()];
    await Promise.all([places[2]!(3), places[0]!(undefined), places[1]!(2)]);
    expect(taken).toEqual([2, 3]);
  });

  it("takes one value at a time, waiting for the previous take to finish", async () => {
    const events: string[] = [];
    const line = new InOrder<string>(async (value) => {
      events.push(`start ${value}`);
      await tick();
      events.push(`end ${value}`);
    });
    const a = line.place();
    const b = line.place();
    await Promise.all([b("b"), a("a")]);
    expect(events).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("rejects only the giver whose value failed; later places are still taken", async () => {
    const taken: string[] = [];
    const line = new InOrder<string>(async (value) => {
      if (value === "bad") throw new Error("refused bad");
      taken.push(value);
    });
    const bad = line.place();
    const good = line.place();
    const results = await Promise.allSettled([bad("bad"), good("good")]);
    expect(results[0]).toMatchObject({ status: "rejected", reason: { message: "refused bad" } });
    expect(results[1]).toMatchObject({ status: "fulfilled" });
    expect(taken).toEqual(["good"]);
  });
});
