import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { classRepo } from '../../../shared/data/classes/class-repo.ts';
import { destroyDb, getDb } from '../../../shared/data/db.ts';
import { readStoredSetting, settingsRepo, writeSettings } from '../../../shared/data/settings-repo.ts';
import { DEFAULT_PACING } from '../../../shared/domain/course/course-progress.ts';

afterEach(async () => {
  await destroyDb();
});

/** Puts a setting record straight into the store, as an older version or a damaged disk might have left it. */
async function storeRaw(id: string, value: unknown): Promise<void> {
  await (await getDb()).put('settings', { id, value, createdAt: 1, updatedAt: 2 });
}

describe('settings checked on read', () => {
  it('reads a value of the wrong shape as its default, and leaves it stored as it was', async () => {
    await storeRaw('lockIdleMinutes', 'five');
    await storeRaw('quietHours', { from: '25:00', to: 'later' });
    await storeRaw('nudgeSensitivity', 'loud');
    expect(await settingsRepo.get('lockIdleMinutes', 5)).toBe(5);
    expect(await settingsRepo.get('quietHours', null)).toBeNull();
    expect(await settingsRepo.get('nudgeSensitivity', 'standard')).toBe('standard');
    expect(await (await getDb()).get('settings', 'lockIdleMinutes')).toEqual({ id: 'lockIdleMinutes', value: 'five', createdAt: 1, updatedAt: 2 });
    expect(await readStoredSetting('quietHours')).toEqual({ from: '25:00', to: 'later' });
  });

  it('checks the settings that stay on this device too', async () => {
    await storeRaw('lastBackupAt', -3);
    await storeRaw('starInviteDismissed', 'not-a-moment');
    expect(await settingsRepo.get('lastBackupAt', null)).toBeNull();
    expect(await settingsRepo.get('starInviteDismissed', null)).toBeNull();
  });

  it('gives back a value that passes, and keeps fields a schema does not name out of what it gives', async () => {
    await settingsRepo.set('quietHours', { from: '22:00', to: '07:00' });
    expect(await settingsRepo.get('quietHours', null)).toEqual({ from: '22:00', to: '07:00' });
    await storeRaw('weeklyLessonReminder', { day: 1, time: '09:00', extra: 'kept on disk' });
    expect(await settingsRepo.get('weeklyLessonReminder', null)).toEqual({ day: 1, time: '09:00' });
  });

  it('hands a write the stored value only when it passes: a damaged one counts as not set', async () => {
    await storeRaw('pacing', { mode: 'sideways' });
    let seen: unknown = 'not called';
    await writeSettings(
      (existing) => {
        seen = existing('pacing');
        return { put: [{ id: 'pacing', value: { ...DEFAULT_PACING, allOpen: true } }] };
      },
      ['pacing'],
    );
    expect(seen).toBeUndefined();
    expect(await settingsRepo.get('pacing', DEFAULT_PACING)).toEqual({ ...DEFAULT_PACING, allOpen: true });
  });

  it('leaves a class pack to the class repository, which reads it its own forgiving way', async () => {
    await storeRaw('classPack', { not: 'a pack' });
    expect(await settingsRepo.get('classPack', null)).toBeNull();
    expect(await classRepo.get()).toBeUndefined();
  });
});
