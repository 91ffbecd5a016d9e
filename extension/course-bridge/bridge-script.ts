/**
 * Firefox only: the course's bridge to the extension (shared/domain/link/link-bridge.ts says
 * why). Registered by the extension on the course's origin alone, top frame only, once the
 * person links from the extension (course-bridge.ts); built as one classic script.
 *
 * It reads nothing of the page. It passes on only what the course's own window posts to
 * itself, and answers on the port that came with it. What the message may do is decided by
 * the background, which checks the sender's origin and the message's schema.
 */
import { BRIDGE_ATTRIBUTE, isBridgeRequest } from '../../shared/domain/link/link-bridge.ts';
import { COURSE_ORIGIN } from '../built-course.ts';
import type { Reply } from '../messages.ts';

// Registered for the course's host (Firefox's patterns take no port): on any other origin, do nothing.
if (location.origin === COURSE_ORIGIN) {
  document.documentElement.setAttribute(BRIDGE_ATTRIBUTE, '');
  window.addEventListener('message', passOn);
}

function passOn(event: MessageEvent<unknown>): void {
  // Only the course's own window, never a frame or another window that holds a reference to it.
  if (event.source !== window || event.origin !== location.origin) return;
  const port = event.ports[0];
  if (!port || !isBridgeRequest(event.data)) return;
  // A plain copy, made here: the page's objects are never handed on as they are.
  let message: unknown;
  try {
    message = JSON.parse(JSON.stringify(event.data.message)) as unknown;
  } catch {
    port.postMessage({ ok: false, error: 'refused' });
    port.close();
    return;
  }
  void relay(message).then((reply) => {
    port.postMessage(reply);
    port.close();
  });
}

/** The background's answer to one link message, as the course expects it from Chrome. */
async function relay(message: unknown): Promise<Reply<unknown>> {
  try {
    const reply = (await chrome.runtime.sendMessage({ type: 'course-link', payload: { message } })) as Reply<Reply<unknown>> | undefined;
    if (!reply) return { ok: false, error: 'unreachable' };
    return reply.ok ? reply.value : { ok: false, error: reply.error };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}
