import { describe, expect, it } from 'vitest';
import { checkMessage, CUE_KINDS } from '../../../../extension/background/message-validation.ts';
import { MAX_MESSAGE_CHARS } from '../../../../extension/messages.ts';
import { MAX_PREP_TEXT_CHARS, type QuickPrepDraft } from '../../../../shared/domain/nudge/quick-prep-draft.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const pageScript = { id: ID, url: 'https://mail.example.com/inbox', origin: 'https://mail.example.com', tab: { id: 4 }, frameId: 0 };
const extensionPage = { id: ID, url: `chrome-extension://${ID}/extension/options/index.html`, origin: `chrome-extension://${ID}` };

describe('checkMessage', () => {
  it('in Firefox, takes an extension page by the pages’ own address (moz-extension://<uuid>/), which is not the id', () => {
    const base = 'moz-extension://4b0f4a6e-2d8a-4f1e-9a55-2b6c1e7d9f10/';
    const firefoxPage = { id: '{585951ee-6feb-441f-883e-42266092de01}', url: `${base}extension/popup/index.html` };
    expect(checkMessage({ type: 'plans-changed', payload: {} }, firefoxPage, firefoxPage.id, base)).toMatchObject({ ok: true });
    expect(checkMessage({ type: 'plans-changed', payload: {} }, { ...firefoxPage, url: 'moz-extension://someone-else/extension/popup/index.html' }, firefoxPage.id, base)).toMatchObject({ ok: false });
  });

  it('takes the course bridge’s link message only from an in-page script, with its origin for the link check', () => {
    const bridge = { ...pageScript, url: 'https://course.example.org/settings', origin: 'https://course.example.org' };
    expect(checkMessage({ type: 'course-link', payload: { message: { type: 'link-hello', payload: {} } } }, bridge, ID)).toMatchObject({ ok: true, origin: 'https://course.example.org' });
    expect(checkMessage({ type: 'course-link', payload: { message: {} } }, extensionPage, ID)).toMatchObject({ ok: false });
    expect(checkMessage({ type: 'course-link', payload: { message: {} } }, { ...bridge, frameId: 2 }, ID)).toMatchObject({ ok: false });
    expect(checkMessage({ type: 'course-link', payload: { message: {}, extra: 1 } }, bridge, ID)).toMatchObject({ ok: false });
  });

  it('accepts a well-formed message from the right place, with the sender’s origin', () => {
    expect(checkMessage({ type: 'prompts-for-cues', payload: { kinds: ['blame', 'shouting'] } }, pageScript, ID)).toEqual({
      ok: true,
      type: 'prompts-for-cues',
      payload: { kinds: ['blame', 'shouting'] },
      origin: 'https://mail.example.com',
    });
    expect(checkMessage({ type: 'site-quiet', payload: { mode: 'today' } }, pageScript, ID)).toMatchObject({ ok: true });
    expect(checkMessage({ type: 'open-help', payload: { for: 'safety' } }, pageScript, ID)).toMatchObject({ ok: true });
    expect(checkMessage({ type: 'plans-changed', payload: {} }, extensionPage, ID)).toMatchObject({ ok: true, origin: undefined });
  });

  it('refuses other extensions and web pages that message directly', () => {
    expect(checkMessage({ type: 'site-state', payload: {} }, { ...pageScript, id: 'someone-else' }, ID)).toMatchObject({ ok: false });
    expect(checkMessage({ type: 'site-state', payload: {} }, { ...pageScript, id: undefined }, ID)).toMatchObject({ ok: false });
  });

  it('refuses messages from the wrong kind of sender', () => {
    expect(checkMessage({ type: 'plans-changed', payload: {} }, pageScript, ID)).toMatchObject({ ok: false });
    expect(checkMessage({ type: 'prompts-for-cues', payload: { kinds: ['blame'] } }, extensionPage, ID)).toMatchObject({ ok: false });
    expect(checkMessage({ type: 'site-state', payload: {} }, { ...pageScript, frameId: 2 }, ID)).toMatchObject({ ok: false });
    expect(checkMessage({ type: 'site-state', payload: {} }, { ...pageScript, origin: 'file://', url: 'file:///tmp/x.html' }, ID)).toMatchObject({ ok: false });
  });

  it('refuses unknown types and bad payloads, and never takes text', () => {
    const bad: unknown[] = [
      null,
      'plans-changed',
      { type: 'read-everything', payload: {} },
      { type: 'toString', payload: {} },
      { type: 'prompts-for-cues', payload: { kinds: [] } },
      { type: 'prompts-for-cues', payload: { kinds: ['rage'] } },
      { type: 'prompts-for-cues', payload: { kinds: ['blame'], text: 'you never listen' } },
      { type: 'prompts-for-cues', payload: { kinds: Array(100).fill('blame') } },
      { type: 'site-quiet', payload: { mode: 'forever' } },
      { type: 'site-quiet', payload: { mode: 'today', origin: 'https://other.example' } },
      { type: 'open-help', payload: { for: 'everything' } },
      { type: 'open-help', payload: { for: 'crisis', path: '../options/index.html' } },
      { type: 'site-state' },
    ];
    for (const message of bad) expect(checkMessage(message, pageScript, ID), JSON.stringify(message)).toMatchObject({ ok: false });
  });

  it('takes a message to read only from an in-page script, bounded, and never says what it held', () => {
    const read = (payload: unknown) => ({ type: 'read-message', payload });
    expect(checkMessage(read({ text: 'You never listen', caret: 16 }), pageScript, ID)).toMatchObject({ ok: true });
    expect(checkMessage(read({ text: 'x'.repeat(MAX_MESSAGE_CHARS), caret: null }), pageScript, ID)).toMatchObject({ ok: true });
    // Extension pages have no message being written.
    expect(checkMessage(read({ text: 'You never listen', caret: null }), extensionPage, ID)).toMatchObject({ ok: false });
    const bad = [
      { text: 'x'.repeat(MAX_MESSAGE_CHARS + 1), caret: null },
      { text: 'You never listen', caret: -1 },
      { text: 'You never listen', caret: 1.5 },
      { text: 'You never listen', caret: null, store: true },
      // How readily to read is the person's stored setting, not the page's to say.
      { text: 'You never listen', caret: null, sensitivity: 'standard' },
      { text: 42, caret: null },
    ];
    for (const payload of bad) {
      const checked = checkMessage(read(payload), pageScript, ID);
      expect(checked, JSON.stringify(payload).slice(0, 80)).toEqual({ ok: false, error: 'bad read-message' });
    }
  });

  it('keeps a prep in progress only for the extension’s own pages, exactly its fields, bounded, and never says what it held', () => {
    const words = 'I need a short break. Let’s talk after dinner.';
    const draft: QuickPrepDraft = {
      step: 4,
      choice: { goal: 'boundary', opening: 'prompt:ask-permission', exit: 'own' },
      ownText: { goal: '', opening: '', exit: words },
      final: { opening: 'Can I share something I’ve noticed?', exit: words },
    };
    const save = (d: unknown) => ({ type: 'prep-draft-save', payload: { draft: d } });
    expect(checkMessage(save(draft), extensionPage, ID)).toEqual({ ok: true, type: 'prep-draft-save', payload: { draft }, origin: undefined });
    const long = 'x'.repeat(MAX_PREP_TEXT_CHARS);
    expect(checkMessage(save({ ...draft, final: { opening: long, exit: long } }), extensionPage, ID)).toMatchObject({ ok: true });
    expect(checkMessage({ type: 'prep-draft-get', payload: {} }, extensionPage, ID)).toMatchObject({ ok: true });
    expect(checkMessage({ type: 'prep-draft-clear', payload: {} }, extensionPage, ID)).toMatchObject({ ok: true });

    // A web page's script can neither keep nor read one.
    for (const type of ['prep-draft-save', 'prep-draft-get', 'prep-draft-clear']) {
      expect(checkMessage({ type, payload: type === 'prep-draft-save' ? { draft } : {} }, pageScript, ID), type).toMatchObject({ ok: false });
    }

    const bad: unknown[] = [
      undefined,
      words,
      { ...draft, step: 5 },
      { ...draft, step: -1 },
      { ...draft, step: 1.5 },
      { ...draft, step: '2' },
      { ...draft, final: { opening: 'x'.repeat(MAX_PREP_TEXT_CHARS + 1), exit: words } },
      { ...draft, ownText: { ...draft.ownText, exit: 'x'.repeat(MAX_PREP_TEXT_CHARS + 1) } },
      { ...draft, choice: { ...draft.choice, opening: 'x'.repeat(1_000) } },
      { ...draft, choice: { goal: 'boundary', opening: 'own' } },
      { ...draft, ownText: { ...draft.ownText, exit: 42 } },
      { ...draft, final: { opening: words, exit: words, note: words } },
      { ...draft, keepFor: 'ever' },
    ];
    for (const d of bad) {
      const checked = checkMessage(save(d), extensionPage, ID);
      expect(checked, JSON.stringify(d)?.slice(0, 80)).toEqual({ ok: false, error: 'bad prep-draft-save' });
    }
    expect(checkMessage({ type: 'prep-draft-save', payload: { draft, also: words } }, extensionPage, ID)).toEqual({ ok: false, error: 'bad prep-draft-save' });
    expect(checkMessage({ type: 'prep-draft-get', payload: { draft } }, extensionPage, ID)).toMatchObject({ ok: false });
  });

  it('knows every cue kind', () => {
    expect(CUE_KINDS).toHaveLength(7);
  });
});
