/**
 * Runs jobs one after the other, in the order they were given, even when the next is
 * given before the one before it has finished. The build's single serial line: the
 * search index takes pages this way (`InOrder`, `SearchIndexer`, its worker thread).
 */
export class OneAtATime {
  /** Settles once every job given so far has finished (or failed). */
  #last: Promise<unknown> = Promise.resolve();

  /**
   * Starts `job` after every job given before it; settles as `job` does. A failure
   * belongs to its own caller: the jobs after it still run.
   */
  run<T>(job: () => T | Promise<T>): Promise<T> {
    const done = this.#last.then(job);
    this.#last = done.catch(() => {});
    return done;
  }

  /** Settles once every job given so far has finished (or failed). */
  async idle(): Promise<void> {
    await this.#last;
  }
}
