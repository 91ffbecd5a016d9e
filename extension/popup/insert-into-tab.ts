import { fieldKit } from '../content/field-kit.ts';
import type { PageInsertResult } from '../../shared/ui/toolkit/insert-button.ts';

/**
 * The popup's "Insert" for the 60-second prep: puts a line into the message the person was
 * writing, in the tab they opened Alongside on, through `activeTab` (clicking the toolbar
 * button lets the extension into that tab until it navigates) and `scripting`: no other
 * permission, no site access kept. The tab gets field-kit.ts's own function, so only a
 * message field that has the page's focus is written in, never a password or card field,
 * and nothing else on the page changes.
 */

/**
 * Test seam: `?tab=<id>` on the popup's address names its tab. Automation can't click the
 * toolbar button, and a popup opened as a page is itself the active tab. Harmless outside
 * tests: no web page can open this address (it is not web-accessible), and writing in the
 * named tab still needs access the browser gave for it.
 */
function namedTab(): number | undefined {
  const named = new URLSearchParams(location.search).get('tab');
  const id = named === null || named === '' ? NaN : Number(named);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

/** The web page's tab the popup was opened on; undefined when there is none (a browser page, or the popup opened as a page of its own). */
export async function popupTabId(): Promise<number | undefined> {
  const named = namedTab();
  if (named !== undefined) return named;
  try {
    const [[tab], self] = await Promise.all([chrome.tabs.query({ active: true, currentWindow: true }), chrome.tabs.getCurrent()]);
    if (tab?.id === undefined || tab.id === self?.id) return undefined;
    // A browser page (chrome://, the web store) is never written in: no Insert there at all.
    return tab.url === undefined || /^https?:/.test(tab.url) ? tab.id : undefined;
  } catch {
    return undefined;
  }
}

/** Puts `words` at the cursor of the focused message field in the tab's top frame (the page the person sees). */
export async function insertIntoTab(tabId: number, words: string): Promise<PageInsertResult> {
  try {
    const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: fieldKit, args: [words] });
    // No result: the function could not run to its end there.
    return frame?.result ?? 'no-access';
  } catch {
    // A browser page (chrome://, the web store), a file, or access gone since the click.
    return 'no-access';
  }
}
