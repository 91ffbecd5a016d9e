import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isFreshPrep, type QuickPrepDraft } from '../../shared/domain/nudge/quick-prep-draft.ts';
import { send } from '../messages.ts';

/** How long the popup waits after a change before keeping it: a pause in typing, not every key. */
const SAVE_AFTER_MS = 300;

/**
 * Keeps the popup's 60-second prep in progress with the background, in its memory only
 * (background/prep-draft.ts), so the popup opens where the person was after it closed:
 * clicking in the page to find the message field closes it. Saves a little after each
 * change, and once more as the popup closes, so the last words typed are kept and the
 * background's idle time starts again from then.
 */
export class PrepKeeper implements ReactiveController {
  /** The latest state, sent as the popup closes. */
  private latest: QuickPrepDraft | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stop: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = new AbortController();
    const { signal } = this.stop;
    // A popup that closes gets no later turn: send what there is while it still can.
    addEventListener('pagehide', () => this.flush(), { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flush(), { signal });
  }

  hostDisconnected(): void {
    this.flush();
    this.stop?.abort();
  }

  /** The prep kept from before, or null (none, its time is up, or the background did not answer). */
  async load(): Promise<QuickPrepDraft | null> {
    try {
      const { draft } = await send('prep-draft-get', {});
      // Kept again as the popup closes, even if nothing changes: the person may still come back to it.
      this.latest = draft ?? undefined;
      return draft;
    } catch {
      return null;
    }
  }

  /** Keeps this state soon; a prep back at its start (Start again) is let go at once. */
  keep(draft: QuickPrepDraft): void {
    if (isFreshPrep(draft)) return this.forget();
    this.latest = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_AFTER_MS);
  }

  /** Lets the prep go (Done, Start again): the next popup starts afresh. */
  forget(): void {
    this.latest = undefined;
    clearTimeout(this.timer);
    void send('prep-draft-clear', {}).catch(() => undefined);
  }

  private flush(): void {
    clearTimeout(this.timer);
    // Keeping is a convenience: if the background can't be reached, the prep simply isn't kept.
    if (this.latest) void send('prep-draft-save', { draft: this.latest }).catch(() => undefined);
  }
}
