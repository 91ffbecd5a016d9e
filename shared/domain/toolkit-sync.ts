/**
 * Two-way sync of the toolkit between the PWA's and the extension's databases: pure
 * merging, so it can be tested without a browser. Per item, the newest change wins; a
 * deletion is a tombstone that wins over any copy changed before it.
 */

/** The stores that travel between the two products. */
export const SYNCED_STORES = ['boundaries', 'plans', 'ownPrompts', 'favourites'] as const;

/** One of them. */
export type SyncedStore = (typeof SYNCED_STORES)[number];

/** The synced stores that hold the person's words, so are sealed while the app lock is on (favourites are only prompt ids). */
export const SEALABLE_SYNCED_STORES = ['boundaries', 'plans', 'ownPrompts'] as const satisfies readonly SyncedStore[];

/** A record as sync sees it. */
export interface SyncRecord {
  id: string;
  updatedAt: number;
  [field: string]: unknown;
}

/** A deletion, remembered so it can reach the other side. */
export interface Tombstone {
  store: SyncedStore;
  recordId: string;
  deletedAt: number;
}

/** Everything one side has: live records per store, and tombstones. */
export interface SyncSnapshot {
  records: Record<SyncedStore, SyncRecord[]>;
  tombstones: Tombstone[];
}

/** What one side must do to match the merged state. */
export interface SyncChanges {
  put: Record<SyncedStore, SyncRecord[]>;
  remove: Record<SyncedStore, string[]>;
  tombstones: Tombstone[];
}

const emptyByStore = <T>(): Record<SyncedStore, T[]> => ({ boundaries: [], plans: [], ownPrompts: [], favourites: [] });

/** An empty snapshot. */
export function emptySnapshot(): SyncSnapshot {
  return { records: emptyByStore<SyncRecord>(), tombstones: [] };
}

/** True for a record kept or sent sealed (`{ id, …dates, kid, sealed }`): only its clear fields can be read. */
export function isSealedForm(record: SyncRecord): boolean {
  return typeof record.sealed === 'object' && record.sealed !== null;
}

/**
 * True when a record is not in the form the course's lock asks for: plain while the lock is
 * on (`lockKid` is its key's id), sealed under another key, or sealed while the lock is off.
 */
export function inWrongForm(store: SyncedStore, record: SyncRecord, lockKid: string | null): boolean {
  if (!(SEALABLE_SYNCED_STORES as readonly string[]).includes(store)) return false;
  if (!isSealedForm(record)) return lockKid !== null;
  return lockKid === null || record.kid !== lockKid;
}

/**
 * Merges two snapshots and says what `local` must change to reach the merged state.
 * Run it on each side with the other's snapshot; both then hold the same items.
 *
 * `wrongForm`, when given, says which copies are not in the form they should be kept in
 * (the lock changed): such a remote copy is never taken, and such a local copy gives way to
 * a remote copy of the same change (same `updatedAt`), so a lock change settles in one sync.
 */
export function changesFor(local: SyncSnapshot, remote: SyncSnapshot, wrongForm?: (store: SyncedStore, record: SyncRecord) => boolean): SyncChanges {
  const out: SyncChanges = { put: emptyByStore<SyncRecord>(), remove: emptyByStore<string>(), tombstones: [] };
  const key = (store: string, id: string) => `${store}\u0000${id}`;
  const localTombs = new Map(local.tombstones.map((t) => [key(t.store, t.recordId), t]));
  const remoteTombs = new Map(remote.tombstones.map((t) => [key(t.store, t.recordId), t]));

  for (const store of SYNCED_STORES) {
    const mine = new Map(local.records[store].map((r) => [r.id, r]));
    for (const theirs of remote.records[store]) {
      if (wrongForm?.(store, theirs)) continue;
      const ours = mine.get(theirs.id);
      const tomb = localTombs.get(key(store, theirs.id));
      if (tomb && tomb.deletedAt >= theirs.updatedAt) continue; // we deleted it after their last change
      const replacesWrongForm = ours !== undefined && theirs.updatedAt === ours.updatedAt && (wrongForm?.(store, ours) ?? false);
      if (!ours || theirs.updatedAt > ours.updatedAt || replacesWrongForm) out.put[store].push(theirs);
    }
    for (const ours of local.records[store]) {
      const tomb = remoteTombs.get(key(store, ours.id));
      if (tomb && tomb.deletedAt >= ours.updatedAt) out.remove[store].push(ours.id);
    }
  }
  for (const [k, t] of remoteTombs) {
    const mine = localTombs.get(k);
    if (!mine || t.deletedAt > mine.deletedAt) out.tombstones.push(t);
  }
  return out;
}
