import { describe, expect, it } from 'vitest';
import { checkMessage, CUE_KINDS } from '../../../../extension/background/message-validation.ts';
import { MAX_MESSAGE_CHARS } from '../../../../extension/messages.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const pageScript = { id: ID, url: 'https://mail.example.com/inbox', origin: 'https://mail.example.com', tab: { id: 4 }, frameId: 0 };
const extensionPage = { id: ID, url: `chrome-extension://${ID}/extension/options/index.html`, origin: `chrome-extension://${ID}` };

describe('checkMessage', () => {
  it('accepts a well-formed message from the right place, with the sender’s origin', () => {
    expect(checkMessage({ type: 'prompts-for-cues', payload: { kinds: ['blame', 'shouting'] } }, pageScript, ID)).toEqual({
      ok: true,
      type: 'prompts-for-cues',
      payload: { kinds: ['blame', 'shouting'] },
      origin: 'https://mail.example.com',
    });
    expect(checkMessage({ type: 'site-quiet', payload: { mode: 'today' } }, pageScript, ID)).toMatchObject({ ok: true });
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

  it('knows every cue kind', () => {
    expect(CUE_KINDS).toHaveLength(7);
  });
});
