import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from './shared-styles.ts';

/**
 * A labelled text field or text area, with hint and error text tied to it for screen readers.
 *
 * @summary Text field.
 * @fires input - As the person types (native, composed).
 * @fires change - When the value is committed (re-dispatched across the shadow root).
 * @csspart control - The native input or textarea.
 */
@customElement('al-text-field')
export class AlTextField extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin-bottom: var(--al-space-4); }
      label { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      .hint { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin-bottom: var(--al-space-2); }
      input, textarea {
        display: block; width: 100%; font: inherit; color: inherit; background: var(--al-color-surface);
        border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small);
        padding: var(--al-space-2) var(--al-space-3); min-height: var(--al-touch);
      }
      textarea { resize: vertical; min-height: 5.5rem; }
      input:focus-visible, textarea:focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 1px; }
      :host([invalid]) input, :host([invalid]) textarea { border-color: var(--al-color-danger); }
      .error { display: flex; gap: var(--al-space-2); color: var(--al-color-danger); font-weight: 600; margin-top: var(--al-space-1); }
    `,
  ];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @query('input, textarea') private control!: HTMLInputElement | HTMLTextAreaElement;

  /** The visible label. */
  @property() label = '';
  /** Help shown under the label. */
  @property() hint = '';
  /** An error to show and announce; empty when all is well. */
  @property() error = '';
  /** The current text. */
  @property() value = '';
  /** A text area instead of a one-line field. */
  @property({ type: Boolean }) multiline = false;
  /** Rows for a text area. */
  @property({ type: Number }) rows = 3;
  /** Input type for one-line fields. */
  @property() type: 'text' | 'search' | 'email' | 'tel' | 'url' = 'text';
  /** Marks the field required for assistive technology. */
  @property({ type: Boolean }) required = false;
  /** Longest text allowed. */
  @property({ type: Number }) maxlength = 2000;
  /** Browser autocomplete hint. */
  @property() autocomplete = 'off';
  /** Reflects whether an error is showing (styling only). */
  @property({ type: Boolean, reflect: true }) invalid = false;

  override willUpdate(): void {
    this.invalid = Boolean(this.error);
  }

  private handleInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  private handleChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Moves focus into the field. */
  override focus(): void {
    this.control?.focus();
  }

  override render() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ') || undefined;
    return html`
      <label for="control">${this.label}${this.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      ${this.hint ? html`<span class="hint" id="hint">${this.hint}</span>` : nothing}
      ${this.multiline
        ? html`<textarea
            id="control" part="control" rows=${this.rows} maxlength=${this.maxlength}
            .value=${this.value} ?required=${this.required}
            aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}
            @input=${this.handleInput} @change=${this.handleChange}
          ></textarea>`
        : html`<input
            id="control" part="control" type=${this.type} maxlength=${this.maxlength} autocomplete=${this.autocomplete}
            .value=${this.value} ?required=${this.required}
            aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}
            @input=${this.handleInput} @change=${this.handleChange}
          />`}
      <div class="error" id="error" aria-live="polite">${this.error ? html`<span aria-hidden="true">!</span>${this.error}` : nothing}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-text-field': AlTextField;
  }
}
