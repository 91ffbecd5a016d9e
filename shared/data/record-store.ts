import type { IndexNames, StoreNames, StoreValue } from 'idb';
import { getDb } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import { newId, type BaseRecord, type Draft } from './records.ts';
import type { AlongsideDB } from './schema.ts';

type Store = StoreNames<AlongsideDB>;

/** The verbs every store's repository has: list, get, save, remove, and queries by index. */
export interface RecordStore<T extends BaseRecord> {
  /** Every record, newest change first. */
  list(): Promise<T[]>;
  /** One record, or undefined. */
  get(id: string): Promise<T | undefined>;
  /** Creates or updates a record; fills id and timestamps; returns what was stored. */
  save(draft: Draft<T> | T): Promise<T>;
  /** Puts a whole record as it is (restore, sync, undo): timestamps are kept. */
  putExact(record: T): Promise<void>;
  /** Deletes a record; returns it, so the UI can offer undo. */
  remove(id: string): Promise<T | undefined>;
  /** Records whose index value lies in the range, in index order. */
  byIndex(index: string, range?: IDBKeyRange | IDBValidKey, limit?: number): Promise<T[]>;
}

/** Runs a storage call, turning any browser error into a kind `StorageError`. */
export async function guarded<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Builds the repository verbs for one store whose records carry id and timestamps. */
export function recordStore<N extends Store, T extends BaseRecord & StoreValue<AlongsideDB, N>>(
  name: N,
  newestIndex?: IndexNames<AlongsideDB, N>,
): RecordStore<T> {
  const store: RecordStore<T> = {
    list: () =>
      guarded(async () => {
        const db = await getDb();
        if (newestIndex) {
          const all = (await db.getAllFromIndex(name, newestIndex)) as T[];
          return all.reverse();
        }
        const all = (await db.getAll(name)) as T[];
        return all.sort((a, b) => b.updatedAt - a.updatedAt);
      }),
    get: (id) => guarded(async () => (await (await getDb()).get(name, id)) as T | undefined),
    save: (draft) =>
      guarded(async () => {
        const db = await getDb();
        const tx = db.transaction(name, 'readwrite');
        const now = Date.now();
        const existing = draft.id ? ((await tx.store.get(draft.id)) as T | undefined) : undefined;
        const record = {
          ...existing,
          ...draft,
          id: draft.id ?? newId(),
          createdAt: existing?.createdAt ?? now,
          // Strictly increasing even when two saves land in the same millisecond.
          updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
        } as T;
        await tx.store.put(record as StoreValue<AlongsideDB, N>);
        await tx.done;
        return record;
      }),
    putExact: (record) =>
      guarded(async () => {
        await (await getDb()).put(name, record as StoreValue<AlongsideDB, N>);
      }),
    remove: (id) =>
      guarded(async () => {
        const db = await getDb();
        const tx = db.transaction(name, 'readwrite');
        const existing = (await tx.store.get(id)) as T | undefined;
        if (!existing) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new StorageError('not-found');
        }
        await tx.store.delete(id);
        await tx.done;
        return existing;
      }),
    byIndex: (index, range, limit) =>
      guarded(async () => {
        const db = await getDb();
        // The index's key type depends on the index; callers pass the right kind.
        return (await db.getAllFromIndex(name, index as IndexNames<AlongsideDB, N>, range as IDBKeyRange, limit)) as T[];
      }),
  };
  return store;
}
