/**
 * Rewriting every sealed record at once: turning the lock on or off, a new passcode, and
 * the migration that needs the key (an IndexedDB upgrade step has none). All of it in ONE
 * readwrite transaction over every sealed store and the `lock` setting, so the database is
 * never half under one key and half under another.
 */
import type { IDBPTransaction } from 'idb';
import { getDb } from '../db.ts';
import { StorageError, toStorageError } from '../errors.ts';
import type { AlongsideDB, StoreRecords, Stored } from '../schema.ts';
import { abandon } from '../transactions.ts';
import { LOCK_SETTING_ID, lockConfigOf, newIds, readLockConfig, type LockConfig } from './lock-config.ts';
import { heldKey, holdKey } from './lock-state.ts';
import type { HeldKey } from './lock-config.ts';
import { fingerprint, isPadded, isSealedPlace, isSealedRecord, OPAQUE_ID_PREFIX, openStored, sealStored, SEALED_STORES, type SealedPlace } from './sealed-records.ts';

const PLACES: readonly SealedPlace[] = [...SEALED_STORES, 'settings'];

type PlacesTx<Mode extends IDBTransactionMode> = IDBPTransaction<AlongsideDB, SealedPlace[], Mode>;

/** One sealed place's records as one read found them, and the rewrite of them. */
interface PlaceRead {
  /** One per record, in order; changes whenever a record is written (`fingerprint`). */
  fingerprints: string[];
  /** True when a record is not yet sealed, padded and under its opaque id (`sealWhatIsLeft`). */
  stale: boolean;
  /** Opens every record with `from`, seals it with `to`; gives the writes, to queue in one transaction. */
  rewrite(from: HeldKey | undefined, to: HeldKey | undefined): Promise<(tx: PlacesTx<'readwrite'>) => Promise<unknown>[]>;
}

/** The records of one place that are sealed while the lock is on, as stored. */
async function sealable<N extends SealedPlace>(tx: PlacesTx<IDBTransactionMode>, store: N): Promise<Stored<StoreRecords[N]>[]> {
  return (await tx.objectStore(store).getAll()).filter((r) => isSealedPlace(store, r.id));
}

async function readPlace<N extends SealedPlace>(tx: PlacesTx<'readonly'>, store: N): Promise<PlaceRead> {
  const records = await sealable(tx, store);
  return {
    fingerprints: records.map(fingerprint),
    stale: records.some((raw) => !isSealedRecord(raw) || !isPadded(raw) || (store === 'journal' && !raw.id.startsWith(OPAQUE_ID_PREFIX))),
    async rewrite(from, to) {
      const plain = await Promise.all(records.map((raw) => openStored(store, raw, from)));
      const out = await Promise.all(newestOfEach(plain).map((record) => (to ? sealStored(store, record, to) : record)));
      const kept = new Set(out.map((r) => r.id));
      return (write) => [
        ...records.filter((old) => !kept.has(old.id)).map((old) => write.objectStore(store).delete(old.id)),
        ...out.map((record) => write.objectStore(store).put(record)),
      ];
    },
  };
}

/** Every sealed place's records, from one read. */
async function readPlaces(): Promise<PlaceRead[]> {
  const read = (await getDb()).transaction([...PLACES], 'readonly');
  const places = await Promise.all(PLACES.map((store) => readPlace(read, store)));
  await read.done;
  return places;
}

/**
 * The migration for sealing that needs the key: gives an older `lock` setting its id secret,
 * and rewrites every record of the sealed stores that is not sealed, padded and stored under
 * its opaque id, in one transaction (`rekey`).
 */
export async function sealWhatIsLeft(config: LockConfig): Promise<void> {
  const key = heldKey();
  if (!key || key.kid !== config.kid) return;
  if (!config.ids) {
    const ids = await newIds(key.key);
    const next: HeldKey = { ...key, ids: ids.ids };
    await rekey(key, next, { ...config, ids: ids.sealed });
    if (heldKey() === key) holdKey(next);
    return;
  }
  if ((await readPlaces()).some((place) => place.stale)) await rekey(key, key, config);
}

/**
 * Rewrites every record of the sealed stores (and the personal settings) from one key (or
 * none) to another (or none), and the `lock` setting with them, in ONE readwrite transaction.
 * A journal entry's stored id changes with the key (`storedId`), so its old record goes in the
 * same transaction. Crypto cannot run inside an IndexedDB transaction (it would commit), so
 * the records are read, transformed, and written only if nothing changed in between;
 * otherwise it starts again.
 */
export async function rekey(from: HeldKey | undefined, to: HeldKey | undefined, config: LockConfig | undefined): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const db = await getDb();
    const places = await readPlaces();
    const before = await readLockConfig(db);
    if (before?.kid !== from?.kid) throw new StorageError('locked');
    const writes = await Promise.all(places.map((place) => place.rewrite(from, to)));

    const write = db.transaction([...PLACES], 'readwrite');
    const now = await Promise.all(PLACES.map(async (store) => (await sealable(write, store)).map(fingerprint)));
    const current = await write.objectStore('settings').get(LOCK_SETTING_ID);
    const unchanged =
      lockConfigOf(current)?.kid === before?.kid && now.every((list, i) => list.length === places[i]!.fingerprints.length && list.every((f, j) => f === places[i]!.fingerprints[j]));
    if (!unchanged) {
      await abandon(write);
      continue;
    }
    try {
      const at = Date.now();
      const settings = write.objectStore('settings');
      const requests = [
        ...writes.flatMap((queue) => queue(write)),
        config ? settings.put({ id: LOCK_SETTING_ID, value: config, createdAt: current?.createdAt ?? at, updatedAt: at }) : settings.delete(LOCK_SETTING_ID),
      ];
      // Once one request fails the rest fail with it; the first failure is the one reported.
      for (const request of requests) request.catch(() => undefined);
      await Promise.all(requests);
      await write.done;
      return;
    } catch (error) {
      await abandon(write);
      throw toStorageError(error);
    }
  }
  throw new StorageError('unknown');
}

/** What `newestOfEach` reads of a record. */
interface Dated {
  id: string;
  updatedAt: number;
}

/**
 * One record per id, the latest change kept: a journal entry written under its own id while
 * an older database waited for `sealWhatIsLeft` may be stored twice, once under each id.
 */
function newestOfEach<R extends Dated>(records: R[]): R[] {
  const byId = new Map<string, R>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen || r.updatedAt > seen.updatedAt) byId.set(r.id, r);
  }
  return [...byId.values()];
}
