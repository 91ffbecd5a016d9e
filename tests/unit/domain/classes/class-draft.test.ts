import { describe, expect, it } from 'vitest';
import { newDraft, reviveDraft } from '../../../../shared/domain/classes/class-draft.ts';
import { settingCheckWith } from '../../../../shared/domain/trust/setting-schemas.ts';
import { CLASS_SETTING_SCHEMAS } from '../../../../shared/domain/classes/class-setting-schemas.ts';

const checkedSetting = settingCheckWith(CLASS_SETTING_SCHEMAS);

const fresh = newDraft('draft-0001', 'Europe/Paris', '2026-05-01');

describe('a stored class draft, read back through its schema', () => {
  it('keeps every part of the right type, however unfinished, and fills the rest from a fresh draft', () => {
    const stored = { name: 'Tuesdays', facilitator: { name: 'Ana' }, minutes: 75, agreements: [], venue: 42, notes: [{ week: 2, text: '' }] };
    expect(reviveDraft(stored, fresh)).toEqual({
      ...fresh,
      name: 'Tuesdays',
      facilitator: { name: 'Ana', contact: '' },
      minutes: 75,
      agreements: [],
      notes: [{ week: 2, text: '' }],
    });
  });

  it('drops a list with one item out of shape, and keys it does not know', () => {
    const meeting = { week: 1, date: '2026-05-05', time: '18:30' };
    expect(reviveDraft({ meetings: [meeting, { week: 'two' }] }, fresh).meetings).toEqual(fresh.meetings);
    expect(reviveDraft({ meetings: [{ ...meeting, extra: '<script>' }] }, fresh).meetings).toEqual([meeting]);
    expect(reviveDraft({ id: 'short', timeZone: 'Nowhere/Here' }, fresh)).toEqual(fresh);
  });

  it('is checked when the setting is read: text beyond every record’s limit reads as missing, a non-object as no draft', () => {
    expect(checkedSetting('classDraft', { name: 'x'.repeat(100_001) })).toEqual({});
    expect(checkedSetting('classDraft', { name: 'Tuesdays' })).toEqual({ name: 'Tuesdays' });
    expect(checkedSetting('classDraft', 'garbage')).toBeUndefined();
    expect(checkedSetting('classDraft', null)).toBeNull();
  });
});
