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

/**
 * Like `oneAtATime`, for changes that can be merged: at most one write runs, and every change
 * made while it runs is merged (`merge(earlier, later)`) into the one write after it, instead
 * of each waiting for its own turn. A tick made while three fields are saving is then stored
 * by the next write, not the fourth. Each call resolves (or rejects) with the write that
 * stored its change.
 */
export function mergedOneAtATime<C, R>(work: (change: C) => Promise<R>, merge: (earlier: C, later: C) => C): (change: C) => Promise<R> {
  let running: Promise<unknown> = Promise.resolve();
  let waiting: { change: C; done: Promise<R> } | undefined;
  return (change) => {
    if (waiting) {
      waiting.change = merge(waiting.change, change);
      return waiting.done;
    }
    const batch: { change: C; done: Promise<R> } = { change, done: undefined as unknown as Promise<R> };
    batch.done = running.then(() => {
      // From here on, new changes wait for the next write.
      if (waiting === batch) waiting = undefined;
      return work(batch.change);
    });
    waiting = batch;
    running = batch.done.catch(() => undefined);
    return batch.done;
  };
}
