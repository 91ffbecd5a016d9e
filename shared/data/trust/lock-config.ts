/**
 * The `lock` setting: what is stored about the passcode (a salt, a check value, the sealed
 * secret behind the journal's ids, never the passcode or the key), checked on every read as
 * any stored data is, and the steps between it and a key: making one for a new passcode,
 * and getting the key back from a passcode.
 */
import * as v from 'valibot';
import { ID_SECRET_BYTES, KDF, PBKDF2_ITERATIONS, SALT_BYTES, deriveKey, idKeyFrom, openJson, randomBytes, sealJson, type Sealed } from './crypto.ts';
import { getDb, type Database } from '../db.ts';
import { StorageError } from '../errors.ts';
import type { SettingRecord, Stored } from '../schema.ts';

/** The id of the settings record that holds the lock's salt and check value. */
export const LOCK_SETTING_ID = 'lock';

const CHECK_TEXT = 'alongside-lock-check';
const CHECK_CONTEXT = 'alongside/lock';
const IDS_CONTEXT = 'alongside/lock/ids';

function isBytes(x: unknown): x is Uint8Array<ArrayBuffer> {
  return x instanceof Uint8Array && x.buffer instanceof ArrayBuffer;
}

const bytes = v.custom<Uint8Array<ArrayBuffer>>(isBytes);
const sealedSchema = v.object({ iv: bytes, data: bytes }) satisfies v.GenericSchema<unknown, Sealed>;

/** What the `lock` setting holds. */
export const lockConfigSchema = v.object({
  version: v.literal(1),
  /** A random id for this key, so a tab holding an older key notices it changed. */
  kid: v.string(),
  kdf: v.literal(KDF),
  iterations: v.number(),
  salt: bytes,
  /** A known text sealed with the key: it opens only with the right passcode. */
  check: sealedSchema,
  /**
   * A random secret, sealed with the key, behind the journal's stored ids (`storedId`).
   * Settings made before it existed have none until the next unlock adds one.
   */
  ids: v.optional(sealedSchema),
});

/** What the `lock` setting holds: never the passcode or the key. */
/** The key in memory, and which `lock` setting it belongs to. */
export interface HeldKey {
  kid: string;
  key: CryptoKey;
  /** Makes the journal's stored ids (`storedId`); absent for a `lock` setting made before it. */
  ids?: CryptoKey;
}

export type LockConfig = v.InferOutput<typeof lockConfigSchema>;

/**
 * The lock setting's value from its stored record; undefined when there is none (the lock is
 * off). A record that is there but out of shape throws: reading it as "off" would write the
 * person's words in clear beside sealed ones.
 */
export function lockConfigOf(record: Stored<SettingRecord> | undefined): LockConfig | undefined {
  if (!record) return undefined;
  const parsed = v.safeParse(lockConfigSchema, record.value);
  if (!parsed.success) throw new StorageError('unknown', { cause: new Error('The lock setting is out of shape.') });
  return parsed.output;
}

/** The `lock` setting's value, or undefined when the lock is off. */
export async function readLockConfig(db?: Database): Promise<LockConfig | undefined> {
  return lockConfigOf(await (db ?? (await getDb())).get('settings', LOCK_SETTING_ID));
}

/** The `lock` setting's value, read inside a transaction that includes the settings store. */
export async function lockConfigIn(tx: { objectStore(name: 'settings'): { get(key: string): Promise<Stored<SettingRecord> | undefined> } }): Promise<LockConfig | undefined> {
  return lockConfigOf(await tx.objectStore('settings').get(LOCK_SETTING_ID));
}

/** The key from a passcode, checked against the stored check value; throws `wrong-passcode` when it does not match. */
export async function keyFromPasscode(passcode: string, config: LockConfig): Promise<HeldKey> {
  const key = await deriveKey(passcode, config.salt, config.iterations);
  try {
    const check = await openJson(key, config.check, CHECK_CONTEXT);
    if (check !== CHECK_TEXT) throw new Error('check text differs');
  } catch (error) {
    throw new StorageError('wrong-passcode', { cause: error });
  }
  return { kid: config.kid, key, ids: config.ids ? await idKeyFrom(await openIdSecret(key, config.ids)) : undefined };
}

async function openIdSecret(key: CryptoKey, sealed: Sealed): Promise<Uint8Array<ArrayBuffer>> {
  const list = await openJson(key, sealed, IDS_CONTEXT);
  const isByte = (n: unknown) => Number.isInteger(n) && Number(n) >= 0 && Number(n) <= 255;
  if (!Array.isArray(list) || list.length !== ID_SECRET_BYTES || !list.every(isByte)) throw new StorageError('unknown');
  return Uint8Array.from(list);
}

/** A fresh id secret, sealed with `key`, and the HMAC key made from it. */
export async function newIds(key: CryptoKey): Promise<{ sealed: Sealed; ids: CryptoKey }> {
  const secret = randomBytes(ID_SECRET_BYTES);
  return { sealed: await sealJson(key, Array.from(secret), IDS_CONTEXT), ids: await idKeyFrom(secret) };
}

/** A new `lock` setting for a passcode, and its key. */
export async function newConfig(passcode: string): Promise<{ config: LockConfig; key: HeldKey }> {
  const salt = randomBytes(SALT_BYTES);
  const kid = crypto.randomUUID();
  const key = await deriveKey(passcode, salt, PBKDF2_ITERATIONS);
  const check = await sealJson(key, CHECK_TEXT, CHECK_CONTEXT, { pad: false });
  const ids = await newIds(key);
  return { config: { version: 1, kid, kdf: KDF, iterations: PBKDF2_ITERATIONS, salt, check, ids: ids.sealed }, key: { kid, key, ids: ids.ids } };
}
