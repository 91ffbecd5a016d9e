import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAUSE_MS, TypingPause } from '../../../../extension/content/typing-pause.ts';

describe('waiting for a pause in typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls back once, PAUSE_MS after the last key, however many keys came before', () => {
    const onPause = vi.fn();
    const pause = new TypingPause(onPause);
    for (let k = 0; k < 5; k++) {
      pause.typed(performance.now());
      vi.advanceTimersByTime(PAUSE_MS / 2);
    }
    expect(onPause).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PAUSE_MS);
    expect(onPause).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer while typing, not one per key', () => {
    const pause = new TypingPause(() => {});
    for (let k = 0; k < 20; k++) pause.typed(performance.now());
    expect(vi.getTimerCount()).toBe(1);
  });

  it('forgets the pause when stopped', () => {
    const onPause = vi.fn();
    const pause = new TypingPause(onPause);
    pause.typed(performance.now());
    pause.stop();
    vi.advanceTimersByTime(PAUSE_MS * 2);
    expect(onPause).not.toHaveBeenCalled();
  });
});
