/**
 * Tombstones: a delete of a synced toolkit item leaves one, in the same transaction, so the
 * other product deletes its copy too; putting the item again removes it.
 */
import { SYNCED_STORES, type SyncedStore } from '../../domain/link/toolkit-sync.ts';
import type { TombstoneRecord } from '../schema.ts';

/** True for the stores whose deletes are remembered. */
export function isSyncedStore(name: string): name is SyncedStore {
  return (SYNCED_STORES as readonly string[]).includes(name);
}

/** The tombstone's key for a record of a store. */
export function tombstoneId(store: SyncedStore, recordId: string): string {
  return `${store}:${recordId}`;
}

/** A tombstone for a record deleted at `at`. */
export function tombstoneFor(store: SyncedStore, recordId: string, at: number): TombstoneRecord {
  return { id: tombstoneId(store, recordId), store, recordId, deletedAt: at, createdAt: at, updatedAt: at };
}
