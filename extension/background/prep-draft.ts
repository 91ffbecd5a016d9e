/**
 * The popup's 60-second prep in progress, kept for a few minutes so that a popup that closed
 * mid-prep (a click in the page to find the message field closes it) opens where the person was.
 *
 * Held in this service worker's memory only, never written anywhere: the extension has no
 * `storage` permission, and its database's settings are not sealed by the app lock. It is
 * the one piece of state here that is not rebuilt when Chrome stops the idle worker, on
 * purpose: Chrome stops it about 30 seconds after its last event (the popup saves once more
 * as it closes), and the prep goes with it, sooner than its time. That is acceptable: keeping
 * it is only a convenience, and forgetting is the private default. No keep-alive tricks.
 */
import type { QuickPrepDraft } from '../../shared/domain/nudge/quick-prep-draft.ts';

/** How long a prep is kept after its last change. */
export const PREP_DRAFT_KEPT_MS = 10 * 60_000;

let kept: { draft: QuickPrepDraft; until: number } | undefined;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps the prep in progress, for PREP_DRAFT_KEPT_MS from now. */
export function keepPrepDraft(draft: QuickPrepDraft, now = Date.now()): void {
  kept = { draft, until: now + PREP_DRAFT_KEPT_MS };
  clearTimeout(forgetTimer);
  // The words leave memory on time even while something else keeps the worker awake.
  forgetTimer = setTimeout(forgetPrepDraft, PREP_DRAFT_KEPT_MS);
}

/** The prep kept, or null when there is none or its time is up. */
export function prepDraft(now = Date.now()): QuickPrepDraft | null {
  // The time is checked here too: a timer can run late, or not at all while the machine sleeps.
  if (kept && now >= kept.until) forgetPrepDraft();
  return kept?.draft ?? null;
}

/** Lets the prep go (Done, Start again, or all data deleted). */
export function forgetPrepDraft(): void {
  kept = undefined;
  clearTimeout(forgetTimer);
  forgetTimer = undefined;
}
