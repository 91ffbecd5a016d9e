/**
 * Wraps an async read-change-write so calls run one after another, in the order made.
 * Two fields saved at once then never read the same old record and overwrite each
 * other's change. A failed call doesn't stop the ones after it.
 */
export function oneAtATime<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const run = queue.then(() => work(...args));
    queue = run.catch(() => undefined);
    return run;
  };
}
