import { describe, expect, it } from "vitest";
import { OneAtATime } from "../../../src/lib/async/one-at-a-time.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("OneAtATime", () => {
  it("starts each job only after the one given before it has finished", async () => {
    const events: string[] = [];
    const line = new OneAtATime();
    const job = (name: string, ticks: number) => async () => {
      events.push(`start ${name}`);
      for (let i = 0; i < ticks; i++) await tick();
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      line.run(job("a", 3)),
      line.run(job("b", 0)),
      line.run(job("c", 1)),
    ]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("rejects only the caller whose job failed; the jobs after it still run", async () => {
    const line = new OneAtATime();
    const ran: string[] = [];
    const failed = line.run(() => {
      throw new Error("broken job");
    });
    const after = line.run(() => ran.push("after"));
    await expect(failed).rejects.toThrow("broken job");
    await expect(after).resolves.toBe(1);
    expect(ran).toEqual(["after"]);
  });

  it("is idle only once every job given so far has finished", async () => {
    const line = new OneAtATime();
    let finished = false;
    void line.run(async () => {
      await tick();
      await tick();
      finished = true;
    });
    await line.idle();
    expect(finished).toBe(true);
  });
});
