import { describe, expect, it } from 'vitest';
import { checkSetting, DEVICE_ONLY_SETTING_IDS, isSettingKey, settingCheck, settingCheckWith } from '../../../../shared/domain/trust/setting-schemas.ts';

const checkedSetting = settingCheckWith();

describe('setting schemas', () => {
  it('knows every setting by name, and nothing else', () => {
    expect(isSettingKey('lockIdleMinutes')).toBe(true);
    expect(isSettingKey('lastBackupAt')).toBe(true);
    expect(isSettingKey('classPack')).toBe(true);
    expect(isSettingKey('__proto__')).toBe(false);
    expect(isSettingKey('lock')).toBe(false);
  });

  it('gives the checked value, or undefined when it fails', () => {
    expect(checkedSetting('lockIdleMinutes', 15)).toBe(15);
    expect(checkedSetting('lockIdleMinutes', 0)).toBeUndefined();
    expect(checkedSetting('profile', null)).toBeNull();
    expect(checkedSetting('linkedAt', 'yesterday')).toBeUndefined();
  });

  it('skips what a backup must not carry, and refuses a known setting out of shape', () => {
    for (const id of DEVICE_ONLY_SETTING_IDS) expect(checkSetting({ id, value: 1 }, checkedSetting)).toBe('skip');
    expect(checkSetting({ id: 'somethingNew', value: 1 }, checkedSetting)).toBe('skip');
    expect(checkSetting({ id: 'onboarded', value: 'yes' }, checkedSetting)).toBeUndefined();
    expect(checkSetting({ id: 'onboarded', value: true, createdAt: 1 }, checkedSetting)).toEqual({ id: 'onboarded', value: true, createdAt: 1 });
  });

  it('loads the class settings’ schemas only when a class setting is asked for', async () => {
    // Without them, checking a class's setting is a mistake in the code, said loudly.
    expect(() => checkedSetting('classPack', { name: 'Tuesdays' })).toThrow(/not loaded/);
    const check = await settingCheck(['onboarded', 'classPack']);
    expect(check('classPack', null)).toBeNull();
    expect(check('classPack', { name: 'not a pack' })).toBeUndefined();
    expect(check('onboarded', true)).toBe(true);
  });
});
