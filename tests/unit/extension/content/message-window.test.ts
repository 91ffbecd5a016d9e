import { describe, expect, it } from 'vitest';
import { messageWindow } from '../../../../extension/content/message-window.ts';
import { MAX_MESSAGE_CHARS } from '../../../../extension/messages.ts';

describe('messageWindow', () => {
  it('sends an ordinary message whole', () => {
    expect(messageWindow(0, undefined)).toEqual([0, 0]);
    expect(messageWindow(2_000, 1_000)).toEqual([0, 2_000]);
    expect(messageWindow(MAX_MESSAGE_CHARS, 0)).toEqual([0, MAX_MESSAGE_CHARS]);
  });

  it('sends the top of a very long message when the caret is unknown (a reply’s own words come first)', () => {
    expect(messageWindow(200_000, undefined)).toEqual([0, MAX_MESSAGE_CHARS]);
  });

  it('sends the part around the caret of a very long message, never more than the most', () => {
    for (const caret of [0, 5_000, 60_000, 150_000, 199_000, 200_000]) {
      const [start, end] = messageWindow(200_000, caret);
      expect(end - start).toBe(MAX_MESSAGE_CHARS);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(200_000);
      expect(caret).toBeGreaterThanOrEqual(start);
      expect(caret).toBeLessThanOrEqual(end);
    }
    // Room after the caret, where the person may still be writing.
    const [, end] = messageWindow(200_000, 100_000);
    expect(end).toBe(110_000);
  });
});
