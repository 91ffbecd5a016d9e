/**
 * Answers the course (the PWA) when both are installed in this browser: "Linked with the
 * course". Chrome delivers only messages from the origins in the manifest's
 * `externally_connectable`; each is checked again here (origin and payload).
 *
 * Any page served from the course's origin can send these, so asking to link links
 * nothing: it opens "Link with the course?" in the extension, and only the person's yes
 * there links (extension/link-confirm/). Until then sync and link-wipe are refused.
 */
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { answerSync } from '../../shared/data/link/link-answer.ts';
import { checkLinkMessage, type LinkMessageMap, type LinkMessageType, type LinkStatus } from '../../shared/domain/link/link-protocol.ts';
import { clearLinkRequest, recordLinkRequest, showLinkConfirmation, waitingLinkRequest } from '../link-confirm/link-request.ts';
import { BUILT_FOR } from '../browser-target.ts';
import type { Reply } from '../messages.ts';
import { PWA_ORIGIN, syncReminders } from './reminders.ts';
import { wipeExtension } from './wipe-extension.ts';

/** Syncing and deleting the extension's copy are for a linked course only. */
async function requireLinked(): Promise<void> {
  if ((await settingsRepo.get('linkedAt', null)) === null) throw new Error('not linked');
}

/** Linked or not, and whether a request waits: nothing more (the course's page may be anyone's on its origin). */
async function linkStatus(): Promise<LinkStatus> {
  const linked = (await settingsRepo.get('linkedAt', null)) !== null;
  return { linked, pending: !linked && (await waitingLinkRequest()) !== null };
}

/** `origin`: the sender's, as Chrome reports it (checked: the course's). */
type LinkHandlers = { [K in LinkMessageType]: (payload: LinkMessageMap[K]['request'], origin: string) => Promise<LinkMessageMap[K]['response']> };

const linkHandlers: LinkHandlers = {
  'link-hello': linkStatus,
  'link-accept': async (_payload, origin) => {
    const status = await linkStatus();
    if (status.linked) return status;
    await recordLinkRequest(origin);
    await showLinkConfirmation();
    return { linked: false, pending: true };
  },
  'link-unlink': async () => {
    await clearLinkRequest();
    await settingsRepo.set('linkedAt', null);
    return { linked: false };
  },
  // The background never has the key: it merges records as stored, keeps sealed ones sealed,
  // and keeps the course's lock setting, so the extension's pages seal and open as the course does.
  sync: async (request) => {
    await requireLinked();
    const { answer, changed } = await answerSync(request);
    // Plans may have come or gone: their reminders follow.
    if (changed > 0) await syncReminders();
    return answer;
  },
  // Only a linked course may delete the extension's copy: anyone else is refused, nothing touched.
  'link-wipe': async () => {
    await requireLinked();
    return { left: await wipeExtension() };
  },
};

/** Answers one message from the course, after checking it came from the course's origin and is well formed. */
async function answerLink(message: unknown, sender: { origin?: string; url?: string }): Promise<Reply<unknown>> {
  const checked = checkLinkMessage(message, sender, PWA_ORIGIN);
  if (!checked.ok) {
    console.warn('Alongside refused a message from outside:', checked.error);
    return { ok: false, error: 'refused' };
  }
  const handler = linkHandlers[checked.type] as (payload: unknown, origin: string) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(checked.payload, PWA_ORIGIN) };
  } catch (error) {
    console.warn(`Alongside could not answer ${checked.type}:`, error);
    return { ok: false, error: error instanceof Error && error.message === 'not linked' ? 'not linked' : 'failed' };
  }
}

/** The `chrome.runtime.onMessageExternal` listener (Chrome: the course's page messages the extension directly). */
export function handleExternalMessage(message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void): boolean {
  void answerLink(message, sender).then(sendResponse);
  return true;
}

/**
 * Firefox: a link message passed on by the course's bridge (extension/course-bridge/), with the
 * origin of the page it runs in, as the browser reported the sender. Chrome's build has no
 * bridge and refuses these: there the course messages the extension directly.
 */
export async function answerCourseBridge(message: unknown, origin: string | undefined): Promise<Reply<unknown>> {
  if (BUILT_FOR !== 'firefox' || origin === undefined) return { ok: false, error: 'refused' };
  return answerLink(message, { origin });
}
