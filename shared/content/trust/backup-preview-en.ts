/**
 * The English words of the restore preview: how many of each kind of item a backup holds
 * ("12 journal entries"), and what a setting from the file became to fit this device's
 * screens. Another language goes in a file beside this one, with the same keys.
 */
import type { BackupStoreName } from '../../domain/trust/record-schemas.ts';
import type { SettingChange } from '../../domain/settings.ts';
import { counted, formatCount, type WordForms } from '../locale.ts';

/** Each kind of item, counted. */
export const STORE_COUNT_WORDS_EN: Readonly<Record<BackupStoreName, WordForms>> = {
  journal: { one: 'journal entry', other: 'journal entries' },
  boundaries: { one: 'boundary', other: 'boundaries' },
  plans: { one: 'conversation plan', other: 'conversation plans' },
  crisisPlan: { one: 'family crisis plan', other: 'family crisis plans' },
  safetyPlan: { one: 'private safety plan', other: 'private safety plans' },
  patterns: { one: 'pattern log entry', other: 'pattern log entries' },
  activities: { one: 'rewarding activity', other: 'rewarding activities' },
  checkins: { one: 'weekly check-in', other: 'weekly check-ins' },
  star: { one: 'supporter star', other: 'supporter stars' },
  ownPrompts: { one: 'prompt you wrote', other: 'prompts you wrote' },
  favourites: { one: 'favourite prompt', other: 'favourite prompts' },
  progress: { one: 'week of course progress', other: 'weeks of course progress' },
  settings: { one: 'setting', other: 'settings' },
  tombstones: { one: 'deleted toolkit item remembered', other: 'deleted toolkit items remembered' },
};

/** "12 journal entries". */
export function storeCountText(store: BackupStoreName, count: number): string {
  return counted(count, STORE_COUNT_WORDS_EN[store]);
}

/** Minutes in a sentence about a setting ("1440 minutes", as the settings say them). */
const minutes = (n: number) => counted(n, { one: 'minute', other: 'minutes' }, { grouping: false });
const plain = (n: number) => formatCount(n, { grouping: false });

/** English words for what a restored setting became. */
export const SETTING_CHANGE_WORDS_EN: { readonly [K in SettingChange['kind']]: (change: Extract<SettingChange, { kind: K }>) => string } = {
  'lock-idle': (c) => `The file locked Alongside after ${minutes(c.asked)} without use; here the longest choice is ${plain(c.longest)}, so it will lock after ${minutes(c.now)}.`,
  'reminder-lead': (c) =>
    `The file reminded you ${minutes(c.asked)} before a planned talk; here reminders come ${plain(c.min)} to ${minutes(c.max)} before, so it will be ${plain(c.now)}.`,
};

/** What a restored setting became, in English. */
export function settingChangeText(change: SettingChange): string {
  return (SETTING_CHANGE_WORDS_EN[change.kind] as (c: SettingChange) => string)(change);
}
