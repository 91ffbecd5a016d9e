import { StorageError } from '../errors.ts';
import type { BaseRecord } from '../../domain/records.ts';

/**
 * Two tabs, no silent loss. A screen that loaded a record and saves it back says which copy
 * it started from (the `updatedAt` it read: its "base"). If the stored record has changed
 * since (another tab, or the extension's sync, saved over it), the save is refused with the
 * stored copy attached, so the screen can show both and let the person keep one or both.
 * Open tabs also hear of each other's writes here, so they can refresh or warn early.
 */

/** What a caller may tell `save`: the `updatedAt` of the copy it started from. */
export interface SaveOptions {
  /** `updatedAt` of the copy this edit began from; 0 means "this record did not exist". Left out: no check. */
  base?: number;
}

/**
 * A save refused because the record changed since the caller read it; `theirs` is the stored
 * copy (undefined if it was deleted). A `StorageError` of kind `changed-elsewhere`, so every
 * screen that shows storage problems shows this one in kind words too, and `guarded` passes it through as it is.
 */
export class StaleWriteError<T extends BaseRecord = BaseRecord> extends StorageError {
  constructor(readonly theirs: T | undefined) {
    super('changed-elsewhere');
  }
}

/** Throws `StaleWriteError` when the stored record is not the copy the caller began from. */
export function checkBase<T extends BaseRecord>(stored: T | undefined, base: number | undefined): void {
  if (base === undefined) return;
  if ((stored?.updatedAt ?? 0) !== base) throw new StaleWriteError(stored);
}

/** True for a refused stale save. */
export function isStaleWrite<T extends BaseRecord>(error: unknown): error is StaleWriteError<T> {
  return error instanceof StaleWriteError;
}

const CHANNEL = 'alongside-records';
let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(store: string) => void>();

/** This page's channel to its other tabs; null where there is none (an old browser). */
function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only the store's name crosses: never a word the person wrote, even between their own tabs.
    const data: unknown = event.data;
    const store = typeof data === 'object' && data !== null && 'store' in data ? data.store : undefined;
    if (typeof store === 'string') for (const l of listeners) l(store);
  });
  return channel;
}

/** Tells this origin's other tabs that a store changed here. */
export function tellOtherTabs(store: string): void {
  open()?.postMessage({ store });
}

/** Hears writes made in another tab (not this one); returns a function that stops listening. */
export function onChangedInAnotherTab(listener: (store: string) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
