/**
 * A value every page of a build shares, made on first use. In `astro dev` it is made
 * again on every call, so content edits show up.
 */
export function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let memo: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return make();
    memo ??= make();
    return memo;
  };
}
