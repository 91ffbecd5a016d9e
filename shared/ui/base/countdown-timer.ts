import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from './shared-styles.ts';

/** "4:05" for a number of milliseconds left (rounded up, so 0:00 means done). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A countdown for one part of a meeting: start, pause, reset. When time is up it says so
 * once, politely, to screen readers too; the time itself is not read out every second.
 * Without motion when the person prefers reduced motion.
 *
 * @summary Countdown timer.
 * @fires al-timer-done - When the time runs out.
 */
@localized()
@customElement('al-countdown-timer')
export class AlCountdownTimer extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .face { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-3); }
      .time { font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; min-width: 4.5ch; margin: 0; }
      .bar { flex-basis: 100%; height: 0.5rem; background: var(--al-color-surface-soft); border-radius: 999px; overflow: hidden; }
      .fill { height: 100%; background: var(--al-color-primary); transition: width 1s linear; }
      :host([done]) .fill { background: var(--al-color-accent); }
      :host([done]) .time { color: var(--al-color-accent); }
      .buttons { display: flex; gap: var(--al-space-2); }
      .said { min-height: 1.5em; margin: var(--al-space-1) 0 0; font-weight: 600; color: var(--al-color-accent); }
      @media (prefers-reduced-motion: reduce) { .fill { transition: none; } }
    `,
  ];

  @state() private left = 0;
  @state() private running = false;
  /** The "time is up" message shows (said at render time, in the interface's language). */
  @state() private said = false;

  /** Length of this part, in minutes. */
  @property({ type: Number }) minutes = 10;
  /** What this part is called ("Check-in round"), for buttons and the "time is up" message. */
  @property() label = '';
  /** Reflects that the time ran out (styling only). */
  @property({ type: Boolean, reflect: true }) done = false;

  private endsAt = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('minutes') && !this.running) this.left = this.minutes * 60_000;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.running = false;
  }

  private tick(): void {
    this.left = Math.max(0, this.endsAt - Date.now());
    if (this.left > 0) return;
    clearInterval(this.ticker);
    this.running = false;
    this.done = true;
    this.said = true;
    this.dispatchEvent(new Event('al-timer-done', { bubbles: true, composed: true }));
  }

  private handleStartPause(): void {
    if (this.running) {
      this.left = Math.max(0, this.endsAt - Date.now());
      clearInterval(this.ticker);
      this.running = false;
      return;
    }
    if (this.left <= 0) this.handleReset();
    this.said = false;
    this.endsAt = Date.now() + this.left;
    this.running = true;
    this.ticker = setInterval(() => this.tick(), 250);
  }

  private handleReset(): void {
    clearInterval(this.ticker);
    this.running = false;
    this.done = false;
    this.said = false;
    this.left = this.minutes * 60_000;
  }

  private timeIsUp(): string {
    const part = this.label || msg('this part');
    return msg(str`Time is up for ${part}. Finish the thought you are on, then move on when the group is ready.`);
  }

  override render() {
    const total = this.minutes * 60_000;
    const label = this.label;
    const name = label ? html`<span class="visually-hidden">${msg(str` timer for ${label}`)}</span>` : '';
    const time = formatCountdown(this.left);
    return html`
      <div class="face">
        <p class="time" role="timer" aria-live="off" aria-label=${label ? msg(str`${label}: ${time} left`) : msg(str`${time} left`)}>${formatCountdown(this.left)}</p>
        <div class="buttons">
          <button class="btn ${this.running ? '' : 'primary'}" type="button" @click=${this.handleStartPause}>${this.running ? msg('Pause') : this.left < total && this.left > 0 ? msg('Resume') : msg('Start')}${name}</button>
          <button class="btn quiet" type="button" @click=${this.handleReset}>${msg('Reset')}${name}</button>
        </div>
        <div class="bar" aria-hidden="true"><div class="fill" style=${`width: ${total ? (100 * this.left) / total : 0}%`}></div></div>
      </div>
      <p class="said" role="status">${this.said ? this.timeIsUp() : ''}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-countdown-timer': AlCountdownTimer;
  }
}
