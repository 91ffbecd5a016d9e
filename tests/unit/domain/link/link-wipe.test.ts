import { describe, expect, it } from 'vitest';
import { checkLinkMessage, nothingLeft, type ExtensionLeftovers } from '../../../../shared/domain/link/link-protocol.ts';

const COURSE = 'http://localhost:4173';
const from = { origin: COURSE, url: `${COURSE}/privacy` };
const empty: ExtensionLeftovers = { databases: [], caches: [], storageKeys: 0, alarms: 0, notifications: 0, contentScripts: 0, hostPermissions: [] };

describe('link-wipe, the course asking the extension to delete its copy', () => {
  it('is accepted from the course, empty', () => {
    expect(checkLinkMessage({ type: 'link-wipe', payload: {} }, from, COURSE)).toEqual({ ok: true, type: 'link-wipe', payload: {} });
  });

  it('is refused from any other origin, or with anything in it', () => {
    expect(checkLinkMessage({ type: 'link-wipe', payload: {} }, { origin: 'https://evil.example', url: `${COURSE}/privacy` }, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-wipe', payload: {} }, { url: 'http://localhost:4174/privacy' }, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-wipe', payload: {} }, {}, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-wipe', payload: { everything: true } }, from, COURSE)).toMatchObject({ ok: false });
    expect(checkLinkMessage({ type: 'link-wipe' }, from, COURSE)).toMatchObject({ ok: false });
  });

  it('counts as done only when the reply says nothing at all is left', () => {
    expect(nothingLeft(empty)).toBe(true);
    expect(nothingLeft({ ...empty, databases: ['alongside'] })).toBe(false);
    expect(nothingLeft({ ...empty, alarms: 1 })).toBe(false);
    expect(nothingLeft({ ...empty, hostPermissions: ['https://mail.example.com/*'] })).toBe(false);
    expect(nothingLeft({ ...empty, contentScripts: 1 })).toBe(false);
    expect(nothingLeft({ ...empty, notifications: 1 })).toBe(false);
    expect(nothingLeft({ ...empty, storageKeys: 2 })).toBe(false);
    expect(nothingLeft({ ...empty, caches: ['x'] })).toBe(false);
    expect(nothingLeft({ databases: [] })).toBe(false);
    expect(nothingLeft(undefined)).toBe(false);
    expect(nothingLeft('done')).toBe(false);
  });
});
