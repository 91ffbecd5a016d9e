import { afterEach, describe, expect, it, vi } from 'vitest';
import { readMessage } from '../../../../extension/content/message-reading.ts';

/** The background, answering every message with `value` (or failing, as when the extension is gone). */
function background(value: unknown): ReturnType<typeof vi.fn> {
  const sendMessage = vi.fn(async () => (value instanceof Error ? Promise.reject(value) : { ok: true, value }));
  vi.stubGlobal('chrome', { runtime: { sendMessage } });
  return sendMessage;
}

describe('having the background read a message', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the words found, cut from its own copy of the text', async () => {
    const sendMessage = background({ stop: false, nudge: true, help: null, cues: [{ kind: 'absolute', start: 0, end: 9, explanation: 'Note.', rule: 'x' }], kinds: ['absolute'], general: null });
    const reading = await readMessage('You never listen', 3);
    expect(reading).toEqual({ nudge: true, help: null, cues: [{ kind: 'absolute', match: 'You never', explanation: 'Note.' }], kinds: ['absolute'], general: null });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'read-message', payload: { text: 'You never listen', caret: 3 } });
  });

  it('says "stop" when Alongside is off here, and throws when the extension is gone', async () => {
    background({ stop: true });
    expect(await readMessage('hi', undefined)).toBe('stop');
    background(new Error('Extension context invalidated.'));
    await expect(readMessage('hi', undefined)).rejects.toThrow();
  });
});
