import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, queryAll, state } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { localized, msg } from '@lit/localize';
import {
  PLAN_KEY_POINTS_MAX,
  PLAN_READY_MAX,
  PLAN_THEY_MIGHT_SAY_MAX,
  emptyPlan,
  fromLocalInputValue,
  tidyPlan,
  toLocalInputValue,
  validatePlan,
  type ConversationPlan,
  type PlanDraft,
  type PlanErrors,
  type PromptFills,
} from '../../domain/toolkit/conversation-plan.ts';
import { plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { isStaleWrite, onChangedInAnotherTab } from '../../data/trust/stale-write.ts';
import { AlPlanDoneEvent, AlPlanSavedEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { problemText } from '../base/problem.ts';
import { problemBox } from '../base/stored-view.ts';
import type { AlTextField } from '../base/text-field.ts';
import type { AlPromptPicker } from './prompt-picker.ts';
import { saferAdvice } from '../../content/crisis/safety-plan-words-es.ts';
import type { AlSafetyAnswerEvent } from '../crisis/safety-check.ts';
import type { AlTabConflict, AlTabConflictChoiceEvent } from '../trust/tab-conflict.ts';
import './prompt-picker.ts';
import '../trust/tab-conflict.ts';
import '../crisis/safety-check.ts';
import '../base/text-field.ts';
import { fieldProblemsText } from '../base/problem.ts';
import { calmFields, keyPointLabel, planText, readyLabel, sayFields, talkFields, theyMightSayLabel, type Field, type TextKey } from './plan-fields.ts';

/** A plan's own words without the stored identity, to keep as a second plan. */
function asNewPlan(plan: PlanDraft): PlanDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, reflectedAt: _r, ...rest } = plan as PlanDraft & Partial<ConversationPlan>;
  return rest;
}

// The same empty values on every render: a fresh `[]` would reset what the person picked
// whenever the editor re-renders (after a check fails, say).
const NO_PROMPTS: string[] = [];
const NO_FILLS: PromptFills = {};

/**
 * Plan one conversation: who, what about, your goal, when and where, what you will say
 * (opening, key points, prompts from the library), how you'll keep it calm, and a date.
 *
 * @summary Conversation plan editor.
 * @fires al-plan-saved - Once the plan is stored.
 * @fires al-plan-done - When the person cancels.
 */
@customElement('al-plan-editor')
@localized()
export class AlPlanEditor extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      section { margin-bottom: var(--al-space-5); }
      .group-heading { font-size: 1.2rem; }
      label.date { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      .hint { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin-bottom: var(--al-space-2); }
      input[type='datetime-local'] {
        font: inherit; color: inherit; background: var(--al-color-surface); min-height: var(--al-touch); max-width: 100%;
        border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3);
      }
      fieldset.ready { border: 0; padding: 0; margin: var(--al-space-4) 0 0; min-width: 0; }
      fieldset.ready legend { font-weight: 600; padding: 0; margin-bottom: var(--al-space-1); }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      .elsewhere { border-left: 4px solid var(--al-color-accent); padding-left: var(--al-space-3); }
    `,
  ];

  @queryAll('al-text-field[data-key]') private fields!: NodeListOf<AlTextField>;
  @queryAll('al-text-field[data-point]') private pointFields!: NodeListOf<AlTextField>;
  @queryAll('al-text-field[data-ready]') private readyFields!: NodeListOf<AlTextField>;
  @queryAll('al-text-field[data-said]') private saidFields!: NodeListOf<AlTextField>;
  @query('al-prompt-picker') private picker!: AlPromptPicker;
  @query('input[type="datetime-local"]') private dateInput!: HTMLInputElement;
  @query('al-tab-conflict') private conflictBox?: AlTabConflict;

  @state() private errors: Partial<Record<keyof PlanErrors, string>> = {};
  @state() private problem = '';
  @state() private saving = false;
  /** The person said they are sometimes afraid of how the other may react: where and how to talk change. */
  @state() private afraid = false;
  /** Another tab saved this plan since it was opened here. */
  @state() private changedElsewhere = false;
  /** A save refused because another tab saved first: this version and the stored one. */
  @state() private conflict: { mine: PlanDraft; theirs: ConversationPlan | undefined } | undefined;
  private stopListening = () => {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onChangedInAnotherTab((store) => store === 'plans' && void this.checkElsewhere());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  /** Warns before the person saves, when another tab saved this plan meanwhile. */
  private async checkElsewhere(): Promise<void> {
    if (!this.plan) return;
    const stored = await this.repo.get(this.plan.id).catch(() => this.plan);
    this.changedElsewhere = stored?.updatedAt !== this.plan.updatedAt;
  }

  /** The plan being edited; empty for a new one. */
  @property({ attribute: false }) plan: ConversationPlan | undefined;
  /** A new plan's first words (from a template), for the person to change; not used when editing a plan. */
  @property({ attribute: false }) startFrom: PlanDraft | undefined;

  /** What the fields start with: the plan being edited, else the template's words. */
  private get shown(): PlanDraft | undefined {
    return this.plan ?? this.startFrom;
  }
  /** Where plans are kept (defaults to this origin's database). */
  @property({ attribute: false }) repo: RecordStore<ConversationPlan> = plansRepo;
  /** Level of the group headings. */
  @property({ type: Number }) headingLevel: 2 | 3 = 2;

  private collect(): PlanDraft {
    const draft: PlanDraft = { ...emptyPlan(), ...this.plan };
    this.fields.forEach((f) => (draft[f.dataset['key'] as TextKey] = f.value));
    draft.keyPoints = [...this.pointFields].map((f) => f.value);
    draft.ready = [...this.readyFields].map((f) => f.value);
    draft.theyMightSay = [...this.saidFields].map((f) => f.value);
    draft.promptIds = [...this.picker.value];
    draft.promptFills = this.picker.fills;
    const at = fromLocalInputValue(this.dateInput.value);
    if (at === undefined) delete draft.scheduledAt;
    else draft.scheduledAt = at;
    return tidyPlan(draft);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const draft = this.collect();
    this.errors = fieldProblemsText(validatePlan(draft));
    const bad = [...this.fields].find((f) => this.errors[f.dataset['key'] as TextKey]);
    if (bad) return bad.focus();
    if (this.errors.keyPoints) return this.pointFields[0]?.focus();
    if (this.errors.ready) return this.readyFields[0]?.focus();
    if (this.errors.theyMightSay) return this.saidFields[0]?.focus();
    // Saved over the copy this edit began from only; a new plan has none to check.
    await this.store(draft, this.plan ? (this.conflict ? (this.conflict.theirs?.updatedAt ?? 0) : this.plan.updatedAt) : undefined);
  }

  private async store(draft: PlanDraft, base: number | undefined, note?: string): Promise<void> {
    this.saving = true;
    try {
      const plan = await this.repo.save(draft as ConversationPlan, { base });
      this.problem = '';
      this.conflict = undefined;
      this.dispatchEvent(new AlPlanSavedEvent({ plan, created: !this.plan, ...(note ? { note } : {}) }));
    } catch (error) {
      if (isStaleWrite<ConversationPlan>(error)) {
        // Nothing was saved: both versions stay on screen until the person chooses.
        this.conflict = { mine: draft, theirs: error.theirs };
        await this.updateComplete;
        this.conflictBox?.focus();
      } else this.problem = problemText(error);
    } finally {
      this.saving = false;
    }
  }

  private async handleChoice(event: AlTabConflictChoiceEvent): Promise<void> {
    if (!this.conflict || this.saving) return;
    const { mine, theirs } = this.conflict;
    if (event.keep === 'mine') return this.store({ ...theirs, ...mine }, theirs?.updatedAt ?? 0, msg('Plan saved. The version from this tab is kept.'));
    if (!theirs) return void this.dispatchEvent(new AlPlanDoneEvent({ reason: 'deleted', ...(this.plan ? { planId: this.plan.id } : {}) }));
    if (event.keep === 'theirs') {
      this.conflict = undefined;
      return void this.dispatchEvent(new AlPlanSavedEvent({ plan: theirs, created: false, note: msg('Kept the version from the other tab.') }));
    }
    // Both: this tab's version becomes a second plan beside the other tab's, which stays here.
    this.saving = true;
    try {
      await this.repo.save(asNewPlan(mine) as ConversationPlan);
      this.conflict = undefined;
      this.dispatchEvent(new AlPlanSavedEvent({ plan: theirs, created: false, note: msg('Both kept. The version from this tab is saved as a second plan, in your list of plans.') }));
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.saving = false;
    }
  }

  /** Focuses the first field. */
  override focus(): void {
    this.fields[0]?.focus();
  }

  private heading(text: string) {
    const tag = unsafeStatic(`h${this.headingLevel}`);
    return staticHtml`<${tag} class="group-heading">${text}</${tag}>`;
  }

  private hint(f: Field): string {
    if (this.afraid && (f.key === 'timeAndPlace' || f.key === 'exitLine')) return saferAdvice()[f.key];
    return f.hint;
  }

  private renderFields(list: readonly Field[]) {
    return list.map(
      (f) => html`<al-text-field data-key=${f.key} label=${f.label} hint=${this.hint(f)} ?multiline=${f.multiline} rows="2" ?required=${f.required}
        .value=${this.shown?.[f.key] ?? ''} .error=${this.errors[f.key] ?? ''}></al-text-field>`,
    );
  }

  override render() {
    const points = this.shown?.keyPoints ?? [];
    const ready = this.shown?.ready ?? [];
    const said = this.shown?.theyMightSay ?? [];
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${problemBox(this.problem)}
      ${this.changedElsewhere && !this.conflict
        ? html`<p class="elsewhere" role="status">${msg('This plan changed in another tab since you opened it here. When you save, you can choose which version to keep, or keep both.')}</p>`
        : nothing}
      <al-safety-check headingLevel=${this.headingLevel} @al-safety-answer=${(e: AlSafetyAnswerEvent) => (this.afraid = e.answer === 'yes')}></al-safety-check>
      <section>${this.heading(msg('The talk'))}${this.renderFields(talkFields())}
        <label class="date" for="when">${msg('Date and time (optional)')}</label>
        <span class="hint" id="when-hint">${msg('If you set one, the extension can show this plan on the day.')}</span>
        <input id="when" type="datetime-local" aria-describedby="when-hint" .value=${toLocalInputValue(this.plan?.scheduledAt)} />
        <fieldset class="ready" aria-describedby="ready-hint">
          <legend>${msg('What to have ready (optional)')}</legend>
          <span class="hint" id="ready-hint">${msg('Things that help you act on a yes at once. For example: a number to call, an appointment time, a ride there.')}</span>
          ${Array.from({ length: PLAN_READY_MAX }, (_, i) => html`<al-text-field data-ready=${i} label=${readyLabel(i + 1)}
            .value=${ready[i] ?? ''} .error=${i === 0 ? (this.errors.ready ?? '') : ''}></al-text-field>`)}
        </fieldset>
      </section>
      <section>${this.heading(msg('What I will say'))}${this.renderFields(sayFields())}
        ${Array.from({ length: PLAN_KEY_POINTS_MAX }, (_, i) => html`<al-text-field data-point=${i} multiline rows="2"
          label=${keyPointLabel(i + 1)}
          hint=${i === 0 ? msg('Two or three points are plenty. For example: I love you, and I’m worried about your sleep.') : ''}
          .value=${points[i] ?? ''} .error=${i === 0 ? (this.errors.keyPoints ?? '') : ''}></al-text-field>`)}
        <al-prompt-picker .value=${this.shown?.promptIds ?? NO_PROMPTS} .fills=${this.shown?.promptFills ?? NO_FILLS}></al-prompt-picker>
      </section>
      <section>${this.heading(msg('What they might say'))}
        ${Array.from({ length: PLAN_THEY_MIGHT_SAY_MAX }, (_, i) => html`<al-text-field data-said=${i} label=${theyMightSayLabel(i + 1)}
          hint=${i === 0 ? msg('Your own guesses (optional), in their words. You can practise your answers when you rehearse. For example: I can handle it on my own.') : ''}
          .value=${said[i] ?? ''} .error=${i === 0 ? (this.errors.theyMightSay ?? '') : ''}></al-text-field>`)}
      </section>
      <section>${this.heading(msg('Keeping it calm'))}${this.renderFields(calmFields())}</section>
      ${this.conflict
        ? html`<al-tab-conflict thing="plan" .mine=${planText(this.conflict.mine)} .theirs=${this.conflict.theirs ? planText(this.conflict.theirs) : ''}
            ?deleted=${!this.conflict.theirs} @al-tab-conflict-choice=${this.handleChoice}></al-tab-conflict>`
        : nothing}
      <div class="buttons">
        <button class="btn primary" type="submit" ?disabled=${this.saving}>${msg('Save plan')}</button>
        <button class="btn quiet" type="button" @click=${() => this.dispatchEvent(new AlPlanDoneEvent({ reason: 'cancel', ...(this.plan ? { planId: this.plan.id } : {}) }))}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-editor': AlPlanEditor;
  }
}
