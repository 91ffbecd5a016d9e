import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup, openBackup } from '../../../../shared/data/trust/backup.ts';
import { classRepo } from '../../../../shared/data/classes/class-repo.ts';
import { journalRepo, progressRepo, starRepo } from '../../../../shared/data/course/course-repos.ts';
import { deriveKey, openJson, paddedLength, randomBytes, sealJson } from '../../../../shared/data/trust/crypto.ts';
import { destroyDb, getDb } from '../../../../shared/data/db.ts';
import { enableLock, lock, resetLock, unlock } from '../../../../shared/data/trust/lock.ts';
import { LOCK_SETTING_ID, readLockConfig, type LockConfig } from '../../../../shared/data/trust/lock-config.ts';
import { heldKey } from '../../../../shared/data/trust/lock-state.ts';
import { sealStored } from '../../../../shared/data/trust/sealed-records.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { CLASS_PACK_APP, type ClassPack } from '../../../../shared/domain/classes/class-pack.ts';
import { generateMeetings } from '../../../../shared/domain/classes/class-meetings.ts';
import { clampSetting } from '../../../../shared/domain/settings.ts';
import { settingChangeText } from '../../../../shared/content/trust/backup-preview-en.ts';
import { dumpDatabase } from '../../../support/db-dump.ts';

afterEach(async () => {
  await resetLock();
  await destroyDb();
});

const PASSCODE = 'green door at the end';

/** Every stored value as text; binary as hex, so random ciphertext never spells a word by chance. */
function rawText(): Promise<string> {
  return dumpDatabase();
}

/** Sizes of every sealed value's ciphertext in the raw database. */
async function sealedSizes(): Promise<number[]> {
  const db = await getDb();
  const sizes: number[] = [];
  for (const name of db.objectStoreNames) {
    for (const raw of (await db.getAll(name)) as { sealed?: { data: Uint8Array } }[]) if (raw.sealed) sizes.push(raw.sealed.data.length);
  }
  return sizes;
}

const pack: ClassPack = {
  app: CLASS_PACK_APP,
  version: 1,
  id: 'seal-test-class',
  updatedAt: Date.UTC(2026, 1, 1),
  name: 'Riverbank Tuesday family group',
  facilitator: { name: 'Marguerite', contact: '' },
  timeZone: 'Europe/London',
  minutes: 90,
  meetings: generateMeetings({ from: '2026-03-03', weekday: 2, time: '19:00' }),
  venue: 'Quaker meeting house',
  agreements: ['It is fine to pass.'],
  resources: [],
  notes: [],
};

describe('padding sealed values to buckets', () => {
  it('pads to the next power of two from 256 bytes, then in 64 KB steps', () => {
    expect(paddedLength(0)).toBe(256);
    expect(paddedLength(256)).toBe(256);
    expect(paddedLength(257)).toBe(512);
    expect(paddedLength(3000)).toBe(4096);
    expect(paddedLength(65_536)).toBe(65_536);
    expect(paddedLength(65_537)).toBe(131_072);
    expect(paddedLength(200_000)).toBe(262_144);
  });

  it('a one-word answer and a long paragraph seal to their buckets, and open as they were; an unpadded value still opens', async () => {
    const key = await deriveKey('pad test', randomBytes(16), 1000);
    const short = await sealJson(key, { text: 'yes' }, 'ctx');
    const shorter = await sealJson(key, { text: '' }, 'ctx');
    const long = await sealJson(key, { text: 'x'.repeat(700) }, 'ctx');
    expect(short.data.length).toBe(256 + 16);
    expect(shorter.data.length).toBe(short.data.length);
    expect(long.data.length).toBe(1024 + 16);
    expect(await openJson(key, long, 'ctx')).toEqual({ text: 'x'.repeat(700) });
    const old = await sealJson(key, { text: 'before padding' }, 'ctx', { pad: false });
    expect(old.data.length).toBeLessThan(256);
    expect(await openJson(key, old, 'ctx')).toEqual({ text: 'before padding' });
  });
});

describe('settings from a backup are clamped to what the screens offer', () => {
  it('an idle lock of a day becomes the longest choice, an hour; choices in between go to the shorter one', () => {
    const { value, change } = clampSetting('lockIdleMinutes', 1440);
    expect(value).toBe(60);
    expect(settingChangeText(change!)).toBe('The file locked Alongside after 1440 minutes without use; here the longest choice is 60, so it will lock after 60 minutes.');
    expect(clampSetting('lockIdleMinutes', 30).value).toBe(15);
    expect(clampSetting('lockIdleMinutes', 5)).toEqual({ value: 5 });
  });

  it('a reminder lead outside 1 to 1,440 minutes goes to the nearest end', () => {
    expect(clampSetting('reminderLeadMinutes', 0).value).toBe(1);
    expect(clampSetting('reminderLeadMinutes', 7 * 24 * 60).value).toBe(1440);
    expect(clampSetting('reminderLeadMinutes', 30)).toEqual({ value: 30 });
    expect(clampSetting('country', 'GB')).toEqual({ value: 'GB' });
  });

  it('restoring a file with a 1,440-minute idle lock stores 60, and the opened file says what changed', async () => {
    await settingsRepo.set('lockIdleMinutes', 1440);
    const { text } = await exportBackup();
    await destroyDb();
    const opened = await openBackup(text);
    expect(opened.clamped).toHaveLength(1);
    expect(settingChangeText(opened.clamped[0]!)).toMatch(/60 minutes/);
    await importBackup(text, { mode: 'replace' });
    expect(await settingsRepo.get('lockIdleMinutes', 5)).toBe(60);
  });
});

describe('with the lock on, everything personal is sealed', () => {
  async function makeEverything() {
    await settingsRepo.set('profile', { relationship: 'son', situation: 'substance-use' });
    await progressRepo.save({ id: 'week-1', week: 1, position: 3, done: ['intro'], answers: { 'w1-selfcheck-sleep': 3, 'w1-selfcheck-alone': 2 } });
    await starRepo.save({ moment: 'start', scores: { wellbeing: 4, boundaries: 2 } });
    await classRepo.join(pack);
    await journalRepo.save({ id: 'ref:w2-fear', kind: 'reflection', week: 2, ref: 'w2-fear', prompt: 'What do you fear most?', text: 'Tonight I worry about the car keys.' });
  }

  const NEEDLES = ['son', 'substance', 'w1-selfcheck', 'wellbeing', 'Riverbank', 'Marguerite', 'Quaker', 'w2-fear', 'car keys', 'fear most'];

  it('leaves no word, answer, score, class or question id readable, pads every value, and reads it all back after unlocking', async () => {
    await makeEverything();
    await enableLock(PASSCODE);
    const raw = await rawText();
    for (const needle of NEEDLES) expect(raw, needle).not.toContain(needle);
    for (const size of await sealedSizes()) expect(paddedLength(size - 16), String(size)).toBe(size - 16);

    // New writes while unlocked are sealed too.
    await settingsRepo.set('profile', { relationship: 'daughter', situation: 'mental-illness' });
    await journalRepo.save({ id: 'ref:w3-hope', kind: 'reflection', week: 3, ref: 'w3-hope', prompt: 'What gives you hope?', text: 'The allotment on Sundays.' });
    const after = await rawText();
    for (const needle of ['daughter', 'mental-illness', 'w3-hope', 'allotment']) expect(after, needle).not.toContain(needle);

    await lock();
    await expect(settingsRepo.get('profile', null)).rejects.toMatchObject({ kind: 'locked' });
    await unlock(PASSCODE);
    expect(await settingsRepo.get('profile', null)).toEqual({ relationship: 'daughter', situation: 'mental-illness' });
    expect((await progressRepo.get('week-1'))?.answers).toEqual({ 'w1-selfcheck-sleep': 3, 'w1-selfcheck-alone': 2 });
    expect((await starRepo.list())[0]?.scores).toEqual({ wellbeing: 4, boundaries: 2 });
    expect((await classRepo.get())?.name).toBe(pack.name);
    expect((await journalRepo.get('ref:w2-fear'))?.text).toBe('Tonight I worry about the car keys.');
    expect((await journalRepo.list()).map((e) => e.id).sort()).toEqual(['ref:w2-fear', 'ref:w3-hope']);

    // Leaving the class and turning the lock off put everything back as it was, readable.
    await classRepo.leave();
    expect(await classRepo.get()).toBeUndefined();
    const { disableLock } = await import('../../../../shared/data/trust/lock.ts');
    await disableLock(PASSCODE);
    const open = await rawText();
    expect(open).toContain('ref:w2-fear');
    expect(open).toContain('allotment');
  });

  it('a database sealed by an older version (no id secret, plain self-check, journal under its own id) is sealed properly at the next unlock', async () => {
    await enableLock(PASSCODE);
    const db = await getDb();
    // What an older version left: the lock setting without its id secret, and records it did not seal.
    const setting = (await db.get('settings', LOCK_SETTING_ID)) as { id: string; value: LockConfig; createdAt: number; updatedAt: number };
    const { ids: _ids, ...older } = setting.value;
    await db.put('settings', { ...setting, value: older });
    await db.put('progress', { id: 'week-1', week: 1, position: 0, done: [], answers: { 'w1-selfcheck-sleep': 1 }, createdAt: 1, updatedAt: 1 });
    await db.put('settings', { id: 'profile', value: { relationship: 'son', situation: 'substance-use' }, createdAt: 1, updatedAt: 1 });
    const entry = { id: 'ref:w2-fear', kind: 'reflection' as const, week: 2, ref: 'w2-fear', prompt: 'Fear?', text: 'The car keys.', createdAt: 1, updatedAt: 1 };
    const oldKey = { ...heldKey()!, ids: undefined };
    const sealedOld = await sealStored('journal', entry, oldKey);
    expect(sealedOld.id).toBe('ref:w2-fear');
    await db.put('journal', sealedOld as never);
    expect(await rawText()).toContain('w2-fear');

    await lock();
    await unlock(PASSCODE);
    expect((await readLockConfig())?.ids).toBeDefined();
    const raw = await rawText();
    for (const needle of ['w2-fear', 'w1-selfcheck', 'son', 'substance']) expect(raw, needle).not.toContain(needle);
    expect((await journalRepo.get('ref:w2-fear'))?.text).toBe('The car keys.');
    expect((await progressRepo.get('week-1'))?.answers).toEqual({ 'w1-selfcheck-sleep': 1 });
    expect(await settingsRepo.get('profile', null)).toEqual({ relationship: 'son', situation: 'substance-use' });
    expect(await journalRepo.list()).toHaveLength(1);
  });

  it('a backup restored while the lock is on comes in sealed, and "add to what I have" finds the journal entry already here', async () => {
    await makeEverything();
    const { text } = await exportBackup();
    await enableLock(PASSCODE);
    const result = await importBackup(text, { mode: 'merge' });
    expect(result.added).toBe(0);
    const raw = await rawText();
    for (const needle of NEEDLES) expect(raw, needle).not.toContain(needle);
    expect(await journalRepo.list()).toHaveLength(1);
  });
});
