import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../base/shared-styles.ts';

/** What came of putting words into the page the person was writing in. */
export type PageInsertResult = 'inserted' | 'no-field' | 'in-frame' | 'no-access';

/**
 * Puts words where the cursor was in the message the person was writing. Only a product
 * that can do it hands one in (the extension's popup, for the tab it was opened on); the
 * PWA has none, so it shows no "Insert".
 */
export type InsertIntoPage = (words: string) => Promise<PageInsertResult>;

/** What the person reads after pressing Insert, in the reader's language. Anything but "inserted" keeps Copy as the way on. */
const say = (result: PageInsertResult): string =>
  ({
    inserted: msg('Put into your message.'),
    'no-field': msg('Click in your message first, then open Alongside again right away: your prep waits for you. Or copy the words and paste them.'),
    'in-frame': msg('Alongside can’t reach this message box. You can copy the words and paste them.'),
    'no-access': msg('Alongside can’t write on this page. You can copy the words and paste them.'),
  })[result];

/**
 * An "Insert" button that puts text into the message the person was writing (through the
 * `insert` it is given) and says what came of it, in view and to screen readers (its own
 * `role="status"` region, present before anything is inserted). Renders nothing without `insert`.
 * Best inside a wrapping flex row (beside a Copy button): its status then goes on a line below.
 *
 * @summary Insert into the message being written.
 * @csspart button - The native button.
 */
@customElement('al-insert-button')
@localized()
export class AlInsertButton extends LitElement {
  static override styles = [
    baseStyles,
    css`
      /* Its button and status join the parent's row: in a wrapping flex row the status takes
         a line of its own below it, so a long message never pushes the buttons about. */
      :host { display: contents; }
      .status { font-weight: 600; color: var(--al-color-success); font-size: var(--al-font-size-small); flex-basis: 100%; order: 1; }
      .status:not(:empty) { margin-top: var(--al-space-2); }
      .status.problem { color: var(--al-color-danger); }
      svg { width: 1.1em; height: 1.1em; flex: none; }
    `,
  ];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @state() private message = '';
  @state() private failed = false;
  @state() private busy = false;

  /** The text to insert. */
  @property() text = '';
  /** The button's accessible name when "Insert" alone is not enough ("Insert opening line into your message"); starts with "Insert". */
  @property() label = '';
  /** What puts the words in; without it there is no button. */
  @property({ attribute: false }) insert: InsertIntoPage | undefined;

  private async handleClick(): Promise<void> {
    if (!this.insert || this.busy) return;
    const words = this.text.trim();
    // Clear first so the same message is announced again on a second press.
    this.message = '';
    await this.updateComplete;
    if (!words) {
      this.failed = true;
      this.message = msg('Write a few words first.');
      return;
    }
    this.busy = true;
    const result = await this.insert(words).catch((): PageInsertResult => 'no-access');
    this.busy = false;
    this.failed = result !== 'inserted';
    this.message = say(result);
  }

  override render() {
    if (!this.insert) return nothing;
    return html`<button part="button" class="btn" type="button" aria-label=${ifDefined(this.label || undefined)} aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.handleClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
          <path d="M4 20h16"></path><path d="M12 4v11"></path><path d="m7 10 5 5 5-5"></path>
        </svg>${msg('Insert')}
      </button><span class="status ${this.failed ? 'problem' : ''}" role="status">${this.message}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-insert-button': AlInsertButton;
  }
}
