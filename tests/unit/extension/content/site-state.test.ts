import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeHere, onSitesChanged } from '../../../../extension/content/site-state.ts';
import { SITES_CHANGED } from '../../../../extension/messages.ts';

describe('whether Alongside is on for this page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the background, and reads an extension gone as "off"', async () => {
    vi.stubGlobal('chrome', { runtime: { sendMessage: async () => ({ ok: true, value: { active: true } }) } });
    expect(await activeHere()).toBe(true);
    vi.stubGlobal('chrome', { runtime: { sendMessage: async () => Promise.reject(new Error('Extension context invalidated.')) } });
    expect(await activeHere()).toBe(false);
  });

  it('hears the extension’s own notice that sites changed, until the signal aborts', () => {
    const listeners = new Set<(message: unknown, sender: { id?: string }) => void>();
    const onMessage = { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) };
    vi.stubGlobal('chrome', { runtime: { id: 'me', onMessage } });
    const handle = vi.fn();
    const stop = new AbortController();
    onSitesChanged(stop.signal, handle);
    for (const l of listeners) l({ type: SITES_CHANGED }, { id: 'someone else' });
    for (const l of listeners) l({ type: 'other' }, { id: 'me' });
    expect(handle).not.toHaveBeenCalled();
    for (const l of listeners) l({ type: SITES_CHANGED }, { id: 'me' });
    expect(handle).toHaveBeenCalledTimes(1);
    stop.abort();
    expect(listeners.size).toBe(0);
  });
});
