import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './errors.ts';
import { MIGRATIONS, runMigrations } from './migrations.ts';
import type { AlongsideDB } from './schema.ts';

/** The database's name; the PWA and the extension each have their own, by origin. */
export const DB_NAME = 'alongside';
/** The current schema version: one per migration step. */
export const DB_VERSION = MIGRATIONS.length;

/** Our database, typed. */
export type Database = IDBPDatabase<AlongsideDB>;

let connection: Promise<Database> | undefined;
let closedForGood = false;
const listeners = new Set<(error: StorageError) => void>();

/** Hears storage problems that are not tied to one call (another tab upgrading, the browser closing the database). */
export function onStorageTrouble(listener: (error: StorageError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(error: StorageError): void {
  for (const l of listeners) l(error);
}

/**
 * Opens (once) and returns the database, running any upgrade steps.
 * The only `openDB` in the product: every read and write goes through here.
 */
export function getDb(): Promise<Database> {
  if (closedForGood) return Promise.reject(new StorageError('unavailable'));
  connection ??= open(DB_VERSION).catch((error: unknown) => {
    connection = undefined;
    throw toStorageError(error);
  });
  return connection;
}

/** Opens the database at a given version; tests use it to build older-version fixtures. */
export async function open(version: number, name = DB_NAME): Promise<Database> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  const db = await openDB<AlongsideDB>(name, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      runMigrations(database, tx, oldVersion, newVersion ?? version);
    },
    blocked() {
      // Another tab holds the old version open; it is asked to close (see `blocking`). Only
      // speak up if that does not happen soon, so a normal update stays silent.
      blockedTimer = setTimeout(() => tell(new StorageError('blocked')), 1500);
    },
    blocking() {
      // A newer version wants in: step aside so it can upgrade, and reopen on next use.
      void db.close();
      connection = undefined;
      tell(new StorageError('version'));
    },
    terminated() {
      connection = undefined;
      tell(new StorageError('unavailable'));
    },
  });
  clearTimeout(blockedTimer);
  return db;
}

/** Closes the shared connection (tests, delete-all). */
export async function closeDb(): Promise<void> {
  const c = connection;
  connection = undefined;
  if (c) (await c.catch(() => undefined))?.close();
}

/** After "delete all my data": closes and opens nothing more, so nothing is made again before a reload. */
export async function closeDbForGood(): Promise<void> {
  closedForGood = true;
  await closeDb();
}

/**
 * Lets the database be made again (empty) on next use, after a delete-all in a context that
 * lives on: the extension's background, which would otherwise refuse every message until
 * Chrome next restarts it.
 */
export function allowReopenAfterWipe(): void {
  closedForGood = false;
}

/** Deletes the whole database. */
export async function destroyDb(name = DB_NAME): Promise<void> {
  await closeDb();
  await deleteDB(name);
}
