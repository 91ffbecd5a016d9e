import { describe, expect, it } from 'vitest';
import { checkSetting, checkedSetting, DEVICE_ONLY_SETTING_IDS, isSettingKey } from '../../../../shared/domain/trust/setting-schemas.ts';

describe('setting schemas', () => {
  it('knows every setting by name, and nothing else', () => {
    expect(isSettingKey('lockIdleMinutes')).toBe(true);
    expect(isSettingKey('lastBackupAt')).toBe(true);
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
    for (const id of DEVICE_ONLY_SETTING_IDS) expect(checkSetting({ id, value: 1 })).toBe('skip');
    expect(checkSetting({ id: 'somethingNew', value: 1 })).toBe('skip');
    expect(checkSetting({ id: 'onboarded', value: 'yes' })).toBeUndefined();
    expect(checkSetting({ id: 'onboarded', value: true, createdAt: 1 })).toEqual({ id: 'onboarded', value: true, createdAt: 1 });
  });
});
