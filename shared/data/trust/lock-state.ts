/**
 * The app lock's memory: the key while unlocked, the key a passcode change just replaced,
 * the state the app shows, and the writes under way. The only module-level state of the lock,
 * kept apart so the modules that seal, open and rekey read it through functions and never
 * hold a copy of the key themselves. Nothing here touches IndexedDB.
 */
import { StorageError } from '../errors.ts';
import type { HeldKey, LockConfig } from './lock-config.ts';

/** The lock as the app sees it. `unknown` until the first `loadLockState()`. */
export type LockState = 'unknown' | 'off' | 'locked' | 'unlocked';


let held: HeldKey | undefined;
/**
 * The key just replaced by a passcode change or by turning the lock off, kept in memory
 * only until this page locks or closes: the linked extension may still hold copies sealed
 * with it, and the course opens them once before they are replaced.
 */
let retired: HeldKey | undefined;
let state: LockState = 'unknown';
const listeners = new Set<(state: LockState) => void | Promise<void>>();
const pending = new Set<Promise<unknown>>();

/** The key in memory, if unlocked. */
export function heldKey(): HeldKey | undefined {
  return held;
}

/** Every key this page knows: the one held, then the one just retired. */
export function knownKeys(): HeldKey[] {
  return [held, retired].filter((k): k is HeldKey => k !== undefined);
}

/** Holds a key (unlocked); `retire` keeps the one it replaces for copies sealed with it. */
export function holdKey(key: HeldKey | undefined, retire?: HeldKey): void {
  held = key;
  if (retire) retired = retire;
}

/** Forgets both keys (locked, or the lock changed elsewhere). */
export function forgetKeys(): void {
  held = undefined;
  retired = undefined;
}

/** The key to write with, checked against the `lock` setting as stored now; throws `locked` without it. */
export function keyFor(config: LockConfig | undefined): HeldKey | undefined {
  if (!config) return undefined;
  if (!held || held.kid !== config.kid) throw new StorageError('locked');
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

/** Changes the state and waits for every listener. */
export async function setState(next: LockState): Promise<void> {
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

/** Resolves once every write under way has finished (before a reload, or forgetting the key). */
export async function settleWrites(): Promise<void> {
  // A field closing or losing focus may read before it writes: give it a moment to start.
  do {
    await Promise.allSettled([...pending]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (pending.size);
}
