/**
 * Hands values on in the order their places were taken, whatever order they become
 * ready in: the build renders several pages at once, and the search index must still
 * take them in the build's order (one language after another, the same index every
 * build).
 */
import { OneAtATime } from "./one-at-a-time.ts";

export class InOrder<T> {
  readonly #take: (value: T) => Promise<void>;
  readonly #line = new OneAtATime();

  /** `take` receives each value, one at a time, after the values of earlier places. */
  constructor(take: (value: T) => Promise<void>) {
    this.#take = take;
  }

  /**
   * Takes the next place in line. Call what it returns once, with the value when it is
   * ready or with `undefined` to give up the place; the promise settles when `take`
   * has had the value (and rejects with its error), so a giver waits its turn.
   */
  place(): (value: T | undefined) => Promise<void> {
    let give!: (value: T | undefined) => void;
    const given = new Promise<T | undefined>((resolve) => (give = resolve));
    const turn = this.#line.run(async () => {
      const value = await given;
      if (value !== undefined) await this.#take(value);
    });
    return (value) => {
      give(value);
      return turn;
    };
  }
}
