/**
 * Firefox only: linking starts in the extension. The person chooses "Link with the course" in
 * the options page; Firefox asks them to let Alongside reach the course's origin (that one
 * origin, nothing else); then the bridge script is registered there and the course opens,
 * linked. "Unlink" in the extension takes the bridge and the permission away again.
 *
 * (In Chrome the course asks through `externally_connectable` and the person says yes in the
 * extension's "Link with the course?" window; that works through the bridge in Firefox too.)
 */
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { COURSE_ORIGIN } from '../built-course.ts';
import { COURSE_BRIDGE_SCRIPT } from '../in-page-script.ts';
import { clearLinkRequest } from '../link-confirm/link-request.ts';
import { sitePattern } from '../site-origin.ts';

const BRIDGE_ID = 'alongside-course-bridge';
/** Firefox's pattern for the course: its host on any port (site-origin.ts); the bridge itself checks the whole origin. */
const COURSE_PATTERN = sitePattern(COURSE_ORIGIN);

/** Whether the bridge is registered (the extension has offered to link). */
export async function bridgeIsOn(): Promise<boolean> {
  const found = await chrome.scripting.getRegisteredContentScripts({ ids: [BRIDGE_ID] });
  return found.length > 0;
}

async function registerBridge(): Promise<void> {
  if (await bridgeIsOn()) return;
  // Before the course's own scripts: it looks for the bridge once, as it starts.
  await chrome.scripting.registerContentScripts([
    { id: BRIDGE_ID, js: [`/${COURSE_BRIDGE_SCRIPT}`], matches: [COURSE_PATTERN], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
  ]);
}

/**
 * "Link with the course", from a click: asks Firefox for the course's origin (it must be the
 * first thing the click does, or Firefox refuses to ask), then registers the bridge, links,
 * and opens the course's settings, which take the link from there. False when the person
 * said no to Firefox's question: nothing changed.
 */
export async function linkFromExtension(): Promise<boolean> {
  const granted = await chrome.permissions.request({ origins: [COURSE_PATTERN] });
  if (!granted) return false;
  await registerBridge();
  await clearLinkRequest();
  await settingsRepo.set('linkedAt', Date.now());
  await chrome.tabs.create({ url: `${COURSE_ORIGIN}/settings` });
  return true;
}

/** "Unlink" in the extension: the course can no longer reach it, and Firefox forgets the permission. */
export async function removeBridge(): Promise<void> {
  if (await bridgeIsOn()) await chrome.scripting.unregisterContentScripts({ ids: [BRIDGE_ID] });
  try {
    await chrome.permissions.remove({ origins: [COURSE_PATTERN] });
  } catch {
    // Access given another way (the test build's manifest) stays; the bridge is gone all the same.
  }
}
