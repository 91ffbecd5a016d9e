import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleExternalMessage } from '../../../../extension/background/link-handlers.ts';
import { PWA_ORIGIN } from '../../../../extension/background/reminders.ts';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { DB_VERSION, open } from '../../../../shared/data/db.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { nothingLeft } from '../../../../shared/domain/link/link-protocol.ts';

/** A stand-in for the chrome APIs the wipe touches, holding what an extension in use would have. */
function fakeChrome() {
  const state = {
    alarms: [{ name: 'plan:p1' }, { name: 'resync' }],
    notifications: { 'plan:p1': true } as Record<string, boolean>,
    scripts: [{ id: 'alongside-chip' }],
    // The first is granted by the manifest (as in the e2e test build) and must stay; the second was asked for.
    origins: ['http://127.0.0.1/*', 'https://mail.example.com/*'],
    storage: { local: { a: 1 } as Record<string, unknown>, session: {} as Record<string, unknown>, sync: {} as Record<string, unknown> },
    calls: [] as string[],
  };
  const area = (name: keyof typeof state.storage) => ({
    get: async () => ({ ...state.storage[name] }),
    clear: async () => void (state.calls.push(`storage.${name}.clear`), (state.storage[name] = {})),
  });
  const chrome = {
    runtime: { getManifest: () => ({ host_permissions: ['http://127.0.0.1/*'] }) },
    alarms: { getAll: async () => state.alarms, clearAll: async () => (state.calls.push('alarms.clearAll'), (state.alarms = []), true) },
    notifications: {
      getAll: async () => ({ ...state.notifications }),
      clear: async (id: string) => (state.calls.push('notifications.clear'), delete state.notifications[id]),
    },
    scripting: {
      getRegisteredContentScripts: async () => state.scripts,
      unregisterContentScripts: async () => void (state.calls.push('scripting.unregister'), (state.scripts = [])),
    },
    permissions: {
      getAll: async () => ({ origins: [...state.origins], permissions: [] }),
      remove: async ({ origins }: { origins: string[] }) => {
        state.calls.push('permissions.remove');
        if (origins.some((o) => o === 'http://127.0.0.1/*')) throw new Error('You cannot remove required permissions.');
        state.origins = state.origins.filter((o) => !origins.includes(o));
        return true;
      },
    },
    storage: { local: area('local'), session: area('session'), sync: area('sync') },
  };
  return { state, chrome };
}

/** Sends one message as Chrome would deliver it from outside, and waits for the answer. */
function send(message: unknown, origin: string): Promise<unknown> {
  return new Promise((resolve) => {
    handleExternalMessage(message, { origin, url: `${origin}/privacy` }, resolve);
  });
}

let fake = fakeChrome();

beforeEach(() => {
  fake = fakeChrome();
  vi.stubGlobal('chrome', fake.chrome);
  // Refusals are logged for the developer; keep the test output to the results.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// The last test deletes the database for good (as in the extension), so the refusals come first.
describe('link-wipe in the extension’s background', () => {
  it('refuses a page that is not the course, even when linked, and deletes nothing', async () => {
    await settingsRepo.set('linkedAt', 1);
    await boundariesRepo.save({ situation: 'a', action: 'b', reason: 'c' });
    expect(await send({ type: 'link-wipe', payload: {} }, 'https://evil.example')).toEqual({ ok: false, error: 'refused' });
    expect(await send({ type: 'link-wipe', payload: {} }, 'http://localhost:1')).toEqual({ ok: false, error: 'refused' });
    expect(fake.state.calls).toEqual([]);
    expect(await boundariesRepo.list()).toHaveLength(1);
  });

  it('refuses the course when it is not linked, and deletes nothing', async () => {
    await settingsRepo.set('linkedAt', null);
    expect(await send({ type: 'link-wipe', payload: {} }, PWA_ORIGIN)).toEqual({ ok: false, error: 'not linked' });
    expect(fake.state.calls).toEqual([]);
    expect(await boundariesRepo.list()).toHaveLength(1);
    expect(fake.state.alarms).toHaveLength(2);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['alongside']);
  });

  it('when linked, deletes everything it keeps and answers only then, with nothing left', async () => {
    await settingsRepo.set('linkedAt', 1);
    // An options page holding the database open steps aside (as every connection of the data layer does).
    const optionsPage = await open(DB_VERSION);
    const reply = (await send({ type: 'link-wipe', payload: {} }, PWA_ORIGIN)) as { ok: boolean; value: { left: unknown } };
    expect(reply.ok).toBe(true);
    expect(reply.value.left).toEqual({ databases: [], caches: [], storageKeys: 0, alarms: 0, notifications: 0, contentScripts: 0, hostPermissions: [] });
    expect(nothingLeft(reply.value.left)).toBe(true);
    expect(await indexedDB.databases()).toEqual([]);
    expect(() => optionsPage.transaction('settings')).toThrow();
    expect(fake.state.origins).toEqual(['http://127.0.0.1/*']);
    expect(fake.state.calls).toEqual(expect.arrayContaining(['alarms.clearAll', 'scripting.unregister', 'permissions.remove', 'notifications.clear', 'storage.local.clear']));
    // Then it carries on as if just installed: unlinked, with an empty database, so a sync
    // arriving late is refused and brings nothing back.
    expect(await send({ type: 'link-hello', payload: {} }, PWA_ORIGIN)).toEqual({ ok: true, value: { linked: false, pending: false } });
    expect(await send({ type: 'sync', payload: { snapshot: { records: { boundaries: [], plans: [], ownPrompts: [], favourites: [] }, tombstones: [] } } }, PWA_ORIGIN)).toMatchObject({ ok: false });
    expect(await boundariesRepo.list()).toEqual([]);
  });
});
