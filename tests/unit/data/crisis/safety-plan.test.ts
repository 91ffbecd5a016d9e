import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readEverything } from '../../../../shared/data/trust/backup.ts';
import { allowReopenAfterWipe, destroyDb, getDb } from '../../../../shared/data/db.ts';
import { enableLock, lock, resetLock, unlock } from '../../../../shared/data/trust/lock.ts';
import { LOCK_SETTING_ID, type LockConfig } from '../../../../shared/data/trust/lock-config.ts';
import { CLEAR_FIELDS } from '../../../../shared/data/trust/sealed-records.ts';
import { safetyAnswerWithoutLock, safetyPlanRepo } from '../../../../shared/data/crisis/safety-plan-repo.ts';
import { readRawSnapshot, readSnapshot } from '../../../../shared/data/link/toolkit-link.ts';
import { deleteEverything } from '../../../../shared/data/trust/wipe.ts';
import { KDF, PBKDF2_ITERATIONS } from '../../../../shared/data/trust/crypto.ts';
import { summarizeBackup } from '../../../../shared/domain/trust/backup-summary.ts';
import { v5Fill } from '../../../fixtures/db-v5.ts';
import { dumpDatabase, fillDatabase } from '../../../support/db-dump.ts';
import { SAFETY_PLAN_SAMPLE } from '../../../support/make-records.ts';
import { storeCountText } from '../../../../shared/content/trust/backup-preview-en.ts';

afterEach(async () => {
  allowReopenAfterWipe();
  await resetLock();
  await destroyDb();
});

const PASSCODE = 'blue kettle on sunday';
const WORDS = ['Mill Road', 'Ana 07700 900456', 'goldfish', 'blue folder', 'spare keys'];

/** Every stored value as text, binary as Latin-1, so a search finds any plaintext left. */
async function rawText(): Promise<string> {
  return (await dumpDatabase()).replace(/\{"bytes":"([0-9a-f]*)"\}/g, (_m, hex: string) => hex.replace(/../g, (b) => String.fromCharCode(parseInt(b, 16))));
}

describe('the private safety plan', () => {
  it('saves field by field without losing another field or the answer, even when saves overlap', async () => {
    await Promise.all([
      safetyPlanRepo.update({ fields: { places: 'Ana’s flat' } }),
      safetyPlanRepo.setAnswer('yes'),
      safetyPlanRepo.update({ fields: { codeWord: 'goldfish' } }),
    ]);
    const plan = await safetyPlanRepo.get();
    expect(plan?.fields).toEqual({ places: 'Ana’s flat', codeWord: 'goldfish' });
    expect(plan?.afraid?.answer).toBe('yes');
    await safetyPlanRepo.setAnswer('no');
    expect((await safetyPlanRepo.answer())?.answer).toBe('no');
    expect((await safetyPlanRepo.get())?.fields.places).toBe('Ana’s flat');
  });

  it('is sealed under the app lock: only id and dates in clear, no words and no answer readable at rest', async () => {
    await fillDatabase({ ...v5Fill, safetyPlan: [SAFETY_PLAN_SAMPLE] });
    expect(await rawText()).toContain('Mill Road');
    await enableLock(PASSCODE);
    const raw = await rawText();
    for (const w of WORDS) expect(raw, w).not.toContain(w);
    const stored = (await (await getDb()).get('safetyPlan', 'mine')) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['createdAt', 'id', 'kid', 'sealed', 'updatedAt']);
    expect(CLEAR_FIELDS.safetyPlan).not.toContain('afraid');
    expect(stored.afraid).toBeUndefined();

    // A new answer, written while the lock is on, is sealed too.
    await safetyPlanRepo.setAnswer('skipped');
    expect(await rawText()).not.toMatch(/skipped|"yes"/);
    await lock();
    await expect(safetyPlanRepo.get()).rejects.toMatchObject({ kind: 'locked' });
    await unlock(PASSCODE);
    expect(await safetyPlanRepo.get()).toMatchObject({ fields: SAFETY_PLAN_SAMPLE.fields, afraid: { answer: 'skipped' } });
  });

  it('comes back from a backup, plain or with the lock on, and the preview names it', async () => {
    await fillDatabase({ ...v5Fill, safetyPlan: [SAFETY_PLAN_SAMPLE] });
    const exported = await exportBackup();
    expect(JSON.parse(exported.text).stores.safetyPlan).toEqual([SAFETY_PLAN_SAMPLE]);
    expect(exported.summary.kinds.map((k) => storeCountText(k.store, k.count))).toContain('1 private safety plan');

    await destroyDb();
    await getDb();
    await enableLock(PASSCODE);
    await importBackup(exported.text, { mode: 'replace' });
    expect((await readEverything()).safetyPlan).toEqual([SAFETY_PLAN_SAMPLE]);
    expect(await rawText()).not.toContain('goldfish');
    expect(await safetyPlanRepo.get()).toEqual(SAFETY_PLAN_SAMPLE);
  });

  it('a backup from version 5 (no safety plan list) still reads; a version-6 file must list it', async () => {
    await fillDatabase(v5Fill);
    const file = JSON.parse((await exportBackup()).text);
    delete file.stores.safetyPlan;
    await expect(importBackup(JSON.stringify(file), { mode: 'merge' })).rejects.toMatchObject({ kind: 'damaged' });
    file.schemaVersion = 5;
    await importBackup(JSON.stringify(file), { mode: 'merge' });
    const bad = JSON.parse((await exportBackup()).text);
    bad.stores.safetyPlan = [{ ...SAFETY_PLAN_SAMPLE, afraid: { answer: 'maybe', at: 1 } }];
    await expect(importBackup(JSON.stringify(bad), { mode: 'merge' })).rejects.toMatchObject({ kind: 'damaged' });
    expect(summarizeBackup({ schemaVersion: 6, exportedAt: 0, skippedSettings: 0, stores: { ...(await readEverything()), safetyPlan: [SAFETY_PLAN_SAMPLE] } }).kinds.map((k) => k.store)).toContain('safetyPlan');
  });

  it('is never part of the toolkit the course and the extension sync', async () => {
    await fillDatabase({ ...v5Fill, safetyPlan: [SAFETY_PLAN_SAMPLE] });
    for (const snapshot of [await readSnapshot(), await readRawSnapshot()]) {
      expect(Object.keys(snapshot.records)).not.toContain('safetyPlan');
      expect(JSON.stringify(snapshot)).not.toContain('goldfish');
    }
  });

  it('goes with “Delete all my data”', async () => {
    await safetyPlanRepo.update({ fields: { codeWord: 'goldfish' } });
    expect((await indexedDB.databases()).map((d) => d.name)).toContain('alongside');
    await deleteEverything();
    expect(await indexedDB.databases()).toEqual([]);
  });
});

describe('the safety answer in the extension’s popup', () => {
  const courseLock = (): LockConfig => ({ version: 1, kid: 'course', kdf: KDF, iterations: PBKDF2_ITERATIONS, salt: new Uint8Array(16), check: { iv: new Uint8Array(12), data: new Uint8Array(36) } });
  const putLockSetting = async () => (await getDb()).put('settings', { id: LOCK_SETTING_ID, value: courseLock(), createdAt: 1, updatedAt: 1 });

  it('is stored while there is no lock, and read back by the next popup', async () => {
    await safetyAnswerWithoutLock().setAnswer('yes');
    expect((await safetyAnswerWithoutLock().answer())?.answer).toBe('yes');
    expect((await safetyPlanRepo.answer())?.answer).toBe('yes');
  });

  it('with the course’s lock kept here, stays in this page’s memory only, and an answer stored before is deleted', async () => {
    await safetyAnswerWithoutLock().setAnswer('yes');
    await putLockSetting();
    const popup = safetyAnswerWithoutLock();
    expect(await popup.answer()).toBeUndefined();
    expect(await (await getDb()).getAll('safetyPlan')).toEqual([]);
    await popup.setAnswer('no');
    expect((await popup.answer())?.answer).toBe('no');
    expect(await (await getDb()).getAll('safetyPlan')).toEqual([]);
    expect(await safetyAnswerWithoutLock().answer()).toBeUndefined();
  });
});
