import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, queryAll, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { BOUNDARY_CORE_PARTS, BOUNDARY_FIELD_MAX, BOUNDARY_STEPS, validateBoundary, type Boundary, type BoundaryStep } from '../../domain/toolkit/boundary.ts';
import { checkBoundary, type Pitfall } from '../../domain/toolkit/boundary-pitfalls.ts';
import { AlBoundaryCancelEvent, AlBoundarySaveEvent, type BoundaryDraftDetail } from '../base/events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import { safetyAnswerInExtension } from '../../data/crisis/safety-plan-repo.ts';
import './pitfall-hints.ts';
import '../crisis/safety-check.ts';
import '../base/text-field.ts';
import { fieldProblemText, fieldProblemsText } from '../base/problem.ts';
import { boundaryWordsIn } from '../../content/toolkit/boundary-words-es.ts';
import { pitfallRulesIn } from '../../content/toolkit/pitfall-rules-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';

type Key = BoundaryStep['key'];
interface FieldInfo {
  key: Key;
  label: string;
  hint: string;
  required: boolean;
}

/** The quick form's three parts, or every part, with their words in the interface's language. */
function fieldsOf(full: boolean): readonly FieldInfo[] {
  const words = boundaryWordsIn(interfaceLanguage());
  if (full) return BOUNDARY_STEPS.map((s) => ({ key: s.key, required: s.required, label: words.steps[s.key].label, hint: words.steps[s.key].hint }));
  return BOUNDARY_CORE_PARTS.map((key) => ({ key, required: key !== 'reason', ...words.core[key] }));
}

/**
 * Writes or edits a boundary as one structured statement: when this happens / I will / because
 * (and, with `full`, every part the guided builder asks for). Before saving it checks the
 * wording once and, if a hint fits, shows it gently: the person can change it or save as it is.
 *
 * @summary Boundary form.
 * @fires al-boundary-save - With the statement, when it is valid.
 * @fires al-boundary-cancel - When an edit is cancelled.
 */
@localized()
@customElement('al-boundary-form')
export class AlBoundaryForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      form { display: block; }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @queryAll('al-text-field') private fields!: NodeListOf<AlTextField>;

  @state() private errors: Partial<Record<Key, string>> = {};
  @state() private hints: Pitfall[] = [];
  /** The text the hints were shown for: saving that same text again means "save as it is". */
  private hintedFor = '';

  /** The boundary being edited; empty for a new one. */
  @property({ attribute: false }) boundary: Partial<Boundary> | undefined;
  /** Text on the save button ("Save boundary" unless set). */
  @property() submitLabel?: string;
  /** Fewer rows, for the extension popup (where the safety question has no course pages to link to, and keeps its answer the popup's way). */
  @property({ type: Boolean }) compact = false;
  /** Every part of the boundary, not only the three core ones. */
  @property({ type: Boolean }) full = false;

  private get shown(): readonly FieldInfo[] {
    return fieldsOf(this.full);
  }

  private values(): Partial<Record<Key, string>> {
    const out: Partial<Record<Key, string>> = {};
    this.fields.forEach((f) => (out[f.dataset['key'] as Key] = f.value.trim()));
    return out;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const values = this.values();
    const core = { situation: values.situation ?? '', action: values.action ?? '', reason: values.reason ?? '' };
    const errors: Partial<Record<Key, string>> = fieldProblemsText(validateBoundary(core));
    for (const f of this.shown) if ((values[f.key]?.length ?? 0) > BOUNDARY_FIELD_MAX) errors[f.key] = fieldProblemText({ kind: 'too-long', of: 'field', max: BOUNDARY_FIELD_MAX });
    this.errors = errors;
    const firstBad = this.shown.findIndex((f) => errors[f.key]);
    if (firstBad >= 0) {
      this.fields[firstBad]!.focus();
      return;
    }
    // Only hints about words that were written; a missing "if it is tested" plan is the builder's nudge.
    const hints = checkBoundary(values, pitfallRulesIn(interfaceLanguage())).filter((p) => p.match && this.shown.some((f) => f.key === p.field));
    const key = JSON.stringify(values);
    if (hints.length && key !== this.hintedFor) {
      this.hints = hints;
      this.hintedFor = key;
      return;
    }
    this.hints = [];
    this.hintedFor = '';
    const detail: BoundaryDraftDetail = { ...core, ...values, ...(this.boundary?.id ? { id: this.boundary.id } : {}) };
    this.dispatchEvent(new AlBoundarySaveEvent(detail));
  }

  /** Empties the form after a save. */
  reset(): void {
    this.errors = {};
    this.hints = [];
    this.hintedFor = '';
    this.fields.forEach((f) => (f.value = ''));
  }

  /** Focuses the first field. */
  override focus(): void {
    this.fields[0]?.focus();
  }

  override render() {
    const hinting = this.hints.length > 0;
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${this.compact
        ? html`<al-safety-check headingLevel="3" .store=${safetyAnswerInExtension} .planHref=${undefined} .helpHref=${undefined}></al-safety-check>`
        : html`<al-safety-check headingLevel="3"></al-safety-check>`}
      ${this.shown.map(
        (f) => html`<al-text-field
          data-key=${f.key}
          multiline
          rows=${this.compact ? 2 : 3}
          label=${f.label}
          hint=${f.hint}
          ?required=${f.required}
          .value=${this.boundary?.[f.key] ?? ''}
          .error=${this.errors[f.key] ?? ''}
        ></al-text-field>`,
      )}
      ${hinting
        ? html`<al-pitfall-hints .pitfalls=${this.hints} .intro=${msg('A gentle idea before you save. You can change the wording, or save it as it is.')}></al-pitfall-hints>`
        : nothing}
      <div class="buttons">
        <button class="btn primary" type="submit">${hinting ? msg('Save as it is') : (this.submitLabel ?? msg('Save boundary'))}</button>
        ${this.boundary?.id
          ? html`<button class="btn quiet" type="button" @click=${() => this.dispatchEvent(new AlBoundaryCancelEvent())}>${msg('Cancel')}</button>`
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
