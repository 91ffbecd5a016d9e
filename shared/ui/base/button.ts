import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from './shared-styles.ts';

/**
 * A button with a comfortable touch target and a visible focus ring.
 *
 * @summary Button.
 * @slot - The label.
 * @csspart button - The inner native button.
 */
@customElement('al-button')
export class AlButton extends LitElement {
  static override styles = [baseStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** How strong the button looks. */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'quiet' | 'danger' = 'secondary';
  /** `submit` submits the form this button sits in. */
  @property() type: 'button' | 'submit' = 'button';
  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** An accessible name when the visible label is not enough (e.g. "Delete boundary: …"). */
  @property() label = '';

  private handleClick(): void {
    // A native submit button in our shadow root can't reach the light-DOM form, so submit it here.
    if (this.type === 'submit' && !this.disabled) this.closest('form')?.requestSubmit();
  }

  override render() {
    return html`<button
      part="button"
      class="btn ${this.variant}"
      type="button"
      ?disabled=${this.disabled}
      aria-label=${ifDefined(this.label || undefined)}
      @click=${this.handleClick}
    ><slot></slot></button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-button': AlButton;
  }
}
