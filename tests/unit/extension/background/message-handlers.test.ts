import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../../extension/background/message-handlers.ts';
import { readMessage } from '../../../../extension/background/read-message.ts';
import type { Reply } from '../../../../extension/messages.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { precompileLexicon } from '../../../../shared/domain/nudge/cue-detector.ts';

/** The sites turned on, as the content-script registration would list them. */
const enabled = vi.hoisted(() => ({ sites: [] as string[] }));

// Site access goes through chrome.scripting; here it is the list above.
vi.mock('../../../../extension/site-access.ts', () => ({
  listEnabledSites: async () => [...enabled.sites],
  disableSite: async (origin: string) => void (enabled.sites = enabled.sites.filter((s) => s !== origin)),
}));
vi.mock('../../../../extension/tell-open-tabs.ts', () => ({ tellOpenTabs: async () => undefined }));
// The real reader, watched: the test checks whether the text was looked at at all.
vi.mock('../../../../extension/background/read-message.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../extension/background/read-message.ts')>();
  return { ...real, readMessage: vi.fn(real.readMessage) };
});

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SITE = 'https://mail.example.com';
const HARD = 'You never listen, this is your last chance!!!';

/** Sends a message as an in-page script on `origin` would, and waits for the answer. */
function fromPage(type: string, payload: unknown, origin = SITE): Promise<Reply<unknown>> {
  return new Promise((resolve) => {
    handleMessage({ type, payload }, { id: ID, url: `${origin}/inbox`, origin, tab: { id: 7 } as chrome.tabs.Tab, frameId: 0 }, resolve);
  });
}

// The word list is compiled once per worker, as when a site is turned on; these tests are about what is read, not how long that takes.
beforeAll(() => precompileLexicon(), 30_000);

/** The tabs the background opened. */
const opened: string[] = [];

beforeEach(async () => {
  opened.length = 0;
  vi.stubGlobal('chrome', {
    runtime: { id: ID, getURL: (path: string) => `chrome-extension://${ID}/${path}` },
    tabs: { create: async ({ url }: { url: string }) => void opened.push(url) },
  });
  await settingsRepo.set('country', '');
  vi.mocked(readMessage).mockClear();
  enabled.sites = [SITE];
  await settingsRepo.set('nudgeSensitivity', 'standard');
  await settingsRepo.set('quietSites', {});
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('read-message in the background', () => {
  it('reads a message on a site that is on, with the stored sensitivity', async () => {
    const reply = await fromPage('read-message', { text: HARD, caret: null });
    expect(reply).toMatchObject({ ok: true, value: { stop: false, nudge: true } });
    expect(readMessage).toHaveBeenCalledWith(HARD, null, 'standard');
    await settingsRepo.set('nudgeSensitivity', 'gentle');
    await fromPage('read-message', { text: HARD, caret: null });
    expect(readMessage).toHaveBeenLastCalledWith(HARD, null, 'gentle');
  });

  it('offers no thought on a hard message in Spanish and says why, yet still answers Spanish despair with crisis help', async () => {
    const hard = await fromPage('read-message', { text: 'NUNCA ME ESCUCHAS!!! Siempre es lo mismo contigo, eres un mentiroso.', caret: null });
    expect(hard).toEqual({ ok: true, value: { stop: false, nudge: false, help: null, cues: [], kinds: [], general: null, language: 'es', styleRead: false } });
    await settingsRepo.set('country', 'MX');
    const despair = await fromPage('read-message', { text: 'Ya no puedo más, mamá. Me quiero morir.', caret: null });
    expect(despair).toMatchObject({ ok: true, value: { nudge: true, help: { need: 'crisis' }, language: 'es', styleRead: false } });
    expect(await fromPage('read-message', { text: HARD, caret: null })).toMatchObject({ ok: true, value: { nudge: true, language: 'en', styleRead: true } });
  });

  it('answers "stop" without reading when the site was turned off, never, quiet today, or nudges are off', async () => {
    const stopped = async (): Promise<void> => {
      expect(await fromPage('read-message', { text: HARD, caret: 3 })).toEqual({ ok: true, value: { stop: true } });
      expect(readMessage).not.toHaveBeenCalled();
    };

    enabled.sites = [];
    await stopped();

    enabled.sites = [SITE];
    expect(await fromPage('site-quiet', { mode: 'today' })).toEqual({ ok: true, value: { ok: true } });
    await stopped();
    await settingsRepo.set('quietSites', {});

    await settingsRepo.set('nudgeSensitivity', 'off');
    await stopped();
    await settingsRepo.set('nudgeSensitivity', 'standard');

    expect(await fromPage('site-quiet', { mode: 'never' })).toEqual({ ok: true, value: { ok: true } });
    expect(enabled.sites).toEqual([]);
    await stopped();
  });

  it('goes by the sender’s own site: another site being on does not count', async () => {
    expect(await fromPage('read-message', { text: HARD, caret: null }, 'https://chat.example.org')).toEqual({ ok: true, value: { stop: true } });
    expect(readMessage).not.toHaveBeenCalled();
  });

  it('refuses a page that tries to choose how readily it is read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await fromPage('read-message', { text: HARD, caret: null, sensitivity: 'standard' })).toEqual({ ok: false, error: 'refused' });
    expect(readMessage).not.toHaveBeenCalled();
  });
});

describe('help for the chip', () => {
  const DESPAIR = 'I can’t do this anymore. Sometimes I wish I was dead.';
  const BOUNDARY = 'If you touch me again I’m calling the police.';

  it('answers despair with the crisis lines of the country chosen in Alongside', async () => {
    await settingsRepo.set('country', 'GB');
    const reply = (await fromPage('read-message', { text: DESPAIR, caret: null })) as { ok: true; value: { help: { need: string; inCountry: string; lines: { contacts: { href: string }[] }[] } } };
    expect(reply.value.help).toMatchObject({ need: 'crisis', inCountry: 'the United Kingdom', emergency: { href: 'tel:999' } });
    expect(reply.value.help.lines.flatMap((l) => l.contacts.map((c) => c.href))).toContain('tel:116123');
  });

  it('goes by the browser’s region when no country was chosen', async () => {
    vi.stubGlobal('navigator', { languages: ['en-NZ', 'en'] });
    const reply = await fromPage('read-message', { text: DESPAIR, caret: null });
    expect(reply).toMatchObject({ ok: true, value: { help: { need: 'crisis', inCountry: 'New Zealand', emergency: { href: 'tel:111' } } } });
    vi.stubGlobal('navigator', { languages: ['fr'] });
    expect(await fromPage('read-message', { text: DESPAIR, caret: null })).toMatchObject({ ok: true, value: { help: { need: 'crisis', inCountry: null, emergency: null, lines: [] } } });
  });

  it('answers a safety boundary with safety help and no ultimatum cue, and a hard message with no help', async () => {
    await settingsRepo.set('country', 'US');
    const safety = (await fromPage('read-message', { text: BOUNDARY, caret: null })) as { ok: true; value: { help: { need: string }; cues: { kind: string }[] } };
    expect(safety.value.help.need).toBe('safety');
    expect(safety.value.cues.map((c) => c.kind)).not.toContain('ultimatum');
    expect(await fromPage('read-message', { text: HARD, caret: null })).toMatchObject({ ok: true, value: { help: null } });
  });

  it('opens the extension’s help page for crisis or safety, and nothing else', async () => {
    expect(await fromPage('open-help', { for: 'crisis' })).toEqual({ ok: true, value: { ok: true } });
    expect(await fromPage('open-help', { for: 'safety' })).toEqual({ ok: true, value: { ok: true } });
    expect(await fromPage('open-help', { for: 'https://evil.example/' })).toEqual({ ok: false, error: 'refused' });
    expect(await fromPage('open-help', { for: 'crisis', url: 'https://evil.example/' })).toEqual({ ok: false, error: 'refused' });
    expect(opened).toEqual([`chrome-extension://${ID}/extension/help/index.html?for=crisis`, `chrome-extension://${ID}/extension/help/index.html?for=safety`]);
  });
});

describe('the course bridge’s link message (Firefox only)', () => {
  it('is refused by a Chrome build, where the course messages the extension directly', async () => {
    const course = import.meta.env.VITE_PWA_ORIGIN || 'http://localhost:4173';
    const reply = await fromPage('course-link', { message: { type: 'link-hello', payload: {} } }, course);
    expect(reply).toEqual({ ok: true, value: { ok: false, error: 'refused' } });
  });
});
