import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { baseStyles } from '../shared-styles.ts';
import '../base/text-field.ts';

/**
 * A labelled text area that saves as the person types: no save button to forget. Pending
 * text is saved at once when the page is hidden or closed, so a reload loses nothing.
 *
 * @summary Autosaving text area.
 */
@customElement('al-autosave-field')
export class AlAutosaveField extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .status { min-height: 1.5em; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); margin-top: calc(-1 * var(--al-space-3)); }
      .status.problem { color: var(--al-color-danger); font-weight: 600; }
    `,
  ];

  @state() private status = '';
  @state() private problem = false;

  /** The visible label (the question). */
  @property() label = '';
  /** Help under the label. */
  @property() hint = '';
  /** The saved text to start from. */
  @property() value = '';
  /** Rows of the text area. */
  @property({ type: Number }) rows = 4;
  /** Stores the text; rejects with a kind message on failure. */
  @property({ attribute: false }) save: (text: string) => Promise<void> = async () => undefined;

  private pending: string | undefined;
  /** The text as the person last typed it: what the field shows from then on, so a save finishing mid-typing never puts older text back. */
  private typed: string | undefined;
  private readonly abort = new AbortController();
  private announced = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const flush = () => void this.flush();
    window.addEventListener('pagehide', flush, { signal: this.abort.signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal: this.abort.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.flush();
    this.abort.abort();
  }

  private handleInput(event: Event): void {
    this.pending = (event.target as HTMLElement & { value: string }).value;
    this.typed = this.pending;
    this.status = 'Saving…';
    // Save at once, not after a pause: a reload or a closed tab a moment later loses nothing.
    // Keystrokes that arrive while a save runs are folded into the next one.
    if (!this.saving) void this.flush();
  }

  private saving: Promise<void> | undefined;

  /** Saves any text not yet saved; resolves when everything typed so far is stored. */
  async flush(): Promise<void> {
    if (this.saving) return this.saving;
    this.saving = this.drain();
    try {
      await this.saving;
    } finally {
      this.saving = undefined;
    }
  }

  private async drain(): Promise<void> {
    while (this.pending !== undefined) {
      const text = this.pending;
      this.pending = undefined;
      try {
        await this.save(text);
        this.value = text;
        this.problem = false;
        // Only when nothing typed since is waiting: "Saved" must never show over unsaved words.
        if (this.pending === undefined) {
          this.status = 'Saved on this device.';
          this.announced = true;
        }
      } catch (error) {
        // Keep the words on screen and in memory; the next keystroke tries again.
        this.pending ??= text;
        this.problem = true;
        this.status = error instanceof Error ? error.message : 'This was not saved. Please try again.';
        return;
      }
    }
  }

  override render() {
    return html`
      <al-text-field multiline rows=${this.rows} label=${this.label} hint=${this.hint || 'Saved as you type, only on this device.'} .value=${this.typed ?? this.value} @input=${this.handleInput} @change=${() => void this.flush()}></al-text-field>
      <p class="status ${this.problem ? 'problem' : ''}" role=${this.problem ? 'alert' : 'status'} aria-live=${this.problem || !this.announced ? 'polite' : 'off'}>${this.status}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-autosave-field': AlAutosaveField;
  }
}
