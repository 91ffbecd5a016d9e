import { SITES_CHANGED } from './messages.ts';

/**
 * Tells the in-page scripts in open tabs that a site was turned off or quiet, or nudges
 * changed, so a page where Alongside is now off stops at once, not at its next pause in
 * typing (the background refuses that read anyway). The notice names no site: each page
 * asks again about its own. Tabs without the script simply don't answer.
 */
export async function tellOpenTabs(): Promise<void> {
  const tabs = await chrome.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, { type: SITES_CHANGED }, { frameId: 0 }).catch(() => undefined))),
  );
}
