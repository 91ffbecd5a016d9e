import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, queryAll, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { patternWords } from '../../content/practice/pattern-words-es.ts';
import { PATTERN_FIELDS, PATTERN_FIELD_MAX, localDay, validatePattern, type PatternDraft, type PatternEntry, type PatternField } from '../../domain/practice/pattern-log.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import '../base/text-field.ts';
import { fieldProblemsText } from '../base/problem.ts';

/** Fired by `<al-pattern-form>` with a checked entry to save. */
export class AlPatternSaveEvent extends Event {
  static readonly type = 'al-pattern-save';
  constructor(readonly detail: Readonly<{ id?: string; draft: PatternDraft }>) {
    super(AlPatternSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-pattern-form>` when the person cancels. */
export class AlPatternCancelEvent extends Event {
  static readonly type = 'al-pattern-cancel';
  constructor() {
    super(AlPatternCancelEvent.type, { bubbles: true, composed: true });
  }
}

const EMPTY: PatternDraft = { date: '', where: '', who: '', what: '', feelings: '', happened: '', afterThem: '', afterMe: '', note: '' };

/**
 * One pattern-log entry, new or changed: when, what came before, what happened, what came after.
 * Checks it kindly before it leaves (`validatePattern`); only "what happened" is asked for.
 *
 * @summary Pattern log entry form.
 * @fires al-pattern-save - With the entry's fields; the page stores it.
 * @fires al-pattern-cancel - The person stopped without saving.
 */
@customElement('al-pattern-form')
@localized()
export class AlPatternForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      form { margin: 0; }
      fieldset { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); margin: 0 0 var(--al-space-4); min-width: 0; }
      legend { font-weight: 700; padding: 0 var(--al-space-2); }
      .date { margin-bottom: var(--al-space-4); }
      .date label { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      .date input {
        font: inherit; color: inherit; background: var(--al-color-surface); border: 2px solid var(--al-color-border);
        border-radius: var(--al-radius-small); padding: var(--al-space-1) var(--al-space-3); min-height: var(--al-touch); max-width: 100%;
      }
      .date input:focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 1px; }
      .error { color: var(--al-color-danger); font-weight: 600; margin: var(--al-space-1) 0 0; }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  /** The entry being changed; none for a new one. */
  @property({ attribute: false }) entry: PatternEntry | undefined;
  /** The save button's words; "Save entry" in the interface's language when none is given. */
  @property() submitLabel: string | undefined;

  @state() private errors: Partial<Record<PatternField | 'date', string>> = {};
  @query('#date') private dateInput!: HTMLInputElement;
  @queryAll('al-text-field') private fields!: NodeListOf<AlTextField>;

  /** Puts focus on the first field. */
  override async focus(): Promise<void> {
    await this.updateComplete;
    this.dateInput?.focus();
  }

  private read(): PatternDraft {
    const draft: PatternDraft = { ...EMPTY, date: this.dateInput.value };
    for (const field of this.fields) draft[field.dataset.key as PatternField] = field.value;
    return draft;
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.read();
    this.errors = fieldProblemsText(validatePattern(draft, localDay()));
    const first = Object.keys(this.errors)[0];
    if (first) {
      await this.updateComplete;
      if (first === 'date') this.dateInput.focus();
      else [...this.fields].find((f) => f.dataset.key === first)?.focus();
      return;
    }
    const trimmed = Object.fromEntries(Object.entries(draft).map(([k, val]) => [k, val.trim()])) as PatternDraft;
    this.dispatchEvent(new AlPatternSaveEvent({ id: this.entry?.id, draft: trimmed }));
  }

  private field(key: PatternField, rows = 2) {
    const value = this.entry?.[key] ?? '';
    const { label, hint } = patternWords().fields[key];
    return html`<al-text-field data-key=${key} multiline rows=${rows} label=${label} hint=${hint} maxlength=${PATTERN_FIELD_MAX}
      ?required=${key === 'happened'} .value=${value} .error=${this.errors[key] ?? ''}></al-text-field>`;
  }

  override render() {
    const dateError = this.errors.date;
    return html`<form novalidate @submit=${this.handleSubmit}>
      <div class="date">
        <label for="date">${msg('The day it happened')}</label>
        <input id="date" type="date" max=${localDay()} .value=${this.entry?.date ?? localDay()} aria-invalid=${dateError ? 'true' : 'false'}
          aria-describedby=${dateError ? 'date-error' : nothing} />
        ${dateError ? html`<p class="error" id="date-error">${dateError}</p>` : nothing}
      </div>
      <fieldset>
        <legend>${msg('Before')}</legend>
        ${PATTERN_FIELDS.before.map((f) => this.field(f, 1))}
      </fieldset>
      ${this.field(PATTERN_FIELDS.happened, 3)}
      <fieldset>
        <legend>${msg('After')}</legend>
        ${PATTERN_FIELDS.after.map((f) => this.field(f))}
      </fieldset>
      ${this.field(PATTERN_FIELDS.note)}
      <div class="actions">
        <button class="btn primary" type="submit">${this.submitLabel ?? msg('Save entry')}</button>
        <button class="btn" type="button" @click=${() => this.dispatchEvent(new AlPatternCancelEvent())}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-pattern-form': AlPatternForm;
  }
  interface HTMLElementEventMap {
    'al-pattern-save': AlPatternSaveEvent;
    'al-pattern-cancel': AlPatternCancelEvent;
  }
}
