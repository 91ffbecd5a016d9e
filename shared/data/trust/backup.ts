/**
 * Backup and restore: every store (settings too) to one versioned JSON file, optionally
 * protected with a passphrase (PBKDF2-SHA-256, 600,000 iterations → AES-GCM 256, random
 * salt and IV), and back.
 *
 * Restoring is all-or-nothing: the file is read and checked whole first
 * (`shared/domain/trust/backup-format.ts`), records are sealed for the app lock if it is on, and
 * then everything is written in ONE readwrite transaction over every store. Any failure
 * (a full disk, a closed tab, a lock changed in another tab) aborts it, and the database
 * is exactly as it was.
 */
import type { IDBPTransaction } from 'idb';
import {
  BACKUP_KDF,
  BackupError,
  backupFile,
  backupFileName,
  encryptedBackupFile,
  futureDateKey,
  readBackupText,
  type BackupContents,
} from '../../domain/trust/backup-format.ts';
import { incomingWins, summarizeBackup, type BackupSummary } from '../../domain/trust/backup-summary.ts';
import type { BackupRecord, BackupStoreName } from '../../domain/trust/record-schemas.ts';
import { DEVICE_ONLY_SETTING_IDS } from '../../domain/trust/setting-schemas.ts';
import { fromBase64, toBase64 } from '../../domain/base64.ts';
import { IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, decryptBytes, deriveKey, encryptBytes, fromUtf8, randomBytes, utf8 } from './crypto.ts';
import { markBackedUp } from './backup-reminder.ts';
import { DB_VERSION, getDb } from '../db.ts';
import { StorageError, toStorageError } from '../errors.ts';
import { clampSetting, type SettingChange } from '../../domain/settings.ts';
import { lockConfigIn, readLockConfig } from './lock-config.ts';
import { heldKey, keyFor, trackWrite } from './lock-state.ts';
import type { HeldKey } from './lock-config.ts';
import { isSealedPlace, openStored, sealStored } from './sealed-records.ts';
import { STORE_NAMES, type AlongsideDB, type StoreName, type StoreRecords } from '../schema.ts';
import { abandon } from '../transactions.ts';

// The file holds exactly the database's stores: adding a store asks for its backup schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const STORES_MATCH: Same<StoreName, BackupStoreName> = true;
void STORES_MATCH;

/** Authenticated with the ciphertext, so a file's encrypted part only opens as an Alongside backup. */
const BACKUP_CONTEXT = 'alongside/backup/1';

/** A backup ready to hand to the person. */
export interface ExportedBackup {
  /** The file's text. */
  text: string;
  /** A name such as `alongside-backup-2026-05-12.json`. */
  fileName: string;
  /** What it holds. */
  summary: BackupSummary;
  /** True when protected with a passphrase. */
  encrypted: boolean;
}

/** How a restore treats what is already here. */
export type RestoreMode = 'merge' | 'replace';

/** What a restore changed. */
export interface RestoreResult {
  /** Records that were not here before. */
  added: number;
  /** Records replaced by the file's newer copy (merge), or every record written (replace). */
  updated: number;
  /** Records kept because the copy here is as new or newer (merge only). */
  kept: number;
}

/** Every store's records, opened: what a backup holds. */
export type Everything = { [N in StoreName]: StoreRecords[N][] };

/** One store's records as stored, read in a transaction; `open` gives them opened, after it. */
async function readStore<N extends StoreName>(tx: IDBPTransaction<AlongsideDB, StoreName[], 'readonly'>, name: N): Promise<readonly [N, () => Promise<StoreRecords[N][]>]> {
  let records = await tx.objectStore(name).getAll();
  if (name === 'settings') records = records.filter((r) => !DEVICE_ONLY_SETTING_IDS.includes(r.id));
  return [name, () => Promise.all(records.map((r) => openStored(name, r, heldKey())))];
}

/** Every record of every store, opened, from one consistent read; settings for one device left out. */
export async function readEverything(): Promise<Everything> {
  const tx = (await getDb()).transaction([...STORE_NAMES], 'readonly');
  const read = await Promise.all(STORE_NAMES.map((name) => readStore(tx, name)));
  await tx.done;
  // Store by store, as before: opening every sealed record of every store at once only adds
  // garbage for the collector (slower with 50,000 records), not speed.
  const opened = [];
  for (const [name, open] of read) opened.push([name, await open()] as const);
  // Object.fromEntries cannot say that each name keeps its own records, nor that every store
  // is there: `readStore` pairs them, and STORE_NAMES lists every store.
  return Object.fromEntries(opened) as Everything;
}

/**
 * Makes a backup file of everything. With a passphrase, the file's contents are encrypted
 * (the passphrase is never stored; without it the file cannot be opened).
 */
export async function exportBackup(options: { passphrase?: string; now?: number } = {}): Promise<ExportedBackup> {
  return guardedBackup(async () => {
    const now = options.now ?? Date.now();
    const stores = await readEverything();
    const plain = backupFile({ schemaVersion: DB_VERSION, exportedAt: now, stores });
    const summary = summarizeBackup({ schemaVersion: DB_VERSION, exportedAt: now, stores, skippedSettings: 0 });
    if (!options.passphrase) return { text: plain, fileName: backupFileName(now), summary, encrypted: false };
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(options.passphrase, salt, PBKDF2_ITERATIONS);
    const sealed = await encryptBytes(key, utf8(plain), BACKUP_CONTEXT);
    const text = encryptedBackupFile({
      kdf: BACKUP_KDF,
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(sealed.iv),
      ciphertext: toBase64(sealed.data),
    });
    return { text, fileName: backupFileName(now), summary, encrypted: true };
  });
}

/** True when the file's text is a protected backup (so the page asks for the passphrase). */
export function isProtectedBackup(text: string): boolean {
  try {
    return readBackupText(text, DB_VERSION).kind === 'encrypted';
  } catch {
    return false;
  }
}

/**
 * Reads and checks a backup file (opening it with the passphrase if it is protected).
 * Throws a `BackupError` (its kind, for the UI to put into words); writes nothing.
 */
export async function openBackup(text: string, passphrase?: string): Promise<OpenedBackup> {
  const read = readBackupText(text, DB_VERSION);
  if (read.kind === 'plain') return clampSettings(read.contents);
  if (!passphrase) throw new BackupError('needs-passphrase');
  const { envelope } = read;
  const salt = fromBase64(envelope.salt);
  const iv = fromBase64(envelope.iv);
  const data = fromBase64(envelope.ciphertext);
  if (!salt || salt.length < 8 || salt.length > 64 || !iv || iv.length !== IV_BYTES || !data || data.length < 16) throw new BackupError('damaged', { part: 'protection' });
  let inner: string;
  try {
    const key = await deriveKey(passphrase, salt, envelope.iterations);
    inner = fromUtf8(await decryptBytes(key, { iv, data }, BACKUP_CONTEXT));
  } catch (error) {
    throw new BackupError('wrong-passphrase', undefined, { cause: error });
  }
  const opened = readBackupText(inner, DB_VERSION);
  if (opened.kind !== 'plain') throw new BackupError('damaged', { part: 'protection' });
  return clampSettings(opened.contents);
}

/** A checked backup, with its settings brought into the ranges the settings screens offer. */
export interface OpenedBackup extends BackupContents {
  /** What was changed to fit, for the restore screen to put into words; empty when nothing. */
  clamped: SettingChange[];
}

/** The backup with each setting clamped (`clampSetting`), and what that changed. */
export function clampSettings(contents: BackupContents): OpenedBackup {
  const clamped: SettingChange[] = [];
  const settings = contents.stores.settings.map((record) => {
    const { value, change } = clampSetting(record.id, record.value);
    if (!change) return record;
    clamped.push(change);
    return { ...record, value };
  });
  return { ...contents, stores: { ...contents.stores, settings }, clamped };
}

/** What a checked backup holds, for the preview; and noting a saved backup, for the reminder. */
export { markBackedUp, summarizeBackup };

/**
 * Writes a checked backup: `merge` adds what is new and keeps the newest copy of each
 * record (by `updatedAt`; a record whose future dates were set back only fills a gap); `replace` makes the database exactly the file's contents (this
 * device's own settings, such as the lock, stay). One transaction: all or nothing.
 */
export function restoreBackup(contents: BackupContents, mode: RestoreMode): Promise<RestoreResult> {
  return trackWrite(guardedBackup(() => restore(contents, mode)));
}

/** Reads, checks and restores a file in one call (tests, and callers with no preview). */
export async function importBackup(text: string, options: { mode: RestoreMode; passphrase?: string }): Promise<RestoreResult> {
  return restoreBackup(await openBackup(text, options.passphrase), options.mode);
}

/**
 * Each store's records as the file holds them are records of that store: compile-time checks
 * that the backup's schemas (`RECORD_SCHEMAS`) give what the stores hold, one per store.
 */
const AS_RECORD: { [N in StoreName]: (record: BackupRecord<N>) => StoreRecords[N] } = {
  boundaries: (r) => r,
  settings: (r) => r,
  progress: (r) => r,
  journal: (r) => r,
  checkins: (r) => r,
  star: (r) => r,
  plans: (r) => r,
  ownPrompts: (r) => r,
  favourites: (r) => r,
  crisisPlan: (r) => r,
  tombstones: (r) => r,
  safetyPlan: (r) => r,
  patterns: (r) => r,
  activities: (r) => r,
};

type RestoreTx = IDBPTransaction<AlongsideDB, StoreName[], 'readwrite'>;

/** What one store's part of a restore does inside the transaction. */
type RestoreStep = (tx: RestoreTx, result: RestoreResult, queue: (request: Promise<unknown>) => void) => Promise<void>;

/** One store's part of a restore: its records sealed first (crypto cannot run inside the transaction), then how to write them. */
async function restoreStep<N extends StoreName>(name: N, contents: OpenedBackup, mode: RestoreMode, key: HeldKey | undefined): Promise<RestoreStep> {
  const records = contents.stores[name].map(AS_RECORD[name]);
  const stored = key ? await Promise.all(records.map((r) => (isSealedPlace(name, r.id) ? sealStored(name, r, key) : r))) : records;
  const now = Date.now();
  return async (tx, result, queue) => {
    const store = tx.objectStore(name);
    const here = new Map((await store.getAll()).map((r) => [r.id, r]));
    if (mode === 'replace') {
      for (const id of here.keys()) if (!(name === 'settings' && DEVICE_ONLY_SETTING_IDS.includes(id))) queue(store.delete(id));
    }
    records.forEach((record, i) => {
      // Stored ids can differ from the record's own (a journal entry's, while the lock is on).
      const existing = here.get(stored[i]!.id);
      if (mode === 'merge' && !incomingWins(existing, record, contents.futureDated?.has(futureDateKey(name, record.id)), now)) {
        result.kept++;
        return;
      }
      if (existing) result.updated++;
      else result.added++;
      queue(store.put(stored[i]!));
    });
  };
}

async function restore(unclamped: BackupContents, mode: RestoreMode): Promise<RestoreResult> {
  // Clamped here too, so no caller can write a setting the screens would not offer.
  const contents = clampSettings(unclamped);
  for (let attempt = 0; attempt < 5; attempt++) {
    const db = await getDb();
    const config = await readLockConfig(db);
    const key = keyFor(config);
    const steps = await Promise.all(STORE_NAMES.map((name) => restoreStep(name, contents, mode, key)));

    const tx = db.transaction([...STORE_NAMES], 'readwrite');
    try {
      if ((await lockConfigIn(tx))?.kid !== config?.kid) {
        // The lock changed in another tab between sealing and writing: start again.
        await abandon(tx);
        continue;
      }
      const result: RestoreResult = { added: 0, updated: 0, kept: 0 };
      const writes: Promise<unknown>[] = [];
      const queue = (request: Promise<unknown>) => {
        // Once one request fails the rest fail with it; the first failure is the one reported, below.
        request.catch(() => undefined);
        writes.push(request);
      };
      for (const step of steps) await step(tx, result, queue);
      await Promise.all(writes);
      await tx.done;
      return result;
    } catch (error) {
      await abandon(tx);
      throw error;
    }
  }
  throw new StorageError('unknown');
}

async function guardedBackup<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw toStorageError(error);
  }
}
