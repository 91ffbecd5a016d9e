import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { BOUNDARY_FIELD_MAX, BOUNDARY_STEPS, boundarySentence, validateBoundary, type BoundaryStep, type BoundaryWords } from '../../domain/toolkit/boundary.ts';
import { checkBoundary, type BoundaryDraftField, type Pitfall } from '../../domain/toolkit/boundary-pitfalls.ts';
import { AlBoundarySaveEvent } from '../base/events.ts';
import type { AlPitfallFixEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { progressBar, stepStyles } from '../base/steps.ts';
import type { AlTextField } from '../base/text-field.ts';
import { saferAdvice } from '../../content/crisis/safety-plan-words-es.ts';
import type { AlSafetyAnswerEvent } from '../crisis/safety-check.ts';
import './pitfall-hints.ts';
import '../crisis/safety-check.ts';
import '../base/text-field.ts';
import { fieldProblemText } from '../base/problem.ts';
import { boundaryWordsIn } from '../../content/toolkit/boundary-words-es.ts';
import { pitfallRulesIn } from '../../content/toolkit/pitfall-rules-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';

type Values = Record<BoundaryStep['key'], string>;
const EMPTY: Values = { situation: '', feeling: '', action: '', reason: '', words: '', holdPlan: '' };
const REVIEW = BOUNDARY_STEPS.length;

/**
 * The guided boundary builder: one question at a time (the situation, what I feel, what I
 * will do, why it matters, my words, how I'll hold it), then a review with gentle hints
 * about the wording. The person can fix a part or save it as it is.
 *
 * @summary Boundary builder.
 * @fires al-boundary-save - With every part, when the person saves.
 */
@localized()
@customElement('al-boundary-builder')
export class AlBoundaryBuilder extends LitElement {
  static override styles = [
    baseStyles,
    stepStyles,
    css`
      :host { display: block; }
      .sentence { font-size: 1.1em; font-weight: 600; }
      dl { margin: 0 0 var(--al-space-3); display: grid; gap: var(--al-space-2); }
      .part { display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: center; column-gap: var(--al-space-3); padding: var(--al-space-2) 0; border-bottom: 1px solid var(--al-color-border-soft); }
      dt { font-weight: 700; grid-column: 1; }
      dd { margin: 0; }
      dd.value { grid-column: 1; overflow-wrap: anywhere; white-space: pre-line; }
      dd.change { grid-column: 2; grid-row: 1 / span 2; }
      .empty { color: var(--al-color-text-muted); font-style: italic; }
    `,
  ];

  @query('al-text-field') private field?: AlTextField;

  @state() private step = 0;
  @state() private values: Values = { ...EMPTY };
  @state() private error = '';
  /** Set when the person came from the review to change one part. */
  @state() private fixing = false;
  @state() private pitfalls: Pitfall[] = [];
  /** The person said they are sometimes afraid of how the other may react: the hints change. */
  @state() private afraid = false;

  /** Level of the step headings, to fit under the page's. */
  @property({ type: Number }) headingLevel: 2 | 3 | 4 = 3;

  /** Keeps what was typed in the current step. */
  private keep(): void {
    if (this.step < REVIEW && this.field) this.values = { ...this.values, [BOUNDARY_STEPS[this.step]!.key]: this.field.value };
  }

  private check(): string {
    const step = BOUNDARY_STEPS[this.step]!;
    const value = this.values[step.key];
    if (step.key === 'situation' || step.key === 'action' || step.key === 'reason') {
      const { situation, action, reason } = this.values;
      const problem = validateBoundary({ situation, action, reason })[step.key];
      return problem ? fieldProblemText(problem) : '';
    }
    return value.length > BOUNDARY_FIELD_MAX ? fieldProblemText({ kind: 'too-long', of: 'field', max: BOUNDARY_FIELD_MAX }) : '';
  }

  private async goTo(step: number): Promise<void> {
    this.step = step;
    this.error = '';
    if (step === REVIEW) {
      this.fixing = false;
      this.pitfalls = checkBoundary(this.values, pitfallRulesIn(interfaceLanguage()));
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  private handleNext(): void {
    this.keep();
    this.error = this.check();
    if (this.error) return this.field?.focus();
    void this.goTo(this.fixing ? REVIEW : this.step + 1);
  }

  private handleBack(): void {
    this.keep();
    void this.goTo(this.step - 1);
  }

  private handleChange(key: BoundaryDraftField): void {
    this.fixing = true;
    void this.goTo(BOUNDARY_STEPS.findIndex((s) => s.key === key));
  }

  private handleSave(): void {
    const v = this.values;
    const trimmed = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x.trim()])) as Values;
    this.dispatchEvent(new AlBoundarySaveEvent(trimmed));
  }

  /** Starts again with an empty boundary (after a save). */
  reset(): void {
    this.values = { ...EMPTY };
    this.step = 0;
    this.error = '';
    this.fixing = false;
    this.pitfalls = [];
  }

  /** Focuses the current step's field (or the review's heading). */
  override focus(): void {
    (this.field ?? this.renderRoot.querySelector<HTMLElement>('.step-heading'))?.focus();
  }

  private heading(count: string, title: string) {
    const tag = unsafeStatic(`h${this.headingLevel}`);
    return staticHtml`<${tag} class="step-heading" tabindex="-1"><span class="step-count">${count}<span class="visually-hidden">:</span></span> ${title}</${tag}>`;
  }

  /** Asked at the start and at the review; a yes changes the hints in between. */
  private safetyCheck() {
    return html`<al-safety-check headingLevel=${this.headingLevel} @al-safety-answer=${(e: AlSafetyAnswerEvent) => (this.afraid = e.answer === 'yes')}></al-safety-check>`;
  }

  private hint(step: BoundaryStep, words: BoundaryWords): string {
    if (this.afraid && (step.key === 'words' || step.key === 'holdPlan')) return saferAdvice()[step.key];
    return words.steps[step.key].hint;
  }

  private renderStep() {
    const step = BOUNDARY_STEPS[this.step]!;
    const words = boundaryWordsIn(interfaceLanguage());
    const part = words.steps[step.key];
    const hints = this.fixing ? this.pitfalls.filter((p) => p.field === step.key && p.match) : [];
    return html`
      ${this.step === 0 ? this.safetyCheck() : nothing}
      ${progressBar(this.step + 1, BOUNDARY_STEPS.length)}
      ${this.heading(msg(str`Step ${this.step + 1} of ${BOUNDARY_STEPS.length}`), part.title)}
      <al-text-field multiline rows="3" label=${part.label} hint=${this.hint(step, words)} ?required=${step.required}
        .value=${live(this.values[step.key])} .error=${this.error}></al-text-field>
      ${hints.length ? html`<al-pitfall-hints .pitfalls=${hints} .showPart=${false} .intro=${msg('An idea for this part:')}></al-pitfall-hints>` : nothing}
      <div class="nav">
        ${this.step > 0 && !this.fixing ? html`<button class="btn" type="button" @click=${this.handleBack}>${msg('Back')}</button>` : nothing}
        <button class="btn primary next" type="button" @click=${this.handleNext}>${this.fixing ? msg('Back to review') : this.step === REVIEW - 1 ? msg('Review') : msg('Next')}</button>
      </div>
    `;
  }

  private renderReview() {
    const v = this.values;
    const words = boundaryWordsIn(interfaceLanguage());
    return html`
      ${progressBar(REVIEW + 1, REVIEW)}
      ${this.heading(msg('All steps done'), msg('Check your boundary'))}
      <p class="sentence">${boundarySentence(v, words.sentence)}</p>
      ${this.safetyCheck()}
      <dl>
        ${BOUNDARY_STEPS.map(
          (s) => html`<div class="part">
            <dt>${words.steps[s.key].title}</dt>
            <dd class=${v[s.key].trim() ? 'value' : 'value empty'}>${v[s.key].trim() || msg('Not filled in')}</dd>
            <dd class="change"><button class="btn quiet" type="button" aria-label=${msg(str`Change: ${words.steps[s.key].title}`)} @click=${() => this.handleChange(s.key)}>${msg('Change')}</button></dd>
          </div>`,
        )}
      </dl>
      <al-pitfall-hints .pitfalls=${this.pitfalls} fixable .clear=${msg('This boundary is about what you will do, said calmly. It looks ready.')}
        @al-pitfall-fix=${(e: AlPitfallFixEvent) => this.handleChange(e.detail.field)}></al-pitfall-hints>
      <div class="nav">
        <button class="btn" type="button" @click=${this.handleBack}>${msg('Back')}</button>
        <button class="btn primary next" type="button" @click=${this.handleSave}>${msg('Save boundary')}</button>
      </div>
    `;
  }

  override render() {
    return this.step === REVIEW ? this.renderReview() : this.renderStep();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundary-builder': AlBoundaryBuilder;
  }
}
