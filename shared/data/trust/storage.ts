/**
 * The browser's promise to keep what Alongside stores (`navigator.storage.persist()`), and
 * how much room it uses. Without that promise a browser may clear a site's storage when the
 * device runs low on space; with it, only the person can.
 */
import { getDb } from '../db.ts';
import { settingsRepo } from '../settings-repo.ts';
import { isSealedStore } from './sealed-records.ts';

/** Whether the browser promised to keep Alongside's storage. */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

/** Space used and available to Alongside, in bytes, as the browser estimates it. */
export interface StorageUse {
  usage: number;
  quota: number;
}

function manager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Whether storage is persisted now. */
export async function persistence(): Promise<Persistence> {
  const m = manager();
  if (!m?.persisted) return 'unsupported';
  try {
    return (await m.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/** Asks the browser to keep Alongside's storage; some browsers decide by themselves, some ask the person. */
export async function askToPersist(): Promise<Persistence> {
  const m = manager();
  if (!m?.persist) return 'unsupported';
  try {
    return (await m.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/** The browser's estimate of space used and available, or undefined where it cannot say. */
export async function storageUse(): Promise<StorageUse | undefined> {
  const m = manager();
  if (!m?.estimate) return undefined;
  try {
    const e = await m.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  } catch {
    return undefined;
  }
}

/**
 * Whether a save in `store` holds words, answers or plans the person gave: the moment to ask
 * to keep storage. Not `progress`, the course's own note of the step reached, which is saved
 * just by opening a lesson (the note would then greet a first visit, before anything was
 * written, and push the lesson down as it is being read).
 */
export function isFirstWordsStore(store: string): boolean {
  return isSealedStore(store) && store !== 'progress';
}

/**
 * After the person's first saved words: asks once to persist storage. Resolves to true
 * when this is the first time, so the app can explain why (once).
 */
export async function persistAfterFirstWords(): Promise<{ firstTime: boolean; state: Persistence }> {
  if (await settingsRepo.get('persistenceExplained', false)) return { firstTime: false, state: await persistence() };
  await settingsRepo.set('persistenceExplained', true);
  const now = await persistence();
  return { firstTime: true, state: now === 'not-persisted' ? await askToPersist() : now };
}

/** True when IndexedDB opens; false in a browser (or private window) that does not let Alongside save. */
export async function canSave(): Promise<boolean> {
  try {
    await getDb();
    return true;
  } catch {
    return false;
  }
}
