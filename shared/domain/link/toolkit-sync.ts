/**
 * Two-way sync of the toolkit between the PWA's and the extension's databases: pure
 * merging, so it can be tested without a browser. Per item, the newest change wins; a
 * deletion is a tombstone that wins over any copy changed before it, and over any copy
 * whose time has not come yet.
 *
 * Both products run in one browser on one clock, so a stamp from the future is forged (or
 * the clock was wound back): it is never believed. Such a copy ranks below every real
 * change, and a tombstone always beats it, so a "year 9999" item can still be edited and
 * deleted. Re-adding a deleted item is a new change after the delete: a new boundary, plan
 * or own prompt gets a new id, and marking a favourite again is stamped now, after the
 * delete, so it wins.
 */
import { isFromTheFuture } from '../trust/trusted-time.ts';

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
 * True when a copy stamped `a` is a later change than one stamped `b`. A time that has not
 * come yet ranks below every real one (between two such, the later stamp, so both sides still
 * settle on one copy).
 */
export function isLaterChange(a: number, b: number, now: number): boolean {
  const aForged = isFromTheFuture(a, now);
  if (aForged !== isFromTheFuture(b, now)) return !aForged;
  return a > b;
}

/** True when a tombstone deletes a copy: the copy was last changed no later than the delete, or claims a time that has not come yet. */
export function tombstoneBeats(tomb: Pick<Tombstone, 'deletedAt'>, copy: Pick<SyncRecord, 'updatedAt'>, now: number): boolean {
  return tomb.deletedAt >= copy.updatedAt || isFromTheFuture(copy.updatedAt, now);
}

/**
 * Merges two snapshots and says what `local` must change to reach the merged state.
 * Run it on each side with the other's snapshot; both then hold the same items.
 *
 * `wrongForm`, when given, says which copies are not in the form they should be kept in
 * (the lock changed): such a remote copy is never taken, and such a local copy gives way to
 * a remote copy of the same change (same `updatedAt`), so a lock change settles in one sync.
 */
export function changesFor(
  local: SyncSnapshot,
  remote: SyncSnapshot,
  wrongForm?: (store: SyncedStore, record: SyncRecord) => boolean,
  now: number = Date.now(),
): SyncChanges {
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
      if (tomb && tombstoneBeats(tomb, theirs, now)) continue; // we deleted it after their last change
      const replacesWrongForm = ours !== undefined && theirs.updatedAt === ours.updatedAt && (wrongForm?.(store, ours) ?? false);
      if (!ours || isLaterChange(theirs.updatedAt, ours.updatedAt, now) || replacesWrongForm) out.put[store].push(theirs);
    }
    for (const ours of local.records[store]) {
      const tomb = remoteTombs.get(key(store, ours.id));
      if (tomb && tombstoneBeats(tomb, ours, now)) out.remove[store].push(ours.id);
    }
  }
  for (const [k, t] of remoteTombs) {
    const mine = localTombs.get(k);
    if (!mine || t.deletedAt > mine.deletedAt) out.tombstones.push(t);
  }
  return out;
}
