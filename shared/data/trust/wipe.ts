/**
 * "Delete all my data": everything Alongside keeps in this browser, for this site, gone.
 * Every IndexedDB database of the origin, every Cache Storage cache (the offline copy of
 * the app), every service worker registration, and localStorage and sessionStorage.
 * Other open tabs are told, so they stop and do not write anything back.
 */
import { DB_NAME, closeDbForGood } from '../db.ts';
import { StorageError } from '../errors.ts';
import { resetLock } from './lock.ts';

/** What is left after deleting; all empty when it worked. */
export interface Leftovers {
  databases: string[];
  caches: string[];
  serviceWorkers: number;
  localStorage: number;
  sessionStorage: number;
}

const CHANNEL = 'alongside-wipe';
/** How long to wait for the service worker to be unregistered before deleting the rest anyway. */
const UNREGISTER_WAIT_MS = 3_000;
/** This tab, so it does not hear its own announcement (another channel object in the same page would). */
const TAB = Math.random().toString(36).slice(2);

/** Deletes one database, waiting while other tabs close it (they are asked to), up to `timeoutMs`. */
function deleteDatabase(name: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    const timer = setTimeout(() => reject(new StorageError('blocked')), timeoutMs);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(new StorageError('unknown', { cause: request.error }));
    };
  });
}

/** The names of this origin's IndexedDB databases. */
export async function databaseNames(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return [];
  if (typeof indexedDB.databases !== 'function') return [DB_NAME];
  return (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => Boolean(n));
}

/** Lists what this site still keeps in the browser. */
export async function leftovers(): Promise<Leftovers> {
  const hasSw = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  return {
    databases: await databaseNames(),
    caches: typeof caches !== 'undefined' ? await caches.keys() : [],
    serviceWorkers: hasSw ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    localStorage: typeof localStorage !== 'undefined' ? localStorage.length : 0,
    sessionStorage: typeof sessionStorage !== 'undefined' ? sessionStorage.length : 0,
  };
}

/**
 * Deletes everything and returns what is left (nothing, when it worked). The app should
 * show a closing screen after this and touch no storage until it is reloaded.
 */
export async function deleteEverything(timeoutMs = 10_000): Promise<Leftovers> {
  announceWipe();
  await resetLock();
  // The service worker first, so it cannot fill its cache again. One still installing (a
  // first visit) is writing its cache: let it finish, or it would write after we delete.
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => (r.installing ? settled(r.installing, timeoutMs) : undefined)));
    // unregister() normally answers at once, but Chromium was seen to leave it pending for
    // over 30 seconds now and then (e2e, course linked with the extension, under load): don't
    // let that hold the person's delete. The browser still removes it; leftovers say if not yet.
    await Promise.race([Promise.all(registrations.map((r) => r.unregister())), wait(Math.min(timeoutMs, UNREGISTER_WAIT_MS))]);
  }
  if (typeof caches !== 'undefined') await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
  await deleteAllDatabases(timeoutMs);
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  return leftovers();
}

/** Closes our connection for good, then deletes every database of this origin (the extension's background uses it too). */
export async function deleteAllDatabases(timeoutMs = 10_000): Promise<void> {
  await closeDbForGood();
  for (const name of await databaseNames()) await deleteDatabase(name, timeoutMs);
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves when a worker is no longer installing (installed, or given up), or after `timeoutMs`. */
function settled(worker: ServiceWorker, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => worker.state !== 'installing' && resolve();
    worker.addEventListener('statechange', done);
    setTimeout(resolve, timeoutMs);
    done();
  });
}

/** Tells this origin's other pages that everything is being deleted, so they stop writing. */
export function announceWipe(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const c = new BroadcastChannel(CHANNEL);
  c.postMessage({ type: 'wiped', from: TAB });
  c.close();
}

/** Hears that another tab deleted everything (the app then stops and shows its closing screen). */
export function onWipedElsewhere(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const c = new BroadcastChannel(CHANNEL);
  c.onmessage = (event: MessageEvent<{ from?: string }>) => {
    if (event.data?.from === TAB) return;
    void closeDbForGood();
    listener();
  };
  return () => c.close();
}
