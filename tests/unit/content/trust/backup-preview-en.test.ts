import { describe, expect, it } from 'vitest';
import { BACKUP_STORES } from '../../../../shared/domain/trust/record-schemas.ts';
import { SETTING_CHANGE_WORDS_EN, STORE_COUNT_WORDS_EN, settingChangeText, storeCountText } from '../../../../shared/content/trust/backup-preview-en.ts';

describe('the English words of the restore preview', () => {
  it('counts every kind of item, one and many, with the number as people write it', () => {
    expect(Object.keys(STORE_COUNT_WORDS_EN).sort()).toEqual([...BACKUP_STORES].sort());
    expect(storeCountText('journal', 1)).toBe('1 journal entry');
    expect(storeCountText('journal', 12_000)).toBe('12,000 journal entries');
    expect(storeCountText('progress', 2)).toBe('2 weeks of course progress');
  });

  it('says what each restored setting became', () => {
    expect(Object.keys(SETTING_CHANGE_WORDS_EN).sort()).toEqual(['lock-idle', 'reminder-lead']);
    expect(settingChangeText({ kind: 'lock-idle', asked: 2, longest: 60, now: 1 })).toBe(
      'The file locked Alongside after 2 minutes without use; here the longest choice is 60, so it will lock after 1 minute.',
    );
    expect(settingChangeText({ kind: 'reminder-lead', asked: 10_080, min: 1, max: 1440, now: 1440 })).toBe(
      'The file reminded you 10080 minutes before a planned talk; here reminders come 1 to 1440 minutes before, so it will be 1440.',
    );
  });
});
