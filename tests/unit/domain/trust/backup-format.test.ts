import { describe, expect, it } from 'vitest';
import { BackupError, backupFileName, futureDateKey, readBackupText, type BackupContents } from '../../../../shared/domain/trust/backup-format.ts';
import { incomingWins, summarizeBackup } from '../../../../shared/domain/trust/backup-summary.ts';
import { FORGED_BOUNDARY_ID, FORGED_ENTRY_ID, FORGED_TOMB_PLAN_ID, YEAR_9999, year9999Backup, year9999BackupSavedIn9999 } from '../../../fixtures/hostile-backups.ts';
import { REMINDER_DAYS, backupReminderDue, type BackupReminderInput } from '../../../../shared/domain/trust/backup-reminder.ts';
import { backupProblemText } from '../../../../shared/content/trust/backup-problems-en.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 8, 1, 12);
const due = (r: Partial<BackupReminderInput>) =>
  backupReminderDue({ now, firstWriteAt: now - 60 * DAY, lastWriteAt: now - DAY, lastBackupAt: null, dismissedAt: null, persisted: false, ...r });

describe('the backup reminder', () => {
  it('waits 7 days where storage may be cleared, 30 where it is persisted', () => {
    expect(REMINDER_DAYS).toEqual({ notPersisted: 7, persisted: 30 });
    expect(due({ lastBackupAt: now - 8 * DAY })).toBe(true);
    expect(due({ lastBackupAt: now - 6 * DAY, lastWriteAt: now - DAY })).toBe(false);
    expect(due({ lastBackupAt: now - 8 * DAY, persisted: true })).toBe(false);
    expect(due({ lastBackupAt: now - 31 * DAY, persisted: true })).toBe(true);
  });

  it('stays quiet with nothing new since the last backup, or nothing written at all', () => {
    expect(due({ lastBackupAt: now - 100 * DAY, lastWriteAt: now - 101 * DAY })).toBe(false);
    expect(due({ firstWriteAt: null, lastWriteAt: null })).toBe(false);
  });

  it('before any backup, counts from the first writing, so a new reader is not nagged at once', () => {
    expect(due({ firstWriteAt: now - 2 * DAY })).toBe(false);
    expect(due({ firstWriteAt: now - 9 * DAY })).toBe(true);
  });

  it('"Not now" hides it for the same wait', () => {
    expect(due({ lastBackupAt: now - 20 * DAY, dismissedAt: now - 3 * DAY })).toBe(false);
    expect(due({ lastBackupAt: now - 20 * DAY, dismissedAt: now - 8 * DAY })).toBe(true);
  });
});

describe('the backup file', () => {
  it('has a dated name', () => {
    expect(backupFileName(new Date(2026, 4, 9, 10).getTime())).toBe('alongside-backup-2026-05-09.json');
  });

  it('keeps the newest copy when merging; on a tie, what is here stays', () => {
    expect(incomingWins(undefined, { updatedAt: 1 })).toBe(true);
    expect(incomingWins({ updatedAt: 2 }, { updatedAt: 3 })).toBe(true);
    expect(incomingWins({ updatedAt: 3 }, { updatedAt: 3 })).toBe(false);
    expect(incomingWins({ updatedAt: 4 }, { updatedAt: 3 })).toBe(false);
  });

  it('reads an older version’s file that lacks later stores', () => {
    const v1 = JSON.stringify({ app: 'alongside', format: 1, schemaVersion: 1, exportedAt: '2026-03-01T09:30:00.000Z', stores: { boundaries: [] } });
    const read = readBackupText(v1, 4);
    expect(read.kind).toBe('plain');
    if (read.kind === 'plain') expect(read.contents.stores.crisisPlan).toEqual([]);
  });

  it('drops settings it does not know, or that belong to one device, and says how many', () => {
    const file = JSON.stringify({
      app: 'alongside', format: 1, schemaVersion: 4, exportedAt: '2026-03-01T09:30:00.000Z',
      stores: {
        boundaries: [], progress: [], journal: [], checkins: [], star: [], plans: [], ownPrompts: [], favourites: [], crisisPlan: [],
        settings: [
          { id: 'country', value: 'NZ', createdAt: 1, updatedAt: 1 },
          { id: 'lock', value: { kid: 'attacker' }, createdAt: 1, updatedAt: 1 },
          { id: 'lastBackupAt', value: 5, createdAt: 1, updatedAt: 1 },
          { id: 'somethingNew', value: 1, createdAt: 1, updatedAt: 1 },
        ],
      },
    });
    const read = readBackupText(file, 4);
    if (read.kind !== 'plain') throw new Error('expected a plain file');
    expect(read.contents.stores.settings.map((s) => s.id)).toEqual(['country']);
    expect(read.contents.skippedSettings).toBe(3);
  });

  it('keeps the condition a reader named, reads older profiles without one, and refuses one out of shape', () => {
    const fileWith = (profile: unknown) =>
      JSON.stringify({
        app: 'alongside', format: 1, schemaVersion: 4, exportedAt: '2026-03-01T09:30:00.000Z',
        stores: { boundaries: [], progress: [], journal: [], checkins: [], star: [], plans: [], ownPrompts: [], favourites: [], crisisPlan: [], settings: [{ id: 'profile', value: profile, createdAt: 1, updatedAt: 1 }] },
      });
    const profileIn = (profile: unknown) => {
      const read = readBackupText(fileWith(profile), 4);
      if (read.kind !== 'plain') throw new Error('expected a plain file');
      return read.contents.stores.settings.find((s) => s.id === 'profile')?.value;
    };
    expect(profileIn({ relationship: 'son', situation: 'mental-illness', condition: 'psychosis' })).toEqual({ relationship: 'son', situation: 'mental-illness', condition: 'psychosis' });
    expect(profileIn({ relationship: 'son', situation: 'mental-illness' })).toEqual({ relationship: 'son', situation: 'mental-illness' });
    expect(() => profileIn({ relationship: 'son', situation: 'mental-illness', condition: 'weak character' })).toThrow(BackupError);
  });

  it('reads plans with and without their prompts’ blank fills, and refuses fills out of shape', () => {
    const plan = {
      id: 'p1', createdAt: 1, updatedAt: 2, who: 'Sam', about: 'money', goal: '', timeAndPlace: '', opening: '', keyPoints: [],
      promptIds: ['no-money-other-help'], avoid: '', exitLine: '', afterCare: '',
    };
    const fileWith = (plans: unknown[]) =>
      JSON.stringify({ app: 'alongside', format: 1, schemaVersion: 3, exportedAt: '2026-03-01T09:30:00.000Z', stores: { boundaries: [], settings: [], progress: [], journal: [], checkins: [], star: [], plans, ownPrompts: [], favourites: [] } });
    const plansOf = (text: string) => {
      const read = readBackupText(text, 4);
      if (read.kind !== 'plain') throw new Error('expected a plain file');
      return read.contents.stores.plans;
    };
    expect(plansOf(fileWith([plan]))).toEqual([plan]);
    const filled = { ...plan, promptFills: { 'no-money-other-help': { 'another way to help': 'drive you there' } } };
    expect(plansOf(fileWith([filled]))).toEqual([filled]);
    expect(() => plansOf(fileWith([{ ...plan, promptFills: { 'no-money-other-help': 'drive you there' } }]))).toThrow(BackupError);
    expect(() => plansOf(fileWith([{ ...plan, promptFills: { x: { blank: 5 } } }]))).toThrow(BackupError);
    // "They might say" and "what to have ready" come later: kept when there, refused out of shape.
    const lists = { ...plan, theyMightSay: ['I can’t afford it.'], ready: ['A number to call', 'A ride there'] };
    expect(plansOf(fileWith([lists]))).toEqual([lists]);
    expect(() => plansOf(fileWith([{ ...plan, theyMightSay: 'I can’t afford it.' }]))).toThrow(BackupError);
    expect(() => plansOf(fileWith([{ ...plan, ready: [5] }]))).toThrow(BackupError);
  });

  it('says where a damaged file is damaged, in words', () => {
    const file = JSON.stringify({ app: 'alongside', format: 1, schemaVersion: 1, exportedAt: '2026-03-01T09:30:00.000Z', stores: { boundaries: [{ id: 'x' }] } });
    const error = (() => {
      try {
        readBackupText(file, 4);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).where).toEqual({ part: 'item', store: 'boundaries', item: 1 });
    expect(backupProblemText(error as BackupError)).toBe('This backup file looks damaged (boundary 1), so nothing was changed. If you have another copy, please try that one.');
  });

  describe('dates that have not come yet', () => {
    const NOW = Date.UTC(2026, 11, 5, 10);
    const SAVED = '2026-12-01T08:00:00.000Z';
    const contentsOf = (text: string): BackupContents => {
      const read = readBackupText(text, 6, NOW);
      if (read.kind !== 'plain') throw new Error('expected a plain file');
      return read.contents;
    };

    it('sets a year-9999 record back to the file’s own date, and says how many', () => {
      const contents = contentsOf(year9999Backup(SAVED));
      const saved = Date.parse(SAVED);
      expect(contents.exportedAt).toBe(saved);
      expect(contents.stores.journal[0]).toMatchObject({ id: FORGED_ENTRY_ID, createdAt: saved, updatedAt: saved, text: 'Written in the year 9999' });
      // Only the dates that were wrong move: the boundary was made at 1 and stays so.
      expect(contents.stores.boundaries[0]).toMatchObject({ createdAt: 1, updatedAt: saved });
      expect(contents.stores.tombstones[0]).toMatchObject({ recordId: FORGED_TOMB_PLAN_ID, deletedAt: saved, updatedAt: saved });
      expect([...(contents.futureDated ?? [])].sort()).toEqual(
        [futureDateKey('journal', FORGED_ENTRY_ID), futureDateKey('boundaries', FORGED_BOUNDARY_ID), futureDateKey('tombstones', `plans:${FORGED_TOMB_PLAN_ID}`)].sort(),
      );
      expect(summarizeBackup(contents)).toMatchObject({ futureDated: 3, exportedInFuture: false });
    });

    it('uses now for a file that says it was saved in the year 9999, and sets its records back to now', () => {
      const contents = contentsOf(year9999BackupSavedIn9999());
      expect(contents.exportedAt).toBe(NOW);
      expect(contents.exportedInFuture).toBe(true);
      expect(contents.stores.journal[0]).toMatchObject({ createdAt: NOW, updatedAt: NOW });
      expect(summarizeBackup(contents)).toMatchObject({ exportedAt: NOW, futureDated: 3, exportedInFuture: true });
    });

    it('leaves alone a record a little after the file’s date (clocks drift), and plan times that rightly lie ahead', () => {
      const saved = Date.parse(SAVED);
      const file = JSON.parse(year9999Backup(SAVED)) as { stores: Record<string, unknown[]> };
      file.stores.journal = [{ id: 'j', createdAt: saved, updatedAt: saved + 60_000, kind: 'note', prompt: '', text: 'fine' }];
      file.stores.boundaries = [];
      file.stores.tombstones = [];
      file.stores.plans = [
        { id: 'p', createdAt: saved, updatedAt: saved, who: '', about: '', goal: '', timeAndPlace: '', opening: '', keyPoints: [], promptIds: [], avoid: '', exitLine: '', afterCare: '', scheduledAt: YEAR_9999 },
      ];
      const contents = contentsOf(JSON.stringify(file));
      expect(contents.stores.journal[0]!.updatedAt).toBe(saved + 60_000);
      expect(contents.stores.plans[0]).toMatchObject({ scheduledAt: YEAR_9999 });
      expect(contents.futureDated?.size).toBe(0);
    });

    it('in "add to what I have", never lets a set-back record replace a copy here, and lets a real copy replace a forged one here', () => {
      expect(incomingWins({ updatedAt: 5 }, { updatedAt: 10 }, true, NOW)).toBe(false);
      expect(incomingWins(undefined, { updatedAt: 10 }, true, NOW)).toBe(true);
      expect(incomingWins({ updatedAt: YEAR_9999 }, { updatedAt: NOW - 1 }, false, NOW)).toBe(true);
      expect(incomingWins({ updatedAt: NOW - 1 }, { updatedAt: YEAR_9999 }, false, NOW)).toBe(false);
    });
  });
});
