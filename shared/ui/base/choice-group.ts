import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, queryAll } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from './shared-styles.ts';

/** One option of a choice group. */
export interface ChoiceOption {
  value: string;
  label: string;
  /** A longer line under the label. */
  detail?: string;
}

/**
 * A group of radio buttons under a legend, each option a large card that is easy to tap,
 * with an error that is tied to the group and announced.
 *
 * @summary Radio group.
 * @fires change - When the person picks an option (re-dispatched across the shadow root).
 * @csspart options - The box holding the options.
 */
@customElement('al-choice-group')
export class AlChoiceGroup extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; margin-bottom: var(--al-space-5); container-type: inline-size; }
      fieldset { border: none; margin: 0; padding: 0; min-width: 0; }
      legend { padding: 0; margin-bottom: var(--al-space-2); }
      .title { display: block; font-weight: 700; font-size: 1.05em; }
      .question { display: block; }
      .hint { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin: 0 0 var(--al-space-2); }
      .options { display: grid; gap: var(--al-space-2); }
      /* A short scale reads best as one row, where there is room for all of it. */
      @container (min-width: 30rem) {
        :host([layout='row']) .options { grid-auto-flow: column; grid-auto-columns: 1fr; }
        :host([layout='row']) label { flex-direction: column; align-items: center; text-align: center; padding: var(--al-space-3) var(--al-space-2); }
      }
      label {
        display: flex; align-items: flex-start; gap: var(--al-space-3); min-height: var(--al-touch);
        padding: var(--al-space-2) var(--al-space-3); border: 2px solid var(--al-color-border-soft);
        border-radius: var(--al-radius-small); background: var(--al-color-surface); cursor: pointer;
      }
      label:hover { border-color: var(--al-color-border); }
      label:has(input:checked) { border-color: var(--al-color-primary); background: var(--al-color-primary-soft); }
      label:has(input:focus-visible) { outline: 3px solid var(--al-color-focus); outline-offset: 2px; }
      input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0.2rem 0 0; accent-color: var(--al-color-primary); }
      input:focus-visible { outline: none; }
      .label { display: block; font-weight: 600; }
      .detail { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      :host([invalid]) label { border-color: var(--al-color-danger); }
      .error { display: flex; gap: var(--al-space-2); color: var(--al-color-danger); font-weight: 600; margin-top: var(--al-space-2); }
      .error:empty { display: none; }
    `,
  ];

  @queryAll('input') private inputs!: NodeListOf<HTMLInputElement>;

  /** The group's name, shown bold as the start of the legend. */
  @property() legend = '';
  /** A question that follows the name in the legend. */
  @property() question = '';
  /** Help shown under the legend. */
  @property() hint = '';
  /** The options, in order. */
  @property({ attribute: false }) options: readonly ChoiceOption[] = [];
  /** The chosen option's value; empty when none is chosen. */
  @property() value = '';
  /** An error to show and announce; empty when all is well. */
  @property() error = '';
  /** Marks the choice as required for assistive technology. */
  @property({ type: Boolean }) required = false;
  /** `row` sets short options side by side where they fit. */
  @property({ reflect: true }) layout: 'stack' | 'row' = 'stack';
  /** Reflects whether an error is showing (styling only). */
  @property({ type: Boolean, reflect: true }) invalid = false;

  override willUpdate(): void {
    this.invalid = Boolean(this.error);
  }

  private handleChange(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Moves focus to the chosen option, or the first. */
  override focus(): void {
    const inputs = [...this.inputs];
    (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
  }

  override render() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ') || undefined;
    return html`
      <fieldset aria-describedby=${ifDefined(describedBy)}>
        <legend>
          <span class="title">${this.legend}</span>
          ${this.question ? html`<span class="question">${this.question}</span>` : nothing}
        </legend>
        ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
        <div class="options" part="options">
          ${this.options.map(
            (o) => html`<label>
              <input type="radio" name="choice" .value=${o.value} .checked=${o.value === this.value} ?required=${this.required}
                aria-invalid=${this.error ? 'true' : 'false'} @change=${this.handleChange} />
              <span><span class="label">${o.label}</span>${o.detail ? html`<span class="detail">${o.detail}</span>` : nothing}</span>
            </label>`,
          )}
        </div>
        <div class="error" id="error" aria-live="polite">${this.error ? html`<span aria-hidden="true">!</span>${this.error}` : nothing}</div>
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-choice-group': AlChoiceGroup;
  }
}
