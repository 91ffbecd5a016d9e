import { afterEach, describe, expect, it } from 'vitest';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { checkinsRepo, journalRepo } from '../../../../shared/data/course/course-repos.ts';
import { crisisPlanRepo } from '../../../../shared/data/crisis/crisis-plan-repo.ts';
import { PBKDF2_ITERATIONS } from '../../../../shared/data/trust/crypto.ts';
import { destroyDb, getDb } from '../../../../shared/data/db.ts';
import { StorageError } from '../../../../shared/data/errors.ts';
import { changePasscode, disableLock, enableLock, loadLockState, lock, lockState, passcodeProblem, resetLock, unlock } from '../../../../shared/data/trust/lock.ts';
import { readLockConfig } from '../../../../shared/data/trust/lock-config.ts';
import { heldKey } from '../../../../shared/data/trust/lock-state.ts';
import { CLEAR_FIELDS, SEALED_STORES, storedId } from '../../../../shared/data/trust/sealed-records.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { ownPromptsRepo, plansRepo } from '../../../../shared/data/toolkit/toolkit-repos.ts';
import { v4Fill } from '../../../fixtures/db-v4.ts';
import { dumpDatabase, fillDatabase } from '../../../support/db-dump.ts';
import { problemText } from '../../../../shared/ui/base/problem.ts';
import { fieldProblemText } from '../../../../shared/content/field-problems-en.ts';

afterEach(async () => {
  await resetLock();
  await destroyDb();
});

const REFLECTION = 'I am scared he will not come home tonight, and I cannot tell Mum.';
const PASSCODE = 'blue kettle on sunday';

/** Every stored value as text, binary as Latin-1, so a search finds any plaintext left. */
async function rawText(): Promise<string> {
  return dumpDatabase().then((dump) =>
    dump.replace(/\{"bytes":"([0-9a-f]*)"\}/g, (_m, hex: string) => hex.replace(/../g, (b) => String.fromCharCode(parseInt(b, 16)))),
  );
}

async function words() {
  return {
    journal: await journalRepo.list(),
    boundaries: await boundariesRepo.list(),
    plans: await plansRepo.list(),
    checkins: await checkinsRepo.list(),
    ownPrompts: await ownPromptsRepo.list(),
    crisisPlan: await crisisPlanRepo.get(),
  };
}

describe('the app lock', () => {
  it('uses PBKDF2-SHA-256 with at least 600,000 iterations, and a random salt', async () => {
    await getDb();
    await enableLock(PASSCODE);
    const config = await readLockConfig();
    expect(config?.kdf).toBe('PBKDF2-SHA-256');
    expect(config?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(config?.salt).toBeInstanceOf(Uint8Array);
    expect(config?.salt.length).toBe(16);
  });

  it('leaves no plaintext of a known reflection in the raw database, and still reads every record', async () => {
    await fillDatabase(v4Fill);
    const reflection = await journalRepo.save({ kind: 'reflection', week: 2, ref: 'w2-fear', prompt: 'What do you fear most?', text: REFLECTION });
    const before = await words();
    expect(await rawText()).toContain(REFLECTION);

    await enableLock(PASSCODE);
    const raw = await rawText();
    expect(raw).not.toContain(REFLECTION);
    expect(raw).not.toContain('scared');
    // Every record of the person's words is sealed; the fixture's words are gone from the raw dump too.
    for (const needle of ['Climbing again', 'pay the landlord directly', 'I need ten minutes', 'Slept better', 'Bills first', 'Riverside CMHT']) {
      expect(raw, needle).not.toContain(needle);
    }
    expect(await words()).toEqual(before);
    expect(await journalRepo.get(reflection.id)).toEqual(reflection);

    // New writes are sealed too, with a fresh IV every time.
    const note = await journalRepo.save({ kind: 'note', prompt: 'A note', text: 'Another secret sentence about tonight.' });
    const db = await getDb();
    // Stored under an id that names nothing: found through the key's id secret.
    const stored = (await db.get('journal', await storedId('journal', note.id, heldKey()))) as unknown as { sealed: { iv: Uint8Array }; text?: string };
    expect(stored.text).toBeUndefined();
    const again = await journalRepo.save({ ...note, text: 'Another secret sentence about tonight.' });
    const stored2 = (await db.get('journal', await storedId('journal', again.id, heldKey()))) as unknown as { sealed: { iv: Uint8Array } };
    expect(Array.from(stored2.sealed.iv)).not.toEqual(Array.from(stored.sealed.iv));
    expect(await rawText()).not.toContain('Another secret sentence');
  });

  it('keeps only id, dates and index fields in clear, so indexes keep working', async () => {
    await fillDatabase(v4Fill);
    await enableLock(PASSCODE);
    const db = await getDb();
    for (const name of SEALED_STORES) {
      for (const raw of (await db.getAll(name)) as unknown as Record<string, unknown>[]) {
        expect(Object.keys(raw).filter((k) => k !== 'sealed').every((k) => CLEAR_FIELDS[name].includes(k)), name).toBe(true);
      }
    }
    expect((await journalRepo.byIndex('by-week', 1)).map((e) => e.id).sort()).toEqual(['ref:w1-good-life', 'ref:w1-practice']);
    expect((await boundariesRepo.list()).map((b) => b.id)).toEqual([...v4Fill.boundaries].sort((a, b) => b.updatedAt - a.updatedAt).map((b) => b.id));
  });

  it('a wrong passcode fails cleanly, with a kind message, and changes nothing', async () => {
    await fillDatabase(v4Fill);
    await enableLock(PASSCODE);
    await lock();
    expect(lockState()).toBe('locked');
    const dump = await dumpDatabase();
    const error = await unlock('blue kettle on monday').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('wrong-passcode');
    expect(problemText(error)).toMatch(/did not match.*Nothing has been changed/);
    expect(lockState()).toBe('locked');
    expect(await dumpDatabase()).toBe(dump);
  });

  it('while locked, reading or writing the person’s words says so kindly, and nothing is touched', async () => {
    await fillDatabase(v4Fill);
    await enableLock(PASSCODE);
    await lock();
    const dump = await dumpDatabase();
    await expect(journalRepo.list()).rejects.toMatchObject({ kind: 'locked' });
    await expect(boundariesRepo.get(v4Fill.boundaries[0]!.id)).rejects.toMatchObject({ kind: 'locked' });
    await expect(journalRepo.save({ kind: 'note', prompt: '', text: 'typed while locked' })).rejects.toMatchObject({ kind: 'locked' });
    await expect(boundariesRepo.remove(v4Fill.boundaries[0]!.id)).rejects.toMatchObject({ kind: 'locked' });
    expect(await dumpDatabase()).toBe(dump);
    // Settings are not the person's words: the app can still read them to start up.
    expect(await settingsRepo.get('country', '')).toBe('GB');
    await unlock(PASSCODE);
    expect((await boundariesRepo.list()).length).toBe(v4Fill.boundaries.length);
  });

  it('after a reload (key forgotten), the state is locked until the passcode is given', async () => {
    await getDb();
    await enableLock(PASSCODE);
    await resetLock();
    expect(await loadLockState()).toBe('locked');
    await unlock(PASSCODE);
    expect(lockState()).toBe('unlocked');
  });

  it('changing the passcode re-encrypts every record, and every record stays readable', async () => {
    await fillDatabase(v4Fill);
    await enableLock(PASSCODE);
    const before = await words();
    const dumpBefore = await dumpDatabase();
    await changePasscode(PASSCODE, 'a new and longer passcode');
    expect(await words()).toEqual(before);
    // Every sealed record was written again: nothing sealed with the old key remains.
    expect(await dumpDatabase()).not.toBe(dumpBefore);
    await lock();
    await expect(unlock(PASSCODE)).rejects.toMatchObject({ kind: 'wrong-passcode' });
    await unlock('a new and longer passcode');
    expect(await words()).toEqual(before);
  });

  it('changing the passcode with the wrong current one changes nothing', async () => {
    await fillDatabase(v4Fill);
    await enableLock(PASSCODE);
    const dump = await dumpDatabase();
    await expect(changePasscode('not it at all', 'something else')).rejects.toMatchObject({ kind: 'wrong-passcode' });
    expect(await dumpDatabase()).toBe(dump);
  });

  it('turning the lock off stores everything open again', async () => {
    await fillDatabase(v4Fill);
    await journalRepo.save({ kind: 'note', prompt: '', text: REFLECTION });
    await enableLock(PASSCODE);
    const before = await words();
    await expect(disableLock('wrong one')).rejects.toMatchObject({ kind: 'wrong-passcode' });
    await disableLock(PASSCODE);
    expect(lockState()).toBe('off');
    expect(await readLockConfig()).toBeUndefined();
    expect(await rawText()).toContain(REFLECTION);
    expect(await words()).toEqual(before);
  });

  it('lock() lets a save under way finish before forgetting the key', async () => {
    await getDb();
    await enableLock(PASSCODE);
    const saving = journalRepo.save({ kind: 'note', prompt: '', text: 'the last words typed' });
    await lock();
    const saved = await saving;
    await unlock(PASSCODE);
    expect((await journalRepo.get(saved.id))?.text).toBe('the last words typed');
  });

  it('a save racing a passcode change is neither lost nor left under the old key', async () => {
    await fillDatabase(v4Fill);
    await enableLock(PASSCODE);
    const [, saved] = await Promise.all([
      changePasscode(PASSCODE, 'the second passcode'),
      journalRepo.save({ kind: 'note', prompt: '', text: 'written during the change' }),
    ]);
    await lock();
    await unlock('the second passcode');
    expect((await journalRepo.get(saved.id))?.text).toBe('written during the change');
    expect((await journalRepo.list()).length).toBe(v4Fill.journal.length + 1);
  });

  it('a full disk while turning the lock on leaves everything as it was', async () => {
    await fillDatabase(v4Fill);
    const dump = await dumpDatabase();
    const { vi } = await import('vitest');
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(enableLock(PASSCODE)).rejects.toMatchObject({ kind: 'quota' });
    spy.mockRestore();
    expect(await dumpDatabase()).toBe(dump);
    expect(await loadLockState()).toBe('off');
  });

  it('asks for a passcode long enough to be hard to guess, typed the same twice', () => {
    expect(fieldProblemText(passcodeProblem('12345', '12345')!)).toMatch(/at least 6/);
    expect(fieldProblemText(passcodeProblem('123456', '123457')!)).toMatch(/not the same/);
    expect(passcodeProblem('kettle blue', 'kettle blue')).toBeUndefined();
  });

  it('stores records as they are with the lock off (no change for people who do not use it)', async () => {
    const saved = await boundariesRepo.save({ situation: 'a', action: 'b', reason: 'c' });
    const db = await getDb();
    expect(await db.get('boundaries', saved.id)).toEqual(saved);
  });
});
