import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../../extension/background/message-handlers.ts';
import { forgetPrepDraft, keepPrepDraft, prepDraft, PREP_DRAFT_KEPT_MS } from '../../../../extension/background/prep-draft.ts';
import { wipeExtension } from '../../../../extension/background/wipe-extension.ts';
import type { Reply } from '../../../../extension/messages.ts';
import type { QuickPrepDraft } from '../../../../shared/domain/nudge/quick-prep-draft.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const POPUP = { id: ID, url: `chrome-extension://${ID}/extension/popup/index.html`, origin: `chrome-extension://${ID}` };
const WEB_PAGE = { id: ID, url: 'https://mail.example.com/inbox', origin: 'https://mail.example.com', tab: { id: 7 } as chrome.tabs.Tab, frameId: 0 };

const DRAFT: QuickPrepDraft = {
  step: 3,
  choice: { goal: 'boundary', opening: 'prompt:ask-permission', exit: 'own' },
  ownText: { goal: '', opening: '', exit: 'I need a short break. Let’s talk after dinner.' },
  final: { opening: '', exit: '' },
};

/** Sends a message as `sender` would, and waits for the answer. */
function ask(type: string, payload: unknown, sender: chrome.runtime.MessageSender = POPUP): Promise<Reply<unknown>> {
  return new Promise((resolve) => void handleMessage({ type, payload }, sender, resolve));
}

/** A stand-in for the chrome APIs the wipe touches, with nothing in them. */
const emptyChrome = {
  runtime: { id: ID, getManifest: () => ({}), getURL: (path: string) => `chrome-extension://${ID}/${path}` },
  alarms: { getAll: async () => [], clearAll: async () => true },
  notifications: { getAll: async () => ({}), clear: async () => true },
  scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => undefined },
  permissions: { getAll: async () => ({ origins: [] }), remove: async () => true },
};

beforeEach(() => {
  vi.stubGlobal('chrome', emptyChrome);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  forgetPrepDraft();
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the prep in progress, kept by the background', () => {
  it('gives back to the popup the prep it kept, until Done or Start again lets it go', async () => {
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: null } });
    expect(await ask('prep-draft-save', { draft: DRAFT })).toEqual({ ok: true, value: { ok: true } });
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: DRAFT } });
    const later = { ...DRAFT, step: 4, final: { opening: 'Can I share something I’ve noticed?', exit: 'I need a short break.' } };
    await ask('prep-draft-save', { draft: later });
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: later } });
    expect(await ask('prep-draft-clear', {})).toEqual({ ok: true, value: { ok: true } });
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: null } });
  });

  it('never gives it to, or takes it from, a web page', async () => {
    await ask('prep-draft-save', { draft: DRAFT });
    expect(await ask('prep-draft-get', {}, WEB_PAGE)).toEqual({ ok: false, error: 'refused' });
    expect(await ask('prep-draft-clear', {}, WEB_PAGE)).toEqual({ ok: false, error: 'refused' });
    expect(await ask('prep-draft-save', { draft: { ...DRAFT, step: 0 } }, WEB_PAGE)).toEqual({ ok: false, error: 'refused' });
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: DRAFT } });
  });

  it('keeps it ten minutes from the last change, then lets it go', () => {
    const t0 = 1_800_000_000_000;
    keepPrepDraft(DRAFT, t0);
    expect(prepDraft(t0 + PREP_DRAFT_KEPT_MS - 1)).toEqual(DRAFT);
    expect(prepDraft(t0 + PREP_DRAFT_KEPT_MS)).toBeNull();
    // Gone for good, not only hidden at that moment.
    expect(prepDraft(t0)).toBeNull();

    // Each save starts the ten minutes again.
    keepPrepDraft(DRAFT, t0);
    keepPrepDraft({ ...DRAFT, step: 4 }, t0 + 9 * 60_000);
    expect(prepDraft(t0 + 15 * 60_000)).toMatchObject({ step: 4 });
    expect(PREP_DRAFT_KEPT_MS).toBe(10 * 60_000);
  });

  it('lets the words go from memory on time while the worker stays awake', async () => {
    vi.useFakeTimers();
    await ask('prep-draft-save', { draft: DRAFT });
    vi.advanceTimersByTime(PREP_DRAFT_KEPT_MS - 1_000);
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: DRAFT } });
    // Asking does not make it last longer: only the popup's saves do.
    vi.advanceTimersByTime(1_000);
    // Asked as if no time had passed: the words are gone from memory, not only out of date.
    expect(prepDraft(0)).toBeNull();
    expect(await ask('prep-draft-get', {})).toEqual({ ok: true, value: { draft: null } });
  });

  it('goes with everything else when all data is deleted', async () => {
    await ask('prep-draft-save', { draft: DRAFT });
    await wipeExtension(1_000);
    expect(prepDraft()).toBeNull();
  });
});
