/**
 * Waits for a pause in typing: the chip reads a message once the person stops for
 * PAUSE_MS, not on every key. Its own file because the cheap way to do it (one timer per
 * pause, not one per key, which waits out the rest when it fires early) is easy to undo by
 * accident inside a controller that does much else.
 */

/** How long typing must pause before the message is read. */
export const PAUSE_MS = 600;

/** Calls `onPause` once typing has paused for PAUSE_MS. */
export class TypingPause {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the person last typed (performance.now() time): the timer fires once they pause. */
  private lastInput = 0;

  constructor(private readonly onPause: () => void) {}

  /** A key was typed at `timeStamp` (an event's, in performance.now() time). Constant work. */
  typed(timeStamp: number): void {
    this.lastInput = timeStamp;
    // One timer per pause, not one per key: when it fires early, it waits out the rest.
    this.timer ??= setTimeout(() => this.handleTimer(), PAUSE_MS);
  }

  /** Forgets the pause being waited for. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private handleTimer(): void {
    const wait = this.lastInput + PAUSE_MS - performance.now();
    this.timer = wait > 1 ? setTimeout(() => this.handleTimer(), wait) : undefined;
    if (wait <= 1) this.onPause();
  }
}
