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
 * The key lives only in memory (`lock-state.ts`), as a non-extractable `CryptoKey`. Locking
 * forgets it; a reload forgets it too. Nobody, including us, can open the records without
 * the passcode: there is no recovery.
 *
 * This module holds what pages do with the lock (turn it on, unlock, lock, change the
 * passcode, turn it off) and telling other tabs. How records are sealed and opened is in
 * `sealed-records.ts`, the `lock` setting in `lock-config.ts`, rewriting everything in one
 * transaction in `rekey.ts`. Pages import from here only.
 */
import { StorageError, toStorageError } from '../errors.ts';
import { keyFromPasscode, newConfig, readLockConfig } from './lock-config.ts';
import { forgetKeys, heldKey, holdKey, lockState, setState, settleWrites, type LockState } from './lock-state.ts';
import { rekey, sealWhatIsLeft } from './rekey.ts';
import type { FieldProblem } from '../../domain/field-problems.ts';

// What pages, popups and the extension's background import from the lock, kept here so they
// need no change since the lock was split by subject.
export { lockState, onLockChange, settleWrites, type LockState } from './lock-state.ts';
export { isSealedStore } from './sealed-records.ts';

/** Shortest passcode accepted: long enough that guessing it takes real time. */
export const PASSCODE_MIN_LENGTH = 6;

const rekeyedListeners = new Set<() => void>();

/** Hears every change of the `lock` setting made on this page (on, new passcode, off), after it is stored. Returns an unsubscribe. */
export function onLockRekeyed(listener: () => void): () => void {
  rekeyedListeners.add(listener);
  return () => rekeyedListeners.delete(listener);
}

/** Reads whether the lock is on, and sets the state. Call once at start (and when another tab changes it). */
export async function loadLockState(): Promise<LockState> {
  const config = await readLockConfig().catch((error: unknown) => {
    throw toStorageError(error);
  });
  if (!config) {
    holdKey(undefined);
    await setState('off');
  } else if (heldKey()?.kid === config.kid) {
    await setState('unlocked');
  } else {
    forgetKeys();
    await setState('locked');
  }
  return lockState();
}

/** Opens the lock with the passcode; throws `wrong-passcode` (nothing changes) when it does not match. */
export async function unlock(passcode: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) {
    holdKey(undefined);
    await setState('off');
    return;
  }
  holdKey(await keyFromPasscode(passcode, config));
  await setState('unlocked');
  // Records stored by an older version (in clear, unpadded, or under a journal id that names
  // what it answers) are sealed properly now that the key is here; tried again next time if
  // anything gets in the way.
  await sealWhatIsLeft(config).catch(() => undefined);
}

/**
 * Locks now: tells listeners first (the app hides what is on screen, and any text being
 * typed is saved), waits for writes under way, then forgets the key.
 */
export async function lock(): Promise<void> {
  if (lockState() !== 'unlocked') return;
  await setState('locked');
  await settleWrites();
  forgetKeys();
}

/** What is wrong with a new passcode, or undefined when it is fine to use. */
export function passcodeProblem(passcode: string, again: string): FieldProblem | undefined {
  if (passcode.length < PASSCODE_MIN_LENGTH) return { kind: 'passcode-too-short', min: PASSCODE_MIN_LENGTH };
  if (passcode !== again) return { kind: 'passcodes-differ' };
  return undefined;
}

/** Turns the lock on: seals every record of the person's words in one transaction. */
export async function enableLock(passcode: string): Promise<void> {
  if ((await loadLockState()) !== 'off') throw new StorageError('unknown');
  const next = await newConfig(passcode);
  await rekey(undefined, next.key, next.config);
  holdKey(next.key);
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
  holdKey(fresh.key, old);
  await setState('unlocked');
  announce();
}

/** Turns the lock off after checking the passcode: every record is stored open again, in one transaction. */
export async function disableLock(current: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) return;
  const old = await keyFromPasscode(current, config);
  await rekey(old, undefined, undefined);
  holdKey(undefined, old);
  await setState('off');
  announce();
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
  forgetKeys();
  await setState('unknown');
}
