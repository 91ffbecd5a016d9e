import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleExternalMessage } from '../../../../extension/background/link-handlers.ts';
import { PWA_ORIGIN } from '../../../../extension/background/reminders.ts';
import { answerLinkRequest, LINK_REQUEST_MINUTES } from '../../../../extension/link-confirm/link-request.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';

/** The chrome APIs asking to link touches: session storage, and the window it opens. */
function fakeChrome() {
  const state = { session: {} as Record<string, unknown>, opened: [] as string[] };
  const chrome = {
    runtime: { getURL: (path: string) => `chrome-extension://alongside/${path}`, getContexts: async () => [] },
    windows: { create: async ({ url }: { url: string }) => void state.opened.push(url), update: async () => undefined },
    tabs: { create: async ({ url }: { url: string }) => void state.opened.push(url), update: async () => undefined },
    alarms: { getAll: async () => [], clear: async () => true, create: async () => undefined },
    storage: {
      session: {
        get: async (key: string) => (key in state.session ? { [key]: state.session[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.session, items),
        remove: async (key: string) => void delete state.session[key],
      },
    },
  };
  return { state, chrome };
}

function send(type: string, payload: unknown = {}): Promise<unknown> {
  return new Promise((resolve) => handleExternalMessage({ type, payload }, { origin: PWA_ORIGIN, url: `${PWA_ORIGIN}/settings` }, resolve));
}

const emptySync = { snapshot: { records: { boundaries: [], plans: [], ownPrompts: [], favourites: [] }, tombstones: [] } };

let fake = fakeChrome();

beforeEach(async () => {
  fake = fakeChrome();
  vi.stubGlobal('chrome', fake.chrome);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await settingsRepo.set('linkedAt', null);
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a request to link waits for the person', () => {
  it('asking links nothing: it opens the confirmation, and sync and wipe are refused until yes', async () => {
    expect(await send('link-accept')).toEqual({ ok: true, value: { linked: false, pending: true } });
    expect(fake.state.opened).toEqual(['chrome-extension://alongside/extension/link-confirm/index.html']);
    expect(await send('link-hello')).toEqual({ ok: true, value: { linked: false, pending: true } });
    expect(await send('sync', emptySync)).toEqual({ ok: false, error: 'not linked' });
    expect(await send('link-wipe')).toEqual({ ok: false, error: 'not linked' });
    expect(await settingsRepo.get('linkedAt', null)).toBeNull();
  });

  it('yes links: the course then syncs', async () => {
    await send('link-accept');
    expect(await answerLinkRequest(true)).toBe('linked');
    expect(await send('link-hello')).toEqual({ ok: true, value: { linked: true, pending: false } });
    expect(await send('sync', emptySync)).toMatchObject({ ok: true });
  });

  it('there is no moment between yes and linked when the course would read "not linked, nothing waiting"; a request a closed window leaves behind is forgotten at unlink', async () => {
    await send('link-accept');
    // The window closes between the two writes: the link is made, forgetting the request is lost.
    const remove = fake.chrome.storage.session.remove;
    fake.chrome.storage.session.remove = async () => {
      expect(await send('link-hello')).toEqual({ ok: true, value: { linked: true, pending: false } });
      throw new Error('window closed');
    };
    await expect(answerLinkRequest(true)).rejects.toThrow('window closed');
    fake.chrome.storage.session.remove = remove;
    expect(await send('link-hello')).toEqual({ ok: true, value: { linked: true, pending: false } });
    // Unlinked later: the old request does not read as waiting.
    await send('link-unlink');
    expect(await send('link-hello')).toEqual({ ok: true, value: { linked: false, pending: false } });
  });

  it('no forgets the request and leaves it unlinked', async () => {
    await send('link-accept');
    expect(await answerLinkRequest(false)).toBe('declined');
    expect(await send('link-hello')).toEqual({ ok: true, value: { linked: false, pending: false } });
    expect(await send('sync', emptySync)).toEqual({ ok: false, error: 'not linked' });
  });

  it(`a request left ${LINK_REQUEST_MINUTES} minutes can no longer be said yes to`, async () => {
    await send('link-accept');
    const later = Date.now() + LINK_REQUEST_MINUTES * 60_000 + 1;
    expect(await answerLinkRequest(true, later)).toBe('expired');
    expect(await settingsRepo.get('linkedAt', null)).toBeNull();
    expect(await send('link-hello')).toEqual({ ok: true, value: { linked: false, pending: false } });
  });

  it('unlinking from the course also forgets a waiting request', async () => {
    await send('link-accept');
    await send('link-unlink');
    expect(await answerLinkRequest(true)).toBe('expired');
    expect(await settingsRepo.get('linkedAt', null)).toBeNull();
  });
});
