/**
 * Firefox has no `externally_connectable`: a web page can't message an extension. There the
 * course reaches the linked extension through a small script the extension registers on the
 * course's origin only (extension/course-bridge/), which passes each link message to the
 * extension's background and the answer back. These are the few names both sides agree on.
 *
 * The course posts `{ mark: BRIDGE_MARK, message }` to its own window, with its own origin as
 * the target and a `MessageChannel` port; the answer comes back on that port only, so no other
 * window or frame sees it. The background checks every message as it checks Chrome's
 * (`checkLinkMessage`: the sender's origin as the browser reports it, and the schema).
 */

/** Marks the course's link messages among anything else posted to its window. */
export const BRIDGE_MARK = 'alongside-course-link';

/** Set on the course's `<html>` by the bridge, before the course's scripts run: the bridge is there. */
export const BRIDGE_ATTRIBUTE = 'data-alongside-bridge';

/** What the course posts. */
export interface BridgeRequest {
  mark: typeof BRIDGE_MARK;
  message: unknown;
}

/** True for a message the bridge should pass on. */
export function isBridgeRequest(data: unknown): data is BridgeRequest {
  return typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === BRIDGE_MARK && 'message' in data;
}
