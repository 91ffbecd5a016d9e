import type { IndexKey, IndexNames } from 'idb';
import { isFromTheFuture } from '../domain/trust/trusted-time.ts';
import { getDb } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import { trackWrite, heldKey, keyFor } from './trust/lock-state.ts';
import { lockConfigIn } from './trust/lock-config.ts';
import { isOpen, isSealedRecord, openStored, plainStored, sameStoredValue, SEALED_STORES, sealStored, storedId } from './trust/sealed-records.ts';
import { newId, type BaseRecord, type Draft } from '../domain/records.ts';
import type { AlongsideDB, StoreName, StoreRecords, Stored } from './schema.ts';
import { abandon } from './transactions.ts';
import { checkBase, tellOtherTabs, type SaveOptions } from './trust/stale-write.ts';
import { isSyncedStore, tombstoneFor, tombstoneId } from './link/tombstones.ts';

/** The stores sealed whole while the lock is on; a set of names, so a check does not narrow a generic store. */
const SEALED: ReadonlySet<string> = new Set(SEALED_STORES);

let lastStamp = 0;

/** Now, in ms, but always later than the previous stamp this page handed out. */
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/**
 * The verbs every store's repository has: list, get, save, remove, and queries by index.
 * `I` names the store's indexes and `K` the type of their keys; screens that only list and
 * save leave both out.
 */
export interface RecordStore<T extends BaseRecord, I extends string = string, K = IDBValidKey> {
  /** Every record, newest change first. Throws `locked` when a sealed record is there and the key is not. */
  list(): Promise<T[]>;
  /**
   * Every record this page can read, newest change first: sealed ones it has no key for are
   * left out. For what needs no key to be useful (the extension's background offering prompts
   * beside a message; the popup's library while locked), never for a screen of the person's words.
   */
  listReadable(): Promise<T[]>;
  /** One record, or undefined. */
  get(id: string): Promise<T | undefined>;
  /**
   * Creates or updates a record; fills id and timestamps; returns what was stored. With
   * `base`, refuses (`StaleWriteError`) when the record changed since the caller read it.
   */
  save(draft: Draft<T> | T, options?: SaveOptions): Promise<T>;
  /** Puts a whole record as it is (restore, sync, undo): timestamps are kept. */
  putExact(record: T): Promise<void>;
  /** Deletes a record; returns it, so the UI can offer undo. */
  remove(id: string): Promise<T | undefined>;
  /** Records whose index value lies in the range, in index order. */
  byIndex(index: I, range?: IDBKeyRange | K, limit?: number): Promise<T[]>;
}

/** Runs a storage call, turning any browser error into a kind `StorageError`. */
export async function guarded<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

const savedListeners = new Set<(store: StoreName) => void>();

/** Hears every successful `save` (the PWA asks for durable storage after the first of the person's words). */
export function onRecordSaved(listener: (store: StoreName) => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

const changedListeners = new Set<(store: StoreName) => void>();

/** Hears every successful save, exact put and delete (the PWA syncs the toolkit with the extension after one). */
export function onRecordChanged(listener: (store: StoreName) => void): () => void {
  changedListeners.add(listener);
  return () => changedListeners.delete(listener);
}

/** Tells the change listeners; used by the few writes outside `recordStore` (favourites). */
export function announceChange(store: StoreName): void {
  for (const l of changedListeners) l(store);
  tellOtherTabs(store);
}

/**
 * Writes one record, built from what is stored now (`make`), and returns it.
 *
 * The whole read/write path for the app lock is here and in `read` below. With the lock off
 * it is one transaction, as it always was, which also checks that the lock is still off.
 * With the lock on, decrypting and encrypting cannot run inside an IndexedDB transaction
 * (an `await` on anything but IndexedDB commits it), so the record is read, opened, changed
 * and sealed, then written in a second transaction only if neither the record nor the key
 * changed meanwhile (otherwise it tries again).
 */
async function write<N extends StoreName>(name: N, id: string, make: (existing: StoreRecords[N] | undefined) => StoreRecords[N]): Promise<StoreRecords[N]> {
  // A synced item put again is no longer deleted: its tombstone goes in the same transaction.
  const tombs: 'tombstones'[] = isSyncedStore(name) ? ['tombstones'] : [];
  const clearTomb = (tx: { objectStore(name: 'tombstones'): { delete(key: string): Promise<void> } }) =>
    isSyncedStore(name) ? tx.objectStore('tombstones').delete(tombstoneId(name, id)) : Promise.resolve();
  for (let attempt = 0; attempt < 5; attempt++) {
    const db = await getDb();
    if (!SEALED.has(name)) {
      const tx = db.transaction([name, ...tombs], 'readwrite');
      const record = make(plainStored(await tx.objectStore(name).get(id)));
      await Promise.all([tx.objectStore(name).put(record), clearTomb(tx)]);
      await tx.done;
      return record;
    }
    // With the lock on, a journal entry is stored under an id that names nothing (`storedId`).
    const sid = await storedId(name, id, heldKey());
    const tx = db.transaction([name, 'settings', ...tombs], 'readwrite');
    const [raw, config] = await Promise.all([tx.objectStore(name).get(sid), lockConfigIn(tx)]);
    if (!config && !isSealedRecord(raw)) {
      const record = make(plainStored(raw));
      await Promise.all([tx.objectStore(name).put(record), clearTomb(tx)]);
      await tx.done;
      return record;
    }
    await tx.done;
    const key = keyFor(config);
    const record = make(raw === undefined ? undefined : await openStored(name, raw, key));
    const stored = key ? await sealStored(name, record, key) : record;
    const wtx = db.transaction([name, 'settings', ...tombs], 'readwrite');
    const [now, nowConfig] = await Promise.all([wtx.objectStore(name).get(sid), lockConfigIn(wtx)]);
    if (sameStoredValue(now, raw) && nowConfig?.kid === config?.kid) {
      await Promise.all([wtx.objectStore(name).put(stored), clearTomb(wtx)]);
      await wtx.done;
      return record;
    }
    await abandon(wtx);
  }
  throw new StorageError('unknown');
}

/** Opens what was read: sealed records need the key in memory (else `locked`). */
async function read<T>(name: StoreName, raws: Stored<T>[]): Promise<T[]> {
  const plain = raws.filter(isOpen);
  if (plain.length === raws.length) return plain;
  const key = heldKey();
  return Promise.all(raws.map((raw) => openStored(name, raw, key)));
}

/** A store's repository: records of `StoreRecords[N]`, queried by the store's own indexes. */
export type StoreRepo<N extends StoreName> = RecordStore<StoreRecords[N], IndexNames<AlongsideDB, N>, IndexKey<AlongsideDB, N, IndexNames<AlongsideDB, N>>>;

/** Builds the repository verbs for one store whose records carry id and timestamps. */
export function recordStore<N extends StoreName>(name: N, newestIndex?: IndexNames<AlongsideDB, N>): StoreRepo<N> {
  type T = StoreRecords[N];
  const store: StoreRepo<N> = {
    list: () =>
      guarded(async () => {
        const db = await getDb();
        if (newestIndex) return (await read(name, await db.getAllFromIndex(name, newestIndex))).reverse();
        const all = await read(name, await db.getAll(name));
        return all.sort((a, b) => b.updatedAt - a.updatedAt);
      }),
    listReadable: async () => {
      const all = await guarded(async () => (await getDb()).getAll(name));
      const opened = await Promise.all(all.map((raw) => openStored(name, raw).catch(() => undefined)));
      return opened.filter((r) => r !== undefined).sort((a, b) => b.updatedAt - a.updatedAt);
    },
    get: (id) =>
      guarded(async () => {
        const raw = await (await getDb()).get(name, await storedId(name, id, heldKey()));
        return raw === undefined ? undefined : openStored(name, raw);
      }),
    save: (draft, options) =>
      trackWrite(
        guarded(async () => {
          const id = draft.id ?? newId();
          const record = await write(name, id, (existing) => {
            checkBase(existing, options?.base);
            const now = nextStamp();
            // The draft holds every field but the id and dates (`Draft<T>`), set here: TypeScript
            // cannot see that `Omit<T, K>` and `K` make `T` again for a generic store.
            return {
              ...existing,
              ...draft,
              id,
              createdAt: existing?.createdAt ?? now,
              // Strictly increasing, for this record and across this page's saves, so "newest
              // change first" and "newest change wins" never meet a tie made here. A stamp from
              // the future is not built on: this edit gets a real time, which merges believe.
              updatedAt: existing && !isFromTheFuture(existing.updatedAt, now) ? Math.max(now, existing.updatedAt + 1) : now,
            } as T;
          });
          for (const l of savedListeners) l(name);
          announceChange(name);
          return record;
        }),
      ),
    putExact: (record) =>
      trackWrite(
        guarded(async () => {
          await write(name, record.id, () => record);
        }),
      ),
    remove: (id) =>
      trackWrite(
        guarded(async () => {
          const db = await getDb();
          const sid = await storedId(name, id, heldKey());
          const tombs: 'tombstones'[] = isSyncedStore(name) ? ['tombstones'] : [];
          const tx = db.transaction([name, 'settings', ...tombs], 'readwrite');
          const [existing, config] = await Promise.all([tx.objectStore(name).get(sid), lockConfigIn(tx)]);
          if (!existing) {
            await abandon(tx);
            throw new StorageError('not-found');
          }
          // Sealed: check the key first, so a locked app never deletes what it could not give back.
          const key = heldKey();
          if (isSealedRecord(existing) && (!key || key.kid !== config?.kid)) {
            await abandon(tx);
            throw new StorageError('locked');
          }
          // A synced item's delete leaves a tombstone in the same transaction, so the other product hears of it.
          await Promise.all([
            tx.objectStore(name).delete(sid),
            isSyncedStore(name) ? tx.objectStore('tombstones').put(tombstoneFor(name, id, Date.now())) : undefined,
          ]);
          await tx.done;
          announceChange(name);
          return openStored(name, existing, key);
        }),
      ),
    byIndex: (index, range, limit) => guarded(async () => read(name, await (await getDb()).getAllFromIndex(name, index, range, limit))),
  };
  return store;
}
