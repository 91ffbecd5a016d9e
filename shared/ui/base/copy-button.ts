import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { copyText } from './clipboard.ts';
import { baseStyles } from './shared-styles.ts';

/** How long "Copied" stays in view. */
const SHOWN_MS = 5000;

/**
 * A "Copy" button that puts text on the clipboard and says so, in view and to screen
 * readers (its own `role="status"` region, present before anything is copied).
 *
 * @summary Copy button.
 * @csspart button - The native button.
 */
@localized()
@customElement('al-copy-button')
export class AlCopyButton extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: inline-flex; align-items: center; flex-wrap: wrap; gap: var(--al-space-2); }
      .status { font-weight: 600; color: var(--al-color-success); font-size: var(--al-font-size-small); }
      .status.problem { color: var(--al-color-danger); }
      svg { width: 1.1em; height: 1.1em; flex: none; }
    `,
  ];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** What the last copy did, said at render time so a change of language reaches it; '' when nothing shows. */
  @state() private outcome: '' | 'copied' | 'failed' = '';

  /** The text to copy. */
  @property() text = '';
  /** The button's accessible name when "Copy" alone is not enough ("Copy: your opening line"); starts with "Copy". */
  @property() label = '';
  /** The visible label; "Copy" in the interface's language when not given. */
  @property() caption = '';
  /** A stronger look, for the main action of a screen. */
  @property({ type: Boolean }) primary = false;

  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private async handleClick(): Promise<void> {
    const ok = await copyText(this.text);
    // Clear first so the same message is announced again on a second copy.
    this.outcome = '';
    await this.updateComplete;
    this.outcome = ok ? 'copied' : 'failed';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.outcome = ''), ok ? SHOWN_MS : SHOWN_MS * 2);
  }

  private message(): string {
    if (this.outcome === 'copied') return msg('Copied');
    if (this.outcome === 'failed') return msg('Could not copy. You can select the words and copy them yourself.');
    return '';
  }

  override render() {
    return html`<button part="button" class="btn ${this.primary ? 'primary' : ''}" type="button" aria-label=${ifDefined(this.label || undefined)} @click=${this.handleClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
          <rect x="9" y="9" width="11" height="11" rx="2"></rect><path d="M5 15V5a2 2 0 0 1 2-2h10"></path>
        </svg>${this.caption || msg('Copy')}
      </button><span class="status ${this.outcome === 'failed' ? 'problem' : ''}" role="status">${this.message()}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-copy-button': AlCopyButton;
  }
}
