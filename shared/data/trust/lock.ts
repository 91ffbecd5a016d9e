/**
 * The optional app lock: a passcode the person sets, from which an AES-GCM key is derived
 * (PBKDF2-SHA-256, 600,000 iterations, a random salt kept in the `lock` setting). While the
 * lock is on, everything that says something about the person or their family is stored
 * sealed: each record becomes `{ id, createdAt, updatedAt, <index fields>, kid, sealed: { iv, data } }`
 * with a fresh IV, its plain bytes padded to a bucket (`paddedLength` in crypto.ts). A journal
 * entry's id, which can name the question it answers, is stored as an HMAC (`storedId`).
 * Older databases are brought up to this at the next unlock (`sealWhatIsLeft`): an upgrade
 * step has no key.
 *
 * The key lives only in this module's memory, as a non-extractable `CryptoKey`. Locking
 * forgets it; a reload forgets it too. Nobody, including us, can open the records without
 * the passcode: there is no recovery.
 *
 * `record-store.ts` seals and opens records through `sealStored` / `openStored` (the one
 * read/write path); backup uses the same two. Turning the lock on or off and changing the
 * passcode rewrite every sealed store and the `lock` setting in ONE transaction.
 */
import type { IDBPDatabase } from 'idb';
import { isSealedSetting } from '../../domain/settings.ts';
import { ID_SECRET_BYTES, KDF, PBKDF2_ITERATIONS, SALT_BYTES, deriveKey, idKeyFrom, opaqueId, openJson, paddedLength, randomBytes, sealJson, type Sealed } from './crypto.ts';
import { getDb } from '../db.ts';
import { StorageError, toStorageError } from '../errors.ts';
import type { StoreName } from '../schema.ts';

/**
 * Stores whose every record says something about the person or their family: sealed while
 * the lock is on. `progress` holds the self-check answers, `star` the supporter-star scores.
 * The `settings` store is sealed per record: see `SEALED_SETTING_IDS`.
 */
export const SEALED_STORES = ['boundaries', 'journal', 'checkins', 'plans', 'ownPrompts', 'crisisPlan', 'safetyPlan', 'progress', 'star', 'patterns', 'activities'] as const satisfies readonly StoreName[];
/** One of the stores above. */
export type SealedStore = (typeof SEALED_STORES)[number];
/** Where sealed records live: the stores above, and the personal records of `settings`. */
export type SealedPlace = SealedStore | 'settings';

/**
 * Fields of a record left in clear when it is sealed, and why. `id` is the key; the others
 * are what the store's indexes read (newest first, by week, by date), so lists and queries
 * keep working without the key. Everything, these included, is also inside `sealed`, which
 * is what the app reads back.
 */
const RECORD_CLEAR_FIELDS: Readonly<Record<SealedPlace, readonly string[]>> = {
  boundaries: ['id', 'createdAt', 'updatedAt'],
  journal: ['id', 'createdAt', 'updatedAt', 'week'],
  checkins: ['id', 'createdAt', 'updatedAt'],
  plans: ['id', 'createdAt', 'updatedAt', 'scheduledAt'],
  ownPrompts: ['id', 'createdAt', 'updatedAt'],
  crisisPlan: ['id', 'createdAt', 'updatedAt'],
  // Not even whether the safety question was answered shows without the key.
  safetyPlan: ['id', 'createdAt', 'updatedAt'],
  // Week numbers are in the ids (`week-3`): which weeks were opened shows, not what was answered.
  progress: ['id', 'createdAt', 'updatedAt'],
  star: ['id', 'createdAt', 'updatedAt'],
  // The day an entry is about stays inside the seal: only when it was written or changed shows.
  patterns: ['id', 'createdAt', 'updatedAt'],
  activities: ['id', 'createdAt', 'updatedAt'],
  // A setting's name shows (`profile`), never its value.
  settings: ['id', 'createdAt', 'updatedAt'],
};

/** Prefix of a journal record's stored id while the lock is on (`storedId`). */
const OPAQUE_ID_PREFIX = 'h:';

/**
 * Every field in clear on a sealed record: the record's clear fields above, and `kid`, the
 * random id of the key that sealed it, so a copy sealed under an older passcode is told
 * apart without the key (the linked extension keeps copies). Records sealed before `kid`
 * was written have none; they open all the same.
 */
export const CLEAR_FIELDS: Readonly<Record<SealedPlace, readonly string[]>> = Object.fromEntries(
  Object.entries(RECORD_CLEAR_FIELDS).map(([store, fields]) => [store, [...fields, 'kid']]),
) as unknown as Record<SealedPlace, readonly string[]>;

/** The id of the settings record that holds the lock's salt and check value. */
export const LOCK_SETTING_ID = 'lock';
/** Shortest passcode accepted: long enough that guessing it takes real time. */
export const PASSCODE_MIN_LENGTH = 6;

/** What the `lock` setting holds: never the passcode or the key. */
export interface LockConfig {
  version: 1;
  /** A random id for this key, so a tab holding an older key notices it changed. */
  kid: string;
  kdf: typeof KDF;
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  /** A known text sealed with the key: it opens only with the right passcode. */
  check: Sealed;
  /**
   * A random secret, sealed with the key, behind the journal's stored ids (`storedId`).
   * Settings made before it existed have none until the next unlock adds one.
   */
  ids?: Sealed;
}

/** A sealed record as stored. */
export interface SealedRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  sealed: Sealed;
  [clear: string]: unknown;
}

/** The lock as the app sees it. `unknown` until the first `loadLockState()`. */
export type LockState = 'unknown' | 'off' | 'locked' | 'unlocked';

/** The key in memory, and which `lock` setting it belongs to. */
export interface HeldKey {
  kid: string;
  key: CryptoKey;
  /** Makes the journal's stored ids (`storedId`); absent for a `lock` setting made before it. */
  ids?: CryptoKey;
}

const CHECK_TEXT = 'alongside-lock-check';
const CHECK_CONTEXT = 'alongside/lock';
const IDS_CONTEXT = 'alongside/lock/ids';

let held: HeldKey | undefined;
/**
 * The key just replaced by a passcode change or by turning the lock off, kept in memory
 * only until this page locks or closes: the linked extension may still hold copies sealed
 * with it, and the course opens them once before they are replaced.
 */
let retired: HeldKey | undefined;
let state: LockState = 'unknown';
const rekeyedListeners = new Set<() => void>();
const listeners = new Set<(state: LockState) => void | Promise<void>>();
const pending = new Set<Promise<unknown>>();

type LooseDb = IDBPDatabase;

/** True for the stores that are sealed while the lock is on. */
export function isSealedStore(name: string): name is SealedStore {
  return (SEALED_STORES as readonly string[]).includes(name);
}

/** True for a record that is sealed while the lock is on: every record of a sealed store, and the personal settings. */
export function isSealedPlace(store: string, id: string): store is SealedPlace {
  return isSealedStore(store) || (store === 'settings' && isSealedSetting(id));
}

/**
 * The key a record is stored under. A journal entry's own id can name what it answers
 * (`ref:week-2-reflection-1`), so while the lock is on it is stored under an HMAC of that id
 * with a secret only the passcode opens: the same entry always finds its record, and the
 * stored id says nothing. Every other id is stored as it is (random, or a week number).
 */
export async function storedId(store: string, id: string, key: HeldKey | undefined): Promise<string> {
  if (store !== 'journal' || !key?.ids) return id;
  return OPAQUE_ID_PREFIX + (await opaqueId(key.ids, id));
}

/** True when a stored value is a sealed record. */
export function isSealedRecord(raw: unknown): raw is SealedRecord {
  const sealed = (raw as { sealed?: Partial<Sealed> } | null | undefined)?.sealed;
  return Boolean(sealed && sealed.iv instanceof Uint8Array && sealed.data instanceof Uint8Array);
}

/** True when two reads of one record saw the same stored value (a sealed one by its fresh IV). */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (isSealedRecord(a) && isSealedRecord(b)) return a.sealed.iv.every((x, i) => x === b.sealed.iv[i]);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The key in memory, if unlocked. */
export function heldKey(): HeldKey | undefined {
  return held;
}

/** The lock's state now. */
export function lockState(): LockState {
  return state;
}

/** Hears every change of state; a listener may return a promise (`lock()` waits for it). Returns an unsubscribe. */
export function onLockChange(listener: (state: LockState) => void | Promise<void>): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function setState(next: LockState): Promise<void> {
  if (next === state) return;
  state = next;
  await Promise.allSettled([...listeners].map((l) => l(next)));
}

/** Keeps track of a write, so `lock()` can let it finish before forgetting the key. */
export function trackWrite<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  void work.then(
    () => pending.delete(work),
    () => pending.delete(work),
  );
  return work;
}

function context(store: string, id: string): string {
  return `alongside/${store}/${id}`;
}

/** Seals a record of a sealed store with the key: clear index fields, everything else inside. */
export async function sealStored(store: SealedPlace, record: { id: string }, key: HeldKey): Promise<SealedRecord> {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_CLEAR_FIELDS[store]) {
    const value = (record as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  const id = await storedId(store, record.id, key);
  out.id = id;
  out.kid = key.kid;
  out.sealed = await sealJson(key.key, record, context(store, id));
  return out as SealedRecord;
}

/** True when a sealed value's size is one of the padding buckets (16 bytes of GCM tag on top). */
export function isPadded(raw: SealedRecord): boolean {
  const plain = raw.sealed.data.length - 16;
  return plain >= 0 && paddedLength(plain) === plain;
}

/** Opens a stored record: plain records pass through; sealed ones need the key. */
export async function openStored<T>(store: string, raw: unknown, key: HeldKey | undefined = held): Promise<T> {
  if (!isSealedRecord(raw)) return raw as T;
  if (!key) throw new StorageError('locked');
  try {
    return (await openJson(key.key, raw.sealed, context(store, raw.id))) as T;
  } catch (error) {
    // The key in memory is not the one this record was sealed with (changed in another tab).
    throw new StorageError('locked', { cause: error });
  }
}

/**
 * Opens a sealed record with any key this page knows (the one held, or the one a passcode
 * change here just replaced), trying the key its `kid` names first; throws `locked` when none
 * opens it. For records that come from elsewhere (the linked extension).
 */
export async function openWithKnownKeys<T>(store: string, raw: SealedRecord): Promise<T> {
  const keys = [held, retired].filter((k): k is HeldKey => k !== undefined).sort((a, b) => Number(b.kid === raw.kid) - Number(a.kid === raw.kid));
  for (const key of keys) {
    try {
      return await openStored<T>(store, raw, key);
    } catch {
      // Not this key: try the next.
    }
  }
  throw new StorageError('locked');
}

/** Hears every change of the `lock` setting made on this page (on, new passcode, off), after it is stored. Returns an unsubscribe. */
export function onLockRekeyed(listener: () => void): () => void {
  rekeyedListeners.add(listener);
  return () => rekeyedListeners.delete(listener);
}

/** The `lock` setting's value, or undefined when the lock is off. */
export async function readLockConfig(db?: LooseDb): Promise<LockConfig | undefined> {
  const record = (await (db ?? ((await getDb()) as unknown as LooseDb)).get('settings', LOCK_SETTING_ID)) as { value: LockConfig } | undefined;
  return record?.value;
}

/** The `lock` setting's value, read inside a transaction that includes the settings store. */
export async function lockConfigIn(tx: { objectStore(name: 'settings'): { get(key: string): Promise<unknown> } }): Promise<LockConfig | undefined> {
  return ((await tx.objectStore('settings').get(LOCK_SETTING_ID)) as { value: LockConfig } | undefined)?.value;
}

/** The key to write with, checked against the `lock` setting as stored now; throws `locked` without it. */
export function keyFor(config: LockConfig | undefined): HeldKey | undefined {
  if (!config) return undefined;
  if (!held || held.kid !== config.kid) throw new StorageError('locked');
  return held;
}

/** Reads whether the lock is on, and sets the state. Call once at start (and when another tab changes it). */
export async function loadLockState(): Promise<LockState> {
  const config = await readLockConfig().catch((error: unknown) => {
    throw toStorageError(error);
  });
  if (!config) {
    held = undefined;
    await setState('off');
  } else if (held?.kid === config.kid) {
    await setState('unlocked');
  } else {
    held = undefined;
    retired = undefined;
    await setState('locked');
  }
  return state;
}

async function keyFromPasscode(passcode: string, config: LockConfig): Promise<HeldKey> {
  const key = await deriveKey(passcode, config.salt, config.iterations);
  try {
    const check = await openJson(key, config.check, CHECK_CONTEXT);
    if (check !== CHECK_TEXT) throw new Error('check text differs');
  } catch (error) {
    throw new StorageError('wrong-passcode', { cause: error });
  }
  return { kid: config.kid, key, ids: config.ids ? await idKeyFrom((await openBytes(key, config.ids)) as Uint8Array<ArrayBuffer>) : undefined };
}

async function openBytes(key: CryptoKey, sealed: Sealed): Promise<Uint8Array> {
  const list = await openJson(key, sealed, IDS_CONTEXT);
  if (!Array.isArray(list) || list.length !== ID_SECRET_BYTES) throw new StorageError('unknown');
  return Uint8Array.from(list as number[]);
}

/** A fresh id secret, sealed with `key`, and the HMAC key made from it. */
async function newIds(key: CryptoKey): Promise<{ sealed: Sealed; ids: CryptoKey }> {
  const secret = randomBytes(ID_SECRET_BYTES);
  return { sealed: await sealJson(key, Array.from(secret), IDS_CONTEXT), ids: await idKeyFrom(secret) };
}

async function newConfig(passcode: string): Promise<{ config: LockConfig; key: HeldKey }> {
  const salt = randomBytes(SALT_BYTES);
  const kid = crypto.randomUUID();
  const key = await deriveKey(passcode, salt, PBKDF2_ITERATIONS);
  const check = await sealJson(key, CHECK_TEXT, CHECK_CONTEXT, { pad: false });
  const ids = await newIds(key);
  return { config: { version: 1, kid, kdf: KDF, iterations: PBKDF2_ITERATIONS, salt, check, ids: ids.sealed }, key: { kid, key, ids: ids.ids } };
}

/** Opens the lock with the passcode; throws `wrong-passcode` (nothing changes) when it does not match. */
export async function unlock(passcode: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) {
    held = undefined;
    await setState('off');
    return;
  }
  held = await keyFromPasscode(passcode, config);
  await setState('unlocked');
  // Records stored by an older version (in clear, unpadded, or under a journal id that names
  // what it answers) are sealed properly now that the key is here; tried again next time if
  // anything gets in the way.
  await sealWhatIsLeft(config).catch(() => undefined);
}

/**
 * The migration for sealing that needs the key (an IndexedDB upgrade step has none): gives an
 * older `lock` setting its id secret, and rewrites every record of the sealed stores that is
 * not sealed, padded and stored under its opaque id, in one transaction (`rekey`).
 */
async function sealWhatIsLeft(config: LockConfig): Promise<void> {
  const key = held;
  if (!key || key.kid !== config.kid) return;
  if (!config.ids) {
    const ids = await newIds(key.key);
    const next: HeldKey = { ...key, ids: ids.ids };
    await rekey(key, next, { ...config, ids: ids.sealed });
    if (held === key) held = next;
    return;
  }
  const groups = await readSealedGroups((await getDb()) as unknown as LooseDb);
  const stale = await Promise.all(
    groups.flatMap(({ store, records }) =>
      records.map(async (raw) => {
        if (!isSealedRecord(raw)) return true;
        if (!isPadded(raw)) return true;
        return store === 'journal' && !raw.id.startsWith(OPAQUE_ID_PREFIX);
      }),
    ),
  );
  if (stale.some(Boolean)) await rekey(key, key, config);
}

/** Every record that is sealed while the lock is on, by store, from one read. */
async function readSealedGroups(db: LooseDb): Promise<{ store: SealedPlace; records: { id: string }[] }[]> {
  const read = db.transaction([...SEALED_STORES, 'settings'], 'readonly');
  const groups = await Promise.all(
    [...SEALED_STORES, 'settings' as const].map(async (store) => ({
      store,
      records: ((await read.objectStore(store).getAll()) as { id: string }[]).filter((r) => isSealedPlace(store, r.id)),
    })),
  );
  await read.done;
  return groups;
}

/** Resolves once every write under way has finished (before a reload, or forgetting the key). */
export async function settleWrites(): Promise<void> {
  // A field closing or losing focus may read before it writes: give it a moment to start.
  do {
    await Promise.allSettled([...pending]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (pending.size);
}

/**
 * Locks now: tells listeners first (the app hides what is on screen, and any text being
 * typed is saved), waits for writes under way, then forgets the key.
 */
export async function lock(): Promise<void> {
  if (state !== 'unlocked') return;
  await setState('locked');
  await settleWrites();
  held = undefined;
  retired = undefined;
}

/** A passcode problem in plain words, or '' when it is fine to use. */
export function passcodeProblem(passcode: string, again: string): string {
  if (passcode.length < PASSCODE_MIN_LENGTH) return `Please use at least ${PASSCODE_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`;
  if (passcode !== again) return 'The two passcodes are not the same. Please type them again.';
  return '';
}

/** Turns the lock on: seals every record of the person's words in one transaction. */
export async function enableLock(passcode: string): Promise<void> {
  if ((await loadLockState()) !== 'off') throw new StorageError('unknown');
  const next = await newConfig(passcode);
  await rekey(undefined, next.key, next.config);
  held = next.key;
  await setState('unlocked');
  announce();
}

/** Changes the passcode: every sealed record is sealed again with the new key, in one transaction. */
export async function changePasscode(current: string, next: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) throw new StorageError('unknown');
  const old = await keyFromPasscode(current, config);
  const fresh = await newConfig(next);
  await rekey(old, fresh.key, fresh.config);
  held = fresh.key;
  retired = old;
  await setState('unlocked');
  announce();
}

/** Turns the lock off after checking the passcode: every record is stored open again, in one transaction. */
export async function disableLock(current: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) return;
  const old = await keyFromPasscode(current, config);
  await rekey(old, undefined, undefined);
  held = undefined;
  retired = old;
  await setState('off');
  announce();
}

/** A stand-in for a stored value that changes whenever it is written (a fresh IV per seal). */
function fingerprint(raw: unknown): string {
  if (isSealedRecord(raw)) return `${raw.id}:${Array.from(raw.sealed.iv).join(',')}`;
  return JSON.stringify(raw);
}

/**
 * Rewrites every record of the sealed stores (and the personal settings) from one key (or
 * none) to another (or none), and the `lock` setting with them, in ONE readwrite transaction.
 * A journal entry's stored id changes with the key (`storedId`), so its old record goes in the
 * same transaction. Crypto cannot run inside an IndexedDB transaction (it would commit), so
 * the records are read, transformed, and written only if nothing changed in between;
 * otherwise it starts again.
 */
async function rekey(from: HeldKey | undefined, to: HeldKey | undefined, config: LockConfig | undefined): Promise<void> {
  const stores = [...SEALED_STORES, 'settings'] as const;
  for (let attempt = 0; attempt < 5; attempt++) {
    const db = (await getDb()) as unknown as LooseDb;
    const snapshot = await readSealedGroups(db);
    const before = await readLockConfig(db);
    if (before?.kid !== from?.kid) throw new StorageError('locked');

    const out = await Promise.all(
      snapshot.map(async ({ store, records }) => {
        const plain = await Promise.all(records.map((raw) => openStored<{ id: string; updatedAt?: number }>(store, raw, from)));
        return Promise.all(newestOfEach(plain).map((record) => (to ? sealStored(store, record, to) : record)));
      }),
    );

    const write = db.transaction([...stores], 'readwrite');
    const now = await Promise.all(
      snapshot.map(async ({ store }) => ((await write.objectStore(store).getAll()) as { id: string }[]).filter((r) => isSealedPlace(store, r.id))),
    );
    const current = (await write.objectStore('settings').get(LOCK_SETTING_ID)) as { value: LockConfig; createdAt: number } | undefined;
    const unchanged =
      current?.value.kid === before?.kid &&
      now.every((list, i) => list.length === snapshot[i]!.records.length && list.every((raw, j) => fingerprint(raw) === fingerprint(snapshot[i]!.records[j])));
    if (!unchanged) {
      abortQuietly(write);
      await write.done.catch(() => undefined);
      continue;
    }
    try {
      const at = Date.now();
      const settings = write.objectStore('settings');
      const writes: Promise<unknown>[] = [];
      const queue = (request: Promise<unknown>) => {
        // Once one request fails the rest fail with it; the first failure is the one reported.
        request.catch(() => undefined);
        writes.push(request);
      };
      for (const [i, { store, records }] of snapshot.entries()) {
        const kept = new Set(out[i]!.map((r) => r.id));
        for (const old of records) if (!kept.has(old.id)) queue(write.objectStore(store).delete(old.id));
        for (const record of out[i]!) queue(write.objectStore(store).put(record));
      }
      queue(config ? settings.put({ id: LOCK_SETTING_ID, value: config, createdAt: current?.createdAt ?? at, updatedAt: at }) : settings.delete(LOCK_SETTING_ID));
      await Promise.all(writes);
      await write.done;
      return;
    } catch (error) {
      abortQuietly(write);
      await write.done.catch(() => undefined);
      throw toStorageError(error);
    }
  }
  throw new StorageError('unknown');
}

/**
 * One record per id, the latest change kept: a journal entry written under its own id while
 * an older database waited for `sealWhatIsLeft` may be stored twice, once under each id.
 */
function newestOfEach<R extends { id: string; updatedAt?: number }>(records: R[]): R[] {
  const byId = new Map<string, R>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen || (r.updatedAt ?? 0) > (seen.updatedAt ?? 0)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Aborts a transaction that may already have ended. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was written by us.
  }
}

let channel: BroadcastChannel | undefined;

/** Other tabs of Alongside hear that the lock changed, and lock themselves if their key is stale; this page's listeners hear it too. */
function announce(): void {
  channel?.postMessage({ type: 'lock-changed' });
  for (const listener of rekeyedListeners) listener();
}

/** Starts listening to other tabs (pages only; call once at start). */
export function listenAcrossTabs(): () => void {
  if (typeof BroadcastChannel === 'undefined' || channel) return () => undefined;
  const c = new BroadcastChannel('alongside-lock');
  c.onmessage = () => void loadLockState().catch(() => undefined);
  channel = c;
  return () => {
    c.close();
    channel = undefined;
  };
}

/** Forgets the key and the state (delete-all, tests). */
export async function resetLock(): Promise<void> {
  held = undefined;
  retired = undefined;
  await setState('unknown');
}
