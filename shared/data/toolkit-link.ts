/**
 * "Linked with the course": reads this side's toolkit as a sync snapshot and applies the
 * changes `changesFor` says this side needs. The PWA and the extension each run it on their
 * own database; the messages between them are in `extension/messages.ts`.
 */
import { SYNCED_STORES, type SyncChanges, type SyncRecord, type SyncSnapshot, type SyncedStore } from '../domain/toolkit-sync.ts';
import { boundariesRepo } from './boundaries-repo.ts';
import { getDb } from './db.ts';
import { guarded, recordStore, type RecordStore } from './record-store.ts';
import type { TombstoneRecord } from './schema.ts';
import { plansRepo, ownPromptsRepo } from './toolkit-repos.ts';
import { tombstoneFor } from './tombstones.ts';

const favouritesStore = recordStore<'favourites', { id: string; createdAt: number; updatedAt: number }>('favourites');

const STORES: Record<SyncedStore, RecordStore<never>> = {
  boundaries: boundariesRepo as unknown as RecordStore<never>,
  plans: plansRepo as unknown as RecordStore<never>,
  ownPrompts: ownPromptsRepo as unknown as RecordStore<never>,
  favourites: favouritesStore as unknown as RecordStore<never>,
};

/** This side's toolkit and tombstones (throws `locked` while the app lock hides the words). */
export async function readSnapshot(): Promise<SyncSnapshot> {
  return guarded(async () => {
    const lists = await Promise.all(SYNCED_STORES.map((s) => STORES[s].list() as Promise<SyncRecord[]>));
    const records = Object.fromEntries(SYNCED_STORES.map((s, i) => [s, lists[i]!])) as SyncSnapshot['records'];
    const tombs = await (await getDb()).getAll('tombstones');
    return { records, tombstones: tombs.map(({ store, recordId, deletedAt }) => ({ store, recordId, deletedAt })) };
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
    for (const store of SYNCED_STORES) {
      n += changes.remove[store].length;
      // Through the repository, so a locked-then-unlocked app seals them like any other write.
      for (const record of changes.put[store]) await STORES[store].putExact(record as never);
      n += changes.put[store].length;
    }
    return n;
  });
}
