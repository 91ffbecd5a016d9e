/**
 * Giving up a transaction on purpose. Writes that seal or open records read first, do their
 * crypto outside IndexedDB, and write only if nothing changed meanwhile: when something did,
 * the write transaction is dropped here and the caller starts again.
 */

/** Aborts a transaction that may already have ended. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was written by us.
  }
}

/** Aborts a transaction and waits until it has ended, without its abort error. */
export async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  abortQuietly(tx);
  await tx.done.catch(() => undefined);
}
