/**
 * Whether Alongside is on for this page, and word when that changes: the person can turn a
 * site off or quiet in the popup, the options or another tab's chip, and this page's
 * script must then stop. Its own file so every way of asking reads the same, including
 * the one that matters most: an extension updated or removed under the page answers
 * "off", and the script stays out of the way.
 */
import { send, SITES_CHANGED } from '../messages.ts';

/** Whether Alongside is active on this page; false when it is quiet or off here, or the extension is gone. */
export async function activeHere(): Promise<boolean> {
  try {
    return (await send('site-state', {})).active;
  } catch {
    return false;
  }
}

/** Calls `handle` whenever the extension says a site was turned off or quiet, until `signal` aborts. */
export function onSitesChanged(signal: AbortSignal, handle: () => void): void {
  const handleNotice = (message: unknown, sender: chrome.runtime.MessageSender): void => {
    if (sender.id === chrome.runtime.id && (message as { type?: unknown } | null)?.type === SITES_CHANGED) handle();
  };
  chrome.runtime.onMessage.addListener(handleNotice);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(handleNotice), { once: true });
}
