import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { onChangedInAnotherTab } from '../../data/trust/stale-write.ts';
import { keepBoth } from '../../domain/trust/keep-both.ts';
import { baseStyles } from './shared-styles.ts';
import type { AlTabConflictChoiceEvent } from '../trust/tab-conflict.ts';
import './text-field.ts';
import '../trust/tab-conflict.ts';
import { problemText } from './problem.ts';

/**
 * A labelled text area that saves as the person types: no save button to forget. Pending
 * text is saved at once when the page is hidden or closed, so a reload loses nothing.
 *
 * Given `current`, it never saves over words another tab wrote: before each save it reads the
 * stored text, and if that is not what this field last saw, it saves nothing and shows both
 * versions to choose from. When another tab saves while this one has nothing unsaved, it takes
 * the new text in, so typing here goes on from the other tab's words.
 *
 * @summary Autosaving text area.
 */
@localized()
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

  /** The line under the field, worded at render time so a change of language rewords it. */
  @state() private status: () => string = () => '';
  @state() private problem = false;
  /** The other tab's text, while the person has not chosen between it and theirs. */
  @state() private other: string | undefined;

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
  /** Reads the text as stored now (another tab may have changed it); without it, no check. */
  @property({ attribute: false }) current: (() => Promise<string>) | undefined;

  private pending: string | undefined;
  /** The text as the person last typed it: what the field shows from then on, so a save finishing mid-typing never puts older text back. */
  private typed: string | undefined;
  private readonly abort = new AbortController();
  private announced = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const flush = () => void this.flush();
    // Leaving with the choice still open keeps both: the person's words must outlive the tab.
    window.addEventListener('pagehide', () => (this.other === undefined ? flush() : this.keep('both')), { signal: this.abort.signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal: this.abort.signal });
    const stop = onChangedInAnotherTab(() => void this.checkElsewhere());
    this.abort.signal.addEventListener('abort', stop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.other === undefined) void this.flush();
    else this.keep('both');
    this.abort.abort();
  }

  /** Another tab saved something: take its text in if nothing here is unsaved, else ask. */
  private async checkElsewhere(): Promise<void> {
    if (!this.current || this.saving || this.other !== undefined) return;
    const stored = await this.current().catch(() => undefined);
    if (stored === undefined || stored === this.value) return;
    const unsaved = this.pending !== undefined || (this.typed !== undefined && this.typed !== this.value);
    if (unsaved) return this.showConflict(stored);
    this.value = stored;
    this.typed = undefined;
    this.problem = false;
    this.status = () => msg('Updated with what you wrote in another tab.');
  }

  private showConflict(stored: string): void {
    this.other = stored;
    this.problem = false;
    this.status = () => '';
  }

  /** The person's choice (or, on leaving, keep both): nothing is saved over until it is made. */
  private keep(choice: 'mine' | 'theirs' | 'both'): void {
    const other = this.other;
    if (other === undefined) return;
    const mine = this.pending ?? this.typed ?? this.value;
    this.other = undefined;
    // What is stored now is the other tab's text: this field's saves build on it from here.
    this.value = other;
    if (choice === 'theirs') {
      this.pending = undefined;
      this.typed = other;
      this.status = () => msg('Kept the version from the other tab.');
      this.announced = false;
      return;
    }
    this.typed = choice === 'both' ? keepBoth(other, mine) : mine;
    this.pending = this.typed;
    void this.flush();
  }

  private async handleChoice(event: AlTabConflictChoiceEvent): Promise<void> {
    this.keep(event.keep);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('al-text-field')?.focus();
  }

  private handleInput(event: Event): void {
    this.pending = (event.target as HTMLElement & { value: string }).value;
    this.typed = this.pending;
    this.status = () => msg('Saving…');
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
      try {
        if (this.current) {
          const stored = await this.current();
          // The person typed or chose between the two versions while this read ran: start again from that.
          if (this.pending !== text) continue;
          // Focus stays in the text: the choice is announced, and is next in the tab order.
          if (stored !== this.value && stored !== text) return this.showConflict(stored);
        }
        this.pending = undefined;
        await this.save(text);
        this.value = text;
        this.problem = false;
        // Only when nothing typed since is waiting: "Saved" must never show over unsaved words.
        if (this.pending === undefined) {
          this.status = () => msg('Saved on this device.');
          this.announced = true;
        }
      } catch (error) {
        // Keep the words on screen and in memory; the next keystroke tries again.
        this.pending ??= text;
        this.problem = true;
        this.status = () => problemText(error);
        return;
      }
    }
  }

  override render() {
    return html`
      <al-text-field multiline rows=${this.rows} label=${this.label} hint=${this.hint || msg('Saved as you type, only on this device.')} .value=${this.typed ?? this.value} @input=${this.handleInput} @change=${() => void this.flush()}></al-text-field>
      ${this.other === undefined
        ? ''
        : html`<al-tab-conflict thing="answer" .mine=${this.pending ?? this.typed ?? this.value} .theirs=${this.other} @al-tab-conflict-choice=${this.handleChoice}></al-tab-conflict>`}
      <p class="status ${this.problem ? 'problem' : ''}" role=${this.problem ? 'alert' : 'status'} aria-live=${this.problem || !this.announced ? 'polite' : 'off'}>${this.status()}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-autosave-field': AlAutosaveField;
  }
}
