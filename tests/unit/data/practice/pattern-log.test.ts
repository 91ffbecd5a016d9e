import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readEverything } from '../../../../shared/data/trust/backup.ts';
import { allowReopenAfterWipe, destroyDb, getDb } from '../../../../shared/data/db.ts';
import { enableLock, lock, resetLock, unlock } from '../../../../shared/data/trust/lock.ts';
import { CLEAR_FIELDS, SEALED_STORES, isPadded, isSealedRecord } from '../../../../shared/data/trust/sealed-records.ts';
import { activitiesRepo, patternsRepo } from '../../../../shared/data/practice/pattern-repos.ts';
import { deleteAllDatabases } from '../../../../shared/data/trust/wipe.ts';
import { BackupError } from '../../../../shared/domain/trust/backup-format.ts';
import type { PatternEntry } from '../../../../shared/domain/practice/pattern-log.ts';
import { dumpDatabase } from '../../../support/db-dump.ts';
import { problemText } from '../../../../shared/ui/base/problem.ts';
import { storeCountText } from '../../../../shared/content/trust/backup-preview-en.ts';

afterEach(async () => {
  await resetLock();
  await destroyDb();
});

const PASSCODE = 'sparrows on the fence';

const ENTRY = {
  date: '2026-12-03',
  where: 'Behind the garages on Tanner Street',
  who: 'Kev and his cousin',
  what: 'Payday, and the row about the car',
  feelings: 'Restless, then flat',
  happened: 'Came home after two and slept through his shift',
  afterThem: 'Easy that night; a warning at work',
  afterMe: 'Lay awake listening for the door',
  note: 'Ring Aunt Mei on Sunday',
};

/** Every stored value as text, binary as Latin-1, so a search finds any plaintext left. */
async function rawText(): Promise<string> {
  return (await dumpDatabase()).replace(/\{"bytes":"([0-9a-f]*)"\}/g, (_m, hex: string) => hex.replace(/../g, (b) => String.fromCharCode(parseInt(b, 16))));
}

describe('the pattern log and activities repos', () => {
  it('save, read back, change and delete an entry and an activity, with ids and dates filled in', async () => {
    const saved = await patternsRepo.save(ENTRY);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await patternsRepo.get(saved.id)).toEqual(saved);
    const changed = await patternsRepo.save({ ...saved, happened: 'Came home at midnight' });
    expect(changed.createdAt).toBe(saved.createdAt);
    expect(changed.updatedAt).toBeGreaterThan(saved.updatedAt);
    expect((await patternsRepo.list()).map((e) => e.happened)).toEqual(['Came home at midnight']);
    expect(await patternsRepo.remove(saved.id)).toEqual(changed);
    expect(await patternsRepo.list()).toEqual([]);

    const walk = await activitiesRepo.save({ text: 'A walk by the canal', when: 'Sunday mornings' });
    expect(await activitiesRepo.list()).toEqual([walk]);
    await activitiesRepo.remove(walk.id);
    expect(await activitiesRepo.list()).toEqual([]);
  });
});

describe('the pattern log under the app lock', () => {
  it('is sealed and padded like every store of the person’s words: no word, place or name shows, not even the day', async () => {
    expect(SEALED_STORES).toContain('patterns');
    expect(SEALED_STORES).toContain('activities');
    const entry = await patternsRepo.save(ENTRY);
    const walk = await activitiesRepo.save({ text: 'Fix the bike with Danny', when: 'Saturday after football' });
    expect(await rawText()).toContain('Tanner Street');

    await enableLock(PASSCODE);
    const raw = await rawText();
    for (const needle of ['Tanner Street', 'Kev', 'Payday', 'Restless', 'shift', 'Lay awake', 'Aunt Mei', '2026-12-03', 'Fix the bike', 'Danny', 'football']) {
      expect(raw, needle).not.toContain(needle);
    }
    const db = await getDb();
    for (const name of ['patterns', 'activities'] as const) {
      for (const record of await db.getAll(name)) {
        if (!isSealedRecord(record)) throw new Error(`${name}: a record in clear`);
        expect(Object.keys(record).filter((k) => k !== 'sealed').every((k) => CLEAR_FIELDS[name].includes(k)), name).toBe(true);
        expect(isPadded(record), name).toBe(true);
      }
    }
    expect(await patternsRepo.get(entry.id)).toEqual(entry);

    await lock();
    await expect(patternsRepo.list()).rejects.toMatchObject({ kind: 'locked' });
    await expect(activitiesRepo.list()).rejects.toMatchObject({ kind: 'locked' });
    await unlock(PASSCODE);
    expect(await activitiesRepo.list()).toEqual([walk]);
  });
});

describe('the pattern log in backups', () => {
  it('round-trips entries and activities, plain and with the lock on', async () => {
    const entry = await patternsRepo.save(ENTRY);
    const walk = await activitiesRepo.save({ text: 'Curry night' });
    const plain = await exportBackup();
    expect(plain.summary.kinds.map((k) => storeCountText(k.store, k.count))).toEqual(expect.arrayContaining(['1 pattern log entry', '1 rewarding activity']));

    await destroyDb();
    await enableLock(PASSCODE);
    await importBackup(plain.text, { mode: 'replace' });
    expect(await rawText()).not.toContain('Tanner Street');
    const back = await readEverything();
    expect(back.patterns).toEqual([entry]);
    expect(back.activities).toEqual([walk]);
  });

  it('refuses a file whose pattern entry is out of shape, says which one kindly, and writes nothing', async () => {
    await patternsRepo.save(ENTRY);
    const file = JSON.parse((await exportBackup()).text) as { stores: { patterns: Record<string, unknown>[] } };
    const good = file.stores.patterns[0]!;
    const before = await dumpDatabase();
    const hostile: Record<string, unknown>[] = [
      { ...good, happened: 'x'.repeat(50_000) },
      { ...good, date: '2026-02-30' },
      { ...good, afterMe: { toString: 'boom' } },
      { ...good, where: undefined },
    ];
    for (const bad of hostile) {
      const text = JSON.stringify({ ...file, stores: { ...file.stores, patterns: [bad] } });
      const error = await importBackup(text, { mode: 'replace' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect(problemText(error)).toBe('This backup file looks damaged (pattern log entry 1), so nothing was changed. If you have another copy, please try that one.');
      expect(await dumpDatabase()).toBe(before);
    }
    // A file from before version 7 has no pattern log, and is fine without one.
    const { patterns: _p, activities: _a, ...older } = file.stores as Record<string, unknown>;
    await importBackup(JSON.stringify({ ...file, schemaVersion: 6, stores: older }), { mode: 'merge' });
    expect((await patternsRepo.list()).length).toBe(1);
  });

  it('an activity with no words is refused too', async () => {
    await activitiesRepo.save({ text: 'Curry night' });
    const file = JSON.parse((await exportBackup()).text) as { stores: { activities: Record<string, unknown>[] } };
    const text = JSON.stringify({ ...file, stores: { ...file.stores, activities: [{ ...file.stores.activities[0], text: '' }] } });
    expect(problemText(await importBackup(text, { mode: 'merge' }).catch((e: unknown) => e))).toMatch(/damaged \(rewarding activity 1\)/);
  });
});

describe('delete all my data', () => {
  it('takes the pattern log and the activities with everything else', async () => {
    await patternsRepo.save(ENTRY);
    await activitiesRepo.save({ text: 'Curry night' });
    await deleteAllDatabases();
    allowReopenAfterWipe();
    const entries: PatternEntry[] = await patternsRepo.list();
    expect(entries).toEqual([]);
    expect(await activitiesRepo.list()).toEqual([]);
  });
});
