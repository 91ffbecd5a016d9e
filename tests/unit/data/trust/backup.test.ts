import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, importBackup, openBackup, readEverything, restoreBackup } from '../../../../shared/data/trust/backup.ts';
import { backupReminderIsDue, markBackedUp, writingSpan } from '../../../../shared/data/trust/backup-reminder.ts';
import { journalRepo } from '../../../../shared/data/course/course-repos.ts';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { CLOCK_SKEW_MS } from '../../../../shared/domain/trust/trusted-time.ts';
import { FORGED_BOUNDARY_ID, FORGED_ENTRY_ID, YEAR_9999, year9999Backup, year9999BackupSavedIn9999 } from '../../../fixtures/hostile-backups.ts';
import { DB_VERSION, destroyDb, getDb } from '../../../../shared/data/db.ts';
import { enableLock, lock, resetLock, unlock } from '../../../../shared/data/trust/lock.ts';
import { STORE_NAMES } from '../../../../shared/data/schema.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { BackupError } from '../../../../shared/domain/trust/backup-format.ts';
import { summarizeBackup } from '../../../../shared/domain/trust/backup-summary.ts';
import { storeCountText } from '../../../../shared/content/trust/backup-preview-en.ts';
import { BACKUP_STORES } from '../../../../shared/domain/trust/record-schemas.ts';
import { v4Fill } from '../../../fixtures/db-v4.ts';
import { dumpDatabase, fillDatabase } from '../../../support/db-dump.ts';
import { countRecords, makeRecords } from '../../../support/make-records.ts';
import { problemText } from '../../../../shared/ui/base/problem.ts';

afterEach(async () => {
  vi.restoreAllMocks();
  await resetLock();
  await destroyDb();
});

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** Every store, each sorted by id, opened (as the app reads it). */
async function everything(): Promise<Record<string, { id: string }[]>> {
  const stores = await readEverything();
  return Object.fromEntries(Object.entries(stores).map(([k, v]) => [k, byId(v)]));
}

describe('backup and restore', () => {
  it('covers every store of the database', () => {
    expect([...BACKUP_STORES].sort()).toEqual([...STORE_NAMES].sort());
  });

  it('round-trips a database of 5,000+ records in every store, plain, with every record equal', async () => {
    const fill = makeRecords(5_200, 7);
    expect(countRecords(fill)).toBeGreaterThanOrEqual(5_000);
    for (const records of Object.values(fill)) expect(records.length).toBeGreaterThan(0);
    await fillDatabase(fill);
    const before = await everything();
    const exported = await exportBackup();
    expect(exported.encrypted).toBe(false);
    expect(exported.fileName).toMatch(/^alongside-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.text) as Record<string, unknown>;
    expect(file).toMatchObject({ app: 'alongside', format: 1, schemaVersion: DB_VERSION });
    expect(typeof file.exportedAt).toBe('string');

    await destroyDb();
    const result = await importBackup(exported.text, { mode: 'replace' });
    expect(result.added).toBe(countRecords(fill));
    expect(await everything()).toEqual(before);
    for (const [name, records] of Object.entries(fill)) expect((await everything())[name], name).toEqual(byId(records as { id: string }[]));
  });

  it('round-trips the same database protected with a passphrase (600,000 iterations), with every record equal', async () => {
    const fill = makeRecords(5_200, 11);
    await fillDatabase(fill);
    const before = await everything();
    const exported = await exportBackup({ passphrase: 'our dog is called Biscuit' });
    expect(exported.encrypted).toBe(true);
    const file = JSON.parse(exported.text) as { encrypted: Record<string, unknown>; stores?: unknown };
    expect(file.stores).toBeUndefined();
    expect(file.encrypted).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(exported.text).not.toContain('Called my sister');

    await destroyDb();
    await expect(importBackup(exported.text, { mode: 'replace' })).rejects.toMatchObject({ kind: 'needs-passphrase' });
    await expect(importBackup(exported.text, { mode: 'replace', passphrase: 'our dog is called biscuit' })).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await importBackup(exported.text, { mode: 'replace', passphrase: 'our dog is called Biscuit' });
    expect(await everything()).toEqual(before);
  });

  it('round-trips with the app lock on: the file holds the words, the database holds them sealed', async () => {
    await fillDatabase(v4Fill);
    const before = await everything();
    await enableLock('a long passcode');
    const exported = await exportBackup();
    expect(exported.text).toContain('Climbing again');
    // The lock's salt never leaves the device.
    expect(JSON.parse(exported.text).stores.settings.map((s: { id: string }) => s.id)).not.toContain('lock');
    await restoreBackup(await openBackup(exported.text), 'replace');
    expect(await everything()).toEqual(before);
    expect(await dumpDatabase()).not.toContain('Climbing again');
    await lock();
    await expect(exportBackup()).rejects.toMatchObject({ kind: 'locked' });
    await unlock('a long passcode');
  });

  it('"add to what I have" keeps the newest copy of each record, and adds the rest', async () => {
    await fillDatabase(v4Fill);
    const file = (await exportBackup()).text;
    const [a, b] = v4Fill.journal;
    // Here: one entry edited after the backup, one deleted, one new.
    await journalRepo.save({ ...a!, text: 'edited after the backup' });
    await journalRepo.remove(b!.id);
    const mine = await journalRepo.save({ kind: 'note', prompt: '', text: 'written after the backup' });
    // The file also has one entry newer than what is here.
    const parsed = JSON.parse(file);
    const c = parsed.stores.journal.find((e: { id: string }) => e.id === v4Fill.journal[2]!.id);
    c.text = 'newer in the file';
    c.updatedAt = Date.now() + 60_000;

    const result = await importBackup(JSON.stringify(parsed), { mode: 'merge' });
    const journal = await journalRepo.list();
    expect(journal.find((e) => e.id === a!.id)?.text).toBe('edited after the backup');
    expect(journal.find((e) => e.id === b!.id)?.text).toBe(b!.text);
    expect(journal.find((e) => e.id === c.id)?.text).toBe('newer in the file');
    expect(journal.find((e) => e.id === mine.id)?.text).toBe('written after the backup');
    expect(result.added).toBe(1);
    expect(result.updated).toBe(1);
    expect(result.kept).toBeGreaterThan(0);
  });

  it('"replace everything" leaves exactly the file, keeping this device’s own settings', async () => {
    await fillDatabase(v4Fill);
    const file = (await exportBackup()).text;
    await journalRepo.save({ kind: 'note', prompt: '', text: 'not in the file' });
    await markBackedUp(12345);
    await importBackup(file, { mode: 'replace' });
    expect((await journalRepo.list()).map((e) => e.text)).not.toContain('not in the file');
    expect(await settingsRepo.get('lastBackupAt', null)).toBe(12345);
  });

  it('leaves the database exactly as it was when the disk fills during a restore', async () => {
    await fillDatabase(v4Fill);
    const file = (await exportBackup()).text;
    await journalRepo.save({ kind: 'note', prompt: '', text: 'here before the restore' });
    const dump = await dumpDatabase();
    let puts = 0;
    const real = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // Fail well into the restore, after deletes and many puts have been queued.
      if (++puts === 20) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    });
    await expect(importBackup(file, { mode: 'replace' })).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpDatabase()).toBe(dump);
  });

  it('a preview says what is in the file and when it was made', async () => {
    await fillDatabase(v4Fill);
    const contents = await openBackup((await exportBackup({ now: Date.UTC(2026, 6, 1, 9) })).text);
    const summary = summarizeBackup(contents);
    expect(new Date(summary.exportedAt).toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(summary.kinds.map((k) => storeCountText(k.store, k.count))).toEqual([
      '3 journal entries',
      '4 boundaries',
      '1 conversation plan',
      '1 family crisis plan',
      '2 weekly check-ins',
      '1 supporter star',
      '1 prompt you wrote',
      '1 favourite prompt',
      '2 weeks of course progress',
      '4 settings',
    ]);
  });

  it('knows when there is writing newer than the last backup', async () => {
    await getDb();
    expect(await writingSpan()).toEqual({ first: null, last: null });
    await fillDatabase(v4Fill);
    const span = await writingSpan();
    expect(span.first).toBe(Math.min(...Object.entries(v4Fill).filter(([k]) => !['settings', 'progress', 'star', 'favourites'].includes(k)).flatMap(([, xs]) => xs.map((x) => x.updatedAt))));
    expect(span.last).toBe(v4Fill.crisisPlan[0]!.updatedAt);
    const later = span.last! + 8 * 86_400_000;
    // Never backed up, writing since March: due, whether or not storage is persisted.
    expect(await backupReminderIsDue(false, later)).toBe(true);
    expect(await backupReminderIsDue(true, later)).toBe(true);
    // Backed up 10 days before the last change: 18 days ago is over a week, not over a month.
    await markBackedUp(span.last! - 10 * 86_400_000);
    expect(await backupReminderIsDue(false, later)).toBe(true);
    expect(await backupReminderIsDue(true, later)).toBe(false);
    // Nothing new since the last backup: no reminder, however long ago.
    await markBackedUp(span.last! + 1);
    expect(await backupReminderIsDue(false, later + 300 * 86_400_000)).toBe(false);
  });

  it('refuses a file from a newer version, and writes nothing', async () => {
    await fillDatabase(v4Fill);
    const dump = await dumpDatabase();
    const newer = JSON.stringify({ app: 'alongside', format: 1, schemaVersion: DB_VERSION + 1, exportedAt: new Date().toISOString(), stores: {} });
    const error = await importBackup(newer, { mode: 'replace' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect(problemText(error)).toMatch(/newer version/);
    expect(await dumpDatabase()).toBe(dump);
  });
});

describe('a backup stamped in the year 9999', () => {
  const DAY = 86_400_000;
  const yesterday = () => new Date(Date.now() - DAY).toISOString();

  it('"replace everything" keeps its words, with its dates set back to the day it was saved', async () => {
    const saved = yesterday();
    const contents = await openBackup(year9999Backup(saved));
    expect(summarizeBackup(contents).futureDated).toBe(3);
    await restoreBackup(contents, 'replace');
    const entry = await journalRepo.get(FORGED_ENTRY_ID);
    expect(entry).toMatchObject({ text: 'Written in the year 9999', updatedAt: Date.parse(saved), createdAt: Date.parse(saved) });
    expect((await boundariesRepo.get(FORGED_BOUNDARY_ID))?.updatedAt).toBe(Date.parse(saved));
    const tombs = await (await getDb()).getAll('tombstones');
    expect(tombs.every((t) => typeof t.deletedAt === 'number' && t.deletedAt <= Date.now())).toBe(true);
  });

  it('"add to what I have" never lets it replace a copy here, even an older one, and still adds what is missing', async () => {
    await journalRepo.putExact({ id: FORGED_ENTRY_ID, createdAt: 1, updatedAt: 2, kind: 'note', prompt: '', text: 'my own words, from long ago' });
    const result = await importBackup(year9999Backup(yesterday()), { mode: 'merge' });
    expect((await journalRepo.get(FORGED_ENTRY_ID))?.text).toBe('my own words, from long ago');
    expect((await boundariesRepo.get(FORGED_BOUNDARY_ID))?.action).toBe('I leave the room');
    expect(result).toMatchObject({ kept: 1, added: 2, updated: 0 });
  });

  it('saved in the year 9999 too: its records come in dated now, and a later edit here wins the next merge', async () => {
    const before = Date.now();
    await importBackup(year9999BackupSavedIn9999(), { mode: 'merge' });
    const entry = (await journalRepo.get(FORGED_ENTRY_ID))!;
    expect(entry.updatedAt).toBeGreaterThanOrEqual(before);
    expect(entry.updatedAt).toBeLessThanOrEqual(Date.now());

    await journalRepo.save({ ...entry, text: 'my edit, after the restore' });
    const again = await importBackup(year9999BackupSavedIn9999(), { mode: 'merge' });
    expect((await journalRepo.get(FORGED_ENTRY_ID))?.text).toBe('my edit, after the restore');
    expect(again.kept).toBe(3);
  });

  it('an edit of a record already stored with a year-9999 date gets a real date, so merges believe it', async () => {
    await journalRepo.putExact({ id: 'old', createdAt: 1, updatedAt: YEAR_9999, kind: 'note', prompt: '', text: 'stored before these checks' });
    const edited = await journalRepo.save({ ...(await journalRepo.get('old'))!, text: 'edited' });
    expect(edited.updatedAt).toBeLessThanOrEqual(Date.now() + CLOCK_SKEW_MS);
  });
});
