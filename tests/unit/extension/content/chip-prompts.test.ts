import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChipPrompts, promptKinds } from '../../../../extension/content/chip-prompts.ts';

describe('the prompts the panel offers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fit the reading’s kinds, else the model’s finding, else the rules’ cues', () => {
    const cues = [{ kind: 'blame', match: 'your fault', explanation: '' }, { kind: 'absolute', match: 'never', explanation: '' }, { kind: 'blame', match: 'you made', explanation: '' }] as const;
    expect(promptKinds({ kinds: ['topic', 'absolute', 'topic'], general: 'tone' }, [...cues])).toEqual(['absolute', 'topic']);
    expect(promptKinds({ kinds: [], general: 'tone' }, [...cues])).toEqual(['tone']);
    expect(promptKinds({ kinds: [], general: null }, [...cues])).toEqual(['absolute', 'blame']);
  });

  it('are asked of the background once for the same kinds, and asked again after a failure', async () => {
    const prompts = [{ id: 'p1', words: 'I feel worried.' }];
    let fail = true;
    const sendMessage = vi.fn(async () => (fail ? Promise.reject(new Error('gone')) : { ok: true, value: { prompts } }));
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    const shelf = new ChipPrompts();
    expect(await shelf.fetch(['tone'])).toBe('unavailable');
    expect(shelf.known(['tone'])).toBeUndefined();
    fail = false;
    expect(await shelf.fetch(['tone'])).toEqual(prompts);
    expect(shelf.known(['tone'])).toEqual(prompts);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
