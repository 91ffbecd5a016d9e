import { BUILT_FOR } from './browser-target.ts';
import { COURSE_ORIGIN } from './built-course.ts';
import { IN_PAGE_SCRIPT } from './in-page-script.ts';
import { originOfPattern, siteKey, sitePattern } from './site-origin.ts';
import { tellOpenTabs } from './tell-open-tabs.ts';

export { siteOrigin } from './site-origin.ts';

/** Id of the one dynamic registration that lists every site the person enabled. */
const SCRIPT_ID = 'alongside-chip';
/** Changes to the registration run one at a time, across the popup, options and the service worker. */
const LOCK = 'alongside-sites';

function locked<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request(LOCK, work) : work();
}

/** Sites (as origins) where the person turned Alongside on. */
export async function listEnabledSites(): Promise<string[]> {
  const [reg] = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  return (reg?.matches ?? []).map((m) => m.replace(/\/\*$/, ''));
}

/**
 * Turns Alongside on for one origin: asks the browser for that site only (a prompt the
 * person answers), then registers the content script there. Must run from a click.
 * If the prompt closes the popup first, the service worker finishes the job when the
 * browser reports the grant (`addGrantedSites`).
 */
export async function enableSite(origin: string): Promise<boolean> {
  const granted = await chrome.permissions.request({ origins: [sitePattern(origin)] });
  if (!granted) return false;
  await locked(async () => register([...new Set([...(await listEnabledSites()), origin])]));
  return true;
}

/** Starts the in-page script in a tab already open on a site just turned on, so no reload is needed. */
export async function startInTab(tabId: number): Promise<void> {
  await chrome.scripting.executeScript({ target: { tabId }, files: [`/${IN_PAGE_SCRIPT}`] });
}

/** Turns Alongside off for one origin, stops it in tabs already open there, and gives back the permission. */
export async function disableSite(origin: string): Promise<void> {
  await locked(async () => register((await listEnabledSites()).filter((s) => s !== origin)));
  await tellOpenTabs();
  try {
    await chrome.permissions.remove({ origins: [sitePattern(origin)] });
  } catch {
    // Access the browser gave in another way (policy, or the test build's manifest) stays.
  }
}

/** Adds sites the browser just granted (from `chrome.permissions.onAdded`). */
export async function addGrantedSites(patterns: readonly string[]): Promise<void> {
  // In Firefox the course's origin is granted for the link's bridge (course-bridge.ts), not for the chip.
  const origins = patterns.map(originOfPattern).filter((o): o is string => o !== null && !(BUILT_FOR === 'firefox' && o === siteKey(COURSE_ORIGIN)));
  if (origins.length === 0) return;
  await locked(async () => {
    const sites = await listEnabledSites();
    if (origins.every((o) => sites.includes(o))) return;
    await register([...new Set([...sites, ...origins])]);
  });
}

/** Drops sites whose access the person took back in the browser's own settings. */
export async function dropRevokedSites(): Promise<void> {
  await locked(async () => {
    const sites = await listEnabledSites();
    const kept: string[] = [];
    for (const s of sites) if (await chrome.permissions.contains({ origins: [sitePattern(s)] })) kept.push(s);
    if (kept.length !== sites.length) await register(kept);
  });
}

async function register(sites: string[]): Promise<void> {
  const [existing] = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) {
    if (existing) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  // A path from the root: Firefox reads a relative one from the calling page's folder.
  const script = { id: SCRIPT_ID, js: [`/${IN_PAGE_SCRIPT}`], matches: sites.map((s) => sitePattern(s)), runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true };
  if (existing) await chrome.scripting.updateContentScripts([script]);
  else await chrome.scripting.registerContentScripts([script]);
}
