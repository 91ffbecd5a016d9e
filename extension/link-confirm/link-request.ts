/**
 * A request from the course to link, waiting for the person to say yes in the extension.
 * The course's page can ask, but only the person, in an extension page, can answer: the
 * request lives in `chrome.storage.session`, which only the extension's own pages and
 * background can read or write (not the course, not a content script), and which the
 * browser forgets when it closes.
 */
import { settingsRepo } from '../../shared/data/settings-repo.ts';

/** How long a request waits for an answer: long enough to find the window, short enough that an old one can't be said yes to by mistake. */
export const LINK_REQUEST_MINUTES = 10;
const KEY = 'linkRequest';

/** Who asked to link, and when. */
export interface LinkRequest {
  origin: string;
  at: number;
}

/** When a request stops waiting. */
export function expiresAt(request: LinkRequest): number {
  return request.at + LINK_REQUEST_MINUTES * 60_000;
}

/** Records a request from this origin (a new one replaces an older one). */
export async function recordLinkRequest(origin: string, now = Date.now()): Promise<LinkRequest> {
  const request = { origin, at: now };
  await chrome.storage.session.set({ [KEY]: request });
  return request;
}

/** The request waiting for an answer, if any; an expired one is dropped. */
export async function waitingLinkRequest(now = Date.now()): Promise<LinkRequest | null> {
  // Read as possibly anything, then each field checked before use.
  const stored = (await chrome.storage.session.get(KEY))[KEY] as Partial<LinkRequest> | undefined;
  if (typeof stored?.origin !== 'string' || typeof stored.at !== 'number') return null;
  const request = { origin: stored.origin, at: stored.at };
  if (now >= expiresAt(request) || now < request.at) {
    await clearLinkRequest();
    return null;
  }
  return request;
}

/** Forgets any waiting request. */
export async function clearLinkRequest(): Promise<void> {
  await chrome.storage.session.remove(KEY);
}

/** What became of the person's answer. */
export type LinkAnswer = 'linked' | 'declined' | 'expired';

/**
 * The person's answer, from the confirmation page: yes links (syncing and "delete my copy"
 * are allowed from then on), no forgets the request. An expired request links nothing.
 */
export async function answerLinkRequest(yes: boolean, now = Date.now()): Promise<LinkAnswer> {
  const request = await waitingLinkRequest(now);
  if (!request) return 'expired';
  // Linked before the request goes: the course asks every second, and a moment with neither
  // would read as "told no". A request the window leaves behind (closed at once) is harmless
  // while linked, and every unlink, from either side, forgets it.
  if (yes) await settingsRepo.set('linkedAt', now);
  await clearLinkRequest();
  return yes ? 'linked' : 'declined';
}

/** Calls back when a request comes, is answered or is replaced (the confirmation page follows it). */
export function onLinkRequestChange(callback: () => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>) => {
    if (KEY in changes) callback();
  };
  chrome.storage.session.onChanged.addListener(listener);
  return () => chrome.storage.session.onChanged.removeListener(listener);
}

/** The confirmation page's address. */
export const LINK_CONFIRM_PATH = 'extension/link-confirm/index.html';

/**
 * Shows the confirmation: brings an open one to the front, or opens a small window.
 * (A window, not the popup: the background can't open the popup on its own.)
 */
export async function showLinkConfirmation(): Promise<void> {
  const url = chrome.runtime.getURL(LINK_CONFIRM_PATH);
  // Firefox has no getContexts: there a second request opens a second window, which is harmless.
  const open = typeof chrome.runtime.getContexts === 'function' ? await chrome.runtime.getContexts({ contextTypes: ['TAB'], documentUrls: [url] }).catch(() => []) : [];
  const shown = open[0];
  if (shown && shown.windowId !== -1) {
    await chrome.windows.update(shown.windowId, { focused: true }).catch(() => undefined);
    if (shown.tabId !== -1) await chrome.tabs.update(shown.tabId, { active: true }).catch(() => undefined);
    return;
  }
  try {
    await chrome.windows.create({ url, type: 'popup', width: 480, height: 620, focused: true });
  } catch {
    // No windows to open (a browser without them): a tab says the same.
    await chrome.tabs.create({ url });
  }
}
