/**
 * "Linked with the course": reads this side's toolkit as a sync snapshot and applies the
 * changes `changesFor` says this side needs. The PWA and the extension each run it on their
 * own database; the messages between them are in `shared/domain/link/link-protocol.ts`.
 *
 * The course reads and applies through the repositories (it holds the key while unlocked).
 * The extension's background never holds the key: it merges records as stored
 * (`readRawSnapshot`, `mergeRawSnapshot`), by their clear fields, and keeps sealed ones sealed.
 */
import type { IDBPTransaction } from 'idb';
import * as v from 'valibot';
import { changesFor, inWrongForm, isLaterChange, SYNCED_STORES, type SyncChanges, type SyncRecord, type SyncSnapshot, type SyncedStore } from '../../domain/link/toolkit-sync.ts';
import { boundariesRepo } from '../toolkit/boundaries-repo.ts';
import { getDb } from '../db.ts';
import { LOCK_SETTING_ID, lockConfigOf, type LockConfig } from '../trust/lock-config.ts';
import { isOpen, isSealedRecord, SEALED_STORES } from '../trust/sealed-records.ts';
import { guarded, recordStore, type StoreRepo } from '../record-store.ts';
import { RECORD_SCHEMAS } from '../../domain/trust/record-schemas.ts';
import type { AlongsideDB, StoreName, StoreRecords, Stored, TombstoneRecord } from '../schema.ts';
import { plansRepo, ownPromptsRepo } from '../toolkit/toolkit-repos.ts';
import { tombstoneFor, tombstoneId } from './tombstones.ts';

/** Each synced store's repository, each typed for its own records. */
const STORES: { readonly [S in SyncedStore]: StoreRepo<S> } = {
  boundaries: boundariesRepo,
  plans: plansRepo,
  ownPrompts: ownPromptsRepo,
  favourites: recordStore('favourites'),
};

/** Each synced store's check, seen as giving that store's records (each schema is checked against its store in `backup.ts`). */
const CHECKS: { readonly [S in SyncedStore]: v.GenericSchema<unknown, StoreRecords[S]> } = {
  boundaries: RECORD_SCHEMAS.boundaries,
  plans: RECORD_SCHEMAS.plans,
  ownPrompts: RECORD_SCHEMAS.ownPrompts,
  favourites: RECORD_SCHEMAS.favourites,
};

/** Something read for each synced store, as one object. */
async function perStore<T>(read: (store: SyncedStore) => Promise<T>): Promise<Record<SyncedStore, T>> {
  const [boundaries, plans, ownPrompts, favourites] = await Promise.all([read('boundaries'), read('plans'), read('ownPrompts'), read('favourites')]);
  return { boundaries, plans, ownPrompts, favourites };
}

/** The tombstones as a snapshot carries them (a tombstone is never sealed). */
function tombstonesOf(stored: Stored<TombstoneRecord>[]): SyncSnapshot['tombstones'] {
  return stored.filter(isOpen).map(({ store, recordId, deletedAt }) => ({ store, recordId, deletedAt }));
}

/** This side's toolkit and tombstones (throws `locked` while the app lock hides the words). */
export async function readSnapshot(): Promise<SyncSnapshot> {
  return guarded(async () => {
    // A copy of each, so sync sees a record as it is: an id, a date, and fields.
    const records = await perStore(async (s): Promise<SyncRecord[]> => (await STORES[s].list()).map((r) => ({ ...r })));
    return { records, tombstones: tombstonesOf(await (await getDb()).getAll('tombstones')) };
  });
}

/** Applies what the other side had that wins here: tombstones, then deletes, then newer copies. */
export async function applyChanges(changes: SyncChanges): Promise<number> {
  return guarded(async () => {
    const db = await getDb();
    const deletedAt = new Map(changes.tombstones.map((t) => [`${t.store}:${t.recordId}`, t.deletedAt]));
    // One transaction for the deletes and their tombstones.
    const tx = db.transaction([...SYNCED_STORES, 'tombstones' as const], 'readwrite');
    const writes: Promise<unknown>[] = changes.tombstones.map((t) => tx.objectStore('tombstones').put(tombstoneFor(t.store, t.recordId, t.deletedAt) satisfies TombstoneRecord));
    for (const store of SYNCED_STORES) {
      for (const id of changes.remove[store]) {
        writes.push(tx.objectStore(store).delete(id));
        if (!deletedAt.has(`${store}:${id}`)) writes.push(tx.objectStore('tombstones').put(tombstoneFor(store, id, Date.now())));
      }
    }
    await Promise.all(writes);
    await tx.done;
    let n = changes.tombstones.length;
    for (const store of SYNCED_STORES) n += changes.remove[store].length + (await putChecked(store, changes.put[store]));
    return n;
  });
}

/**
 * Writes the other side's newer copies of one store through its repository, so a
 * locked-then-unlocked app seals them like any other write. Each is checked against its store's
 * schema on the way in (it was checked when it arrived, then opened: checked again here, it is
 * typed as the store's own record, with no cast); one out of shape is left out. Returns how many.
 */
async function putChecked<S extends SyncedStore>(store: S, records: readonly SyncRecord[]): Promise<number> {
  let n = 0;
  const schema: v.GenericSchema<unknown, StoreRecords[S]> = CHECKS[store];
  for (const record of records) {
    const checked = v.safeParse(schema, record);
    if (!checked.success) continue;
    await STORES[store].putExact(checked.output);
    n++;
  }
  return n;
}

/** This side's toolkit as stored, sealed records as they are: no key needed. */
export async function readRawSnapshot(): Promise<SyncSnapshot> {
  return guarded(async () => {
    const tx = (await getDb()).transaction([...SYNCED_STORES, 'tombstones' as const], 'readonly');
    // Sealed or not, every stored toolkit record is a sync record: an id, a date, and fields.
    const records = await perStore(async (s) => (await tx.objectStore(s).getAll()).map((r): SyncRecord => ({ ...r })));
    const tombs = await tx.objectStore('tombstones').getAll();
    await tx.done;
    return { records, tombstones: tombstonesOf(tombs) };
  });
}

/**
 * The extension's side of a sync, without the key. Merges the course's snapshot by clear
 * fields (id, `updatedAt`, tombstones) and stores each record exactly as it came, sealed or
 * not; keeps the course's `lock` setting, so the extension's pages seal and open as the
 * course does. `lock` undefined (a course that does not say) leaves the setting alone.
 *
 * With a `lock` given, copies in the wrong form for it (plain while it is on, sealed under
 * another key, sealed while it is off) are never taken from the course, and give way here to
 * the course's copy of the same change. Everything happens in one transaction, and a record a
 * page changed meanwhile is not overwritten by an older one. Returns how many changes.
 */
export async function mergeRawSnapshot(remote: SyncSnapshot, lock: LockConfig | null | undefined): Promise<number> {
  return guarded(async () => {
    const kid = lock === undefined ? undefined : (lock?.kid ?? null);
    const wrongForm = kid === undefined ? undefined : (store: SyncedStore, r: SyncRecord) => inWrongForm(store, r, kid);
    const at = Date.now();
    const changes = changesFor(await readRawSnapshot(), remote, wrongForm, at);
    const db = await getDb();
    const tx = db.transaction([...new Set<StoreName>([...SYNCED_STORES, ...SEALED_STORES, 'tombstones', 'settings'])], 'readwrite');
    const tombs = tx.objectStore('tombstones');
    const deletedAt = new Set(changes.tombstones.map((t) => `${t.store}:${t.recordId}`));
    let n = 0;
    for (const t of changes.tombstones) {
      await tombs.put(tombstoneFor(t.store, t.recordId, t.deletedAt) satisfies TombstoneRecord);
      n++;
    }
    for (const store of SYNCED_STORES) {
      for (const id of changes.remove[store]) {
        await tx.objectStore(store).delete(id);
        if (!deletedAt.has(`${store}:${id}`)) await tombs.put(tombstoneFor(store, id, Date.now()));
        n++;
      }
      for (const record of changes.put[store]) {
        const stored = await tx.objectStore(store).get(record.id);
        const now: SyncRecord | undefined = stored && { ...stored };
        const keepsNow = now && (isLaterChange(now.updatedAt, record.updatedAt, at) || (now.updatedAt === record.updatedAt && !wrongForm?.(store, now)));
        if (now && keepsNow) continue;
        // The one cast on stored data left: the record was checked when it arrived (`snapshotSchema`:
        // a plain one against its store's backup schema, a sealed one as bytes), and the sealed
        // ones this side cannot open, so cannot check further. It is stored exactly as it came.
        await tx.objectStore(store).put(record as Stored<StoreRecords[SyncedStore]>);
        await tombs.delete(tombstoneId(store, record.id));
        n++;
      }
    }
    if (lock !== undefined) await keepLockSetting(tx, lock);
    await tx.done;
    return n;
  });
}

/**
 * The course's `lock` setting, kept here. When the course turned its lock off, the setting
 * stays while anything here is still sealed (a copy the course could not open): with it, the
 * extension's pages can still open that copy with the passcode it was sealed under.
 */
async function keepLockSetting(tx: IDBPTransaction<AlongsideDB, StoreName[], 'readwrite'>, lock: LockConfig | null): Promise<void> {
  const settings = tx.objectStore('settings');
  const stored = await settings.get(LOCK_SETTING_ID);
  if (lock) {
    if (lockConfigOf(stored)?.kid === lock.kid) return;
    const at = Date.now();
    await settings.put({ id: LOCK_SETTING_ID, value: lock, createdAt: stored?.createdAt ?? at, updatedAt: at });
    return;
  }
  if (!stored) return;
  for (const store of SEALED_STORES) if ((await tx.objectStore(store).getAll()).some(isSealedRecord)) return;
  await settings.delete(LOCK_SETTING_ID);
}
