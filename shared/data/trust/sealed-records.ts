/**
 * What a sealed record is, and the two ways through it: `sealStored` makes one from a record
 * and the key, `openStored` gives the record back. Which stores are sealed, which fields stay
 * in clear and why, and the journal's opaque ids are decided here, so the record store,
 * settings, backup and the link all seal and open the same way.
 */
import { isSealedSetting } from '../../domain/settings.ts';
import { opaqueId, openJson, paddedLength, sealJson } from './crypto.ts';
import { StorageError } from '../errors.ts';
import type { SealedRecord, StoreName, Stored } from '../schema.ts';
import { heldKey, knownKeys } from './lock-state.ts';
import type { HeldKey } from './lock-config.ts';

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

const DATES = ['id', 'createdAt', 'updatedAt', 'kid'] as const;

/**
 * Every field in clear on a sealed record, and why. `id` is the key; the dates and the others
 * are what the store's indexes read (newest first, by week, by date), so lists and queries keep
 * working without the key. `kid` is the random id of the key that sealed it, so a copy sealed
 * under an older passcode is told apart without the key (the linked extension keeps copies).
 * Everything, these included, is also inside `sealed`, which is what the app reads back.
 */
export const CLEAR_FIELDS: Readonly<Record<SealedPlace, readonly string[]>> = {
  boundaries: DATES,
  journal: [...DATES, 'week'],
  checkins: DATES,
  plans: [...DATES, 'scheduledAt'],
  ownPrompts: DATES,
  crisisPlan: DATES,
  // Not even whether the safety question was answered shows without the key.
  safetyPlan: DATES,
  // Week numbers are in the ids (`week-3`): which weeks were opened shows, not what was answered.
  progress: DATES,
  star: DATES,
  // The day an entry is about stays inside the seal: only when it was written or changed shows.
  patterns: DATES,
  activities: DATES,
  // A setting's name shows (`profile`), never its value.
  settings: DATES,
};

/** Prefix of a journal record's stored id while the lock is on (`storedId`). */
export const OPAQUE_ID_PREFIX = 'h:';

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

/** True when a stored value is a sealed record (IV and ciphertext as bytes). */
export function isSealedRecord<T>(raw: Stored<T> | undefined): raw is SealedRecord<T> {
  if (typeof raw !== 'object' || raw === null || !('sealed' in raw)) return false;
  const sealed = raw.sealed;
  return typeof sealed === 'object' && sealed !== null && 'iv' in sealed && sealed.iv instanceof Uint8Array && 'data' in sealed && sealed.data instanceof Uint8Array;
}

/** True for a stored value that is not sealed: the record itself. */
export function isOpen<T>(raw: Stored<T>): raw is T {
  return !isSealedRecord(raw);
}

/** A stored record that is not sealed, as it is; throws `locked` for a sealed one (for places the lock never seals, or where it is off). */
export function plainStored<T>(raw: Stored<T> | undefined): T | undefined {
  if (isSealedRecord(raw)) throw new StorageError('locked');
  return raw;
}

/** True when two reads of one record saw the same stored value (a sealed one by its fresh IV). */
export function sameStoredValue<T>(a: Stored<T> | undefined, b: Stored<T> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (isSealedRecord(a) && isSealedRecord(b)) return a.sealed.iv.every((x, i) => x === b.sealed.iv[i]);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A stand-in for a stored value that changes whenever it is written (a fresh IV per seal). */
export function fingerprint<T>(raw: Stored<T>): string {
  if (isSealedRecord(raw)) return `${raw.id}:${Array.from(raw.sealed.iv).join(',')}`;
  return JSON.stringify(raw);
}

function context(store: string, id: string): string {
  return `alongside/${store}/${id}`;
}

/** Seals a record of a sealed place with the key: clear index fields, everything else inside. */
export async function sealStored<T extends { id: string; updatedAt: number }>(store: StoreName, record: T, key: HeldKey): Promise<SealedRecord<T>> {
  // Only records of a sealed place are sealed; anything else reaching here is a bug, not data.
  if (store !== 'settings' && !isSealedStore(store)) throw new StorageError('unknown');
  const fields = CLEAR_FIELDS[store];
  const clear: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) if (value !== undefined && fields.includes(field)) clear[field] = value;
  const id = await storedId(store, record.id, key);
  return { ...clear, id, updatedAt: record.updatedAt, kid: key.kid, sealed: await sealJson(key.key, record, context(store, id)) };
}

/** True when a sealed value's size is one of the padding buckets (16 bytes of GCM tag on top). */
export function isPadded(raw: SealedRecord): boolean {
  const plain = raw.sealed.data.length - 16;
  return plain >= 0 && paddedLength(plain) === plain;
}

/** Opens a stored record: plain records pass through; sealed ones need the key. */
export async function openStored<T>(store: string, raw: Stored<T>, key: HeldKey | undefined = heldKey()): Promise<T> {
  if (!isSealedRecord(raw)) return raw;
  if (!key) throw new StorageError('locked');
  try {
    return await openJson(key.key, raw.sealed, context(store, raw.id));
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
export async function openWithKnownKeys<T>(store: string, raw: SealedRecord<T>): Promise<T> {
  const keys = knownKeys().sort((a, b) => Number(b.kid === raw.kid) - Number(a.kid === raw.kid));
  for (const key of keys) {
    try {
      return await openStored(store, raw, key);
    } catch {
      // Not this key: try the next.
    }
  }
  throw new StorageError('locked');
}
