import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, queryAll, state } from 'lit/decorators.js';
import { BOUNDARY_CORE_FIELDS, validateBoundary, type Boundary } from '../../domain/boundary.ts';
import { AlBoundaryCancelEvent, AlBoundarySaveEvent } from '../events.ts';
import { baseStyles } from '../shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import '../base/text-field.ts';
import '../base/button.ts';

type CoreKey = (typeof BOUNDARY_CORE_FIELDS)[number]['key'];

/**
 * Writes or edits a boundary as one structured statement: when this happens / I will / because.
 *
 * @summary Boundary form.
 * @fires al-boundary-save - With the statement, when it is valid.
 * @fires al-boundary-cancel - When an edit is cancelled.
 */
@customElement('al-boundary-form')
export class AlBoundaryForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      form { display: block; }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      .summary { color: var(--al-color-danger); font-weight: 600; }
    `,
  ];

  @queryAll('al-text-field') private fields!: NodeListOf<AlTextField>;

  @state() private errors: Partial<Record<CoreKey, string>> = {};

  /** The boundary being edited; empty for a new one. */
  @property({ attribute: false }) boundary: Pick<Boundary, 'id' | 'situation' | 'action' | 'reason'> | undefined;
  /** Text on the save button. */
  @property() submitLabel = 'Save boundary';
  /** Fewer rows, for the extension popup. */
  @property({ type: Boolean }) compact = false;

  private values(): Record<CoreKey, string> {
    const out = { situation: '', action: '', reason: '' };
    this.fields.forEach((f, i) => (out[BOUNDARY_CORE_FIELDS[i]!.key] = f.value.trim()));
    return out;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const values = this.values();
    this.errors = validateBoundary(values);
    const firstBad = BOUNDARY_CORE_FIELDS.findIndex((f) => this.errors[f.key]);
    if (firstBad >= 0) {
      this.fields[firstBad]!.focus();
      return;
    }
    this.dispatchEvent(new AlBoundarySaveEvent({ ...values, ...(this.boundary?.id ? { id: this.boundary.id } : {}) }));
  }

  /** Empties the form after a save. */
  reset(): void {
    this.errors = {};
    this.fields.forEach((f) => (f.value = ''));
  }

  /** Focuses the first field. */
  override focus(): void {
    this.fields[0]?.focus();
  }

  override render() {
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${BOUNDARY_CORE_FIELDS.map(
        (f) => html`<al-text-field
          multiline
          rows=${this.compact ? 2 : 3}
          label=${f.label}
          hint=${f.hint}
          ?required=${f.key !== 'reason'}
          .value=${this.boundary?.[f.key] ?? ''}
          .error=${this.errors[f.key] ?? ''}
        ></al-text-field>`,
      )}
      <div class="buttons">
        <al-button variant="primary" type="submit">${this.submitLabel}</al-button>
        ${this.boundary?.id
          ? html`<al-button variant="quiet" @click=${() => this.dispatchEvent(new AlBoundaryCancelEvent())}>Cancel</al-button>`
          : nothing}
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundary-form': AlBoundaryForm;
  }
}
