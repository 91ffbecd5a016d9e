import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { planRef, type ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import { planWordsIn } from '../../content/toolkit/plan-words-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { journalIdFor, type JournalEntry } from '../../domain/course/journal.ts';
import { journalRepo } from '../../data/course/course-repos.ts';
import { plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { problemText } from '../base/problem.ts';
import { problemBox, readProblem } from '../base/stored-view.ts';
import type { AlTextField } from '../base/text-field.ts';
import { readerDate } from './reader-dates.ts';
import '../base/text-field.ts';

/**
 * After the talk: "How did the conversation about … go?", saved to the journal (kind
 * `conversation`, ref `plan:<id>`), and the plan marked as reflected on.
 *
 * @summary Conversation reflection.
 */
@localized()
@customElement('al-plan-reflection')
export class AlPlanReflection extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .saved { background: var(--al-color-primary-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3) var(--al-space-4); }
      .saved .text { white-space: pre-line; overflow-wrap: anywhere; }
      .meta { font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      .buttons { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-4); }
      .heading { font-size: 1.2rem; }
    `,
  ];

  @query('al-text-field') private field?: AlTextField;

  @state() private editing = false;
  @state() private problem = '';
  /** What the last save did: nothing written yet, or saved; worded at render time. */
  @state() private status: 'empty' | 'saved' | undefined;

  /** The plan the talk was about. */
  @property({ attribute: false }) plan!: ConversationPlan;
  /** Where the journal is kept. */
  @property({ attribute: false }) journal: RecordStore<JournalEntry> = journalRepo;
  /** Where plans are kept (to mark this one as reflected on). */
  @property({ attribute: false }) plans: RecordStore<ConversationPlan> = plansRepo;
  /** A link to the journal, when there is a journal screen. */
  @property() journalHref = '';
  /** Level of the section heading. */
  @property({ type: Number }) headingLevel: 2 | 3 = 2;

  /** What the person wrote about this talk (null: nothing yet); read again after they save. */
  private readonly stored = new Task(this, {
    task: async ([planId, journal]) => (await journal.get(journalIdFor(planRef(planId)))) ?? null,
    args: () => [this.plan.id, this.journal] as const,
  });

  /** Until the read is done, the form shows, empty. */
  private get entry(): JournalEntry | undefined {
    return this.stored.value ?? undefined;
  }

  private async handleSave(): Promise<void> {
    const text = this.field?.value.trim() ?? '';
    if (!text) {
      this.problem = '';
      this.status = 'empty';
      this.field?.focus();
      return;
    }
    const ref = planRef(this.plan.id);
    const id = journalIdFor(ref);
    try {
      const existing = await this.journal.get(id);
      await this.journal.save({ ...existing, id, kind: 'conversation', ref, prompt: planWordsIn(interfaceLanguage()).reflectionPromptFor(this.plan), text });
      const latest = (await this.plans.get(this.plan.id)) ?? this.plan;
      await this.plans.save({ ...latest, reflectedAt: Date.now() });
      await this.stored.run();
      this.problem = '';
      this.editing = false;
      this.status = 'saved';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.saved')?.focus();
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  private async handleEdit(): Promise<void> {
    this.editing = true;
    this.status = undefined;
    await this.updateComplete;
    this.field?.focus();
  }

  override render() {
    const question = planWordsIn(interfaceLanguage()).reflectionPromptFor(this.plan);
    const tag = unsafeStatic(`h${this.headingLevel}`);
    const showForm = !this.entry || this.editing;
    return html`
      ${staticHtml`<${tag} class="heading">${msg('After the talk')}</${tag}>`}
      <p>${msg('However it went, you showed up and tried. Looking back helps the next talk.')}</p>
      ${problemBox(readProblem(this.stored) || this.problem)}
      ${showForm
        ? html`<al-text-field multiline rows="4" label=${question} maxlength="4000"
              hint=${msg('What went well? What was hard? What would you try next time? This goes into your journal.')}
              .value=${this.entry?.text ?? ''}></al-text-field>
            <div class="buttons">
              <button class="btn primary" type="button" @click=${this.handleSave}>${msg('Save to my journal')}</button>
              ${this.editing ? html`<button class="btn quiet" type="button" @click=${() => (this.editing = false)}>${msg('Cancel')}</button>` : nothing}
            </div>`
        : html`<div class="saved" tabindex="-1">
              <p><strong>${question}</strong></p>
              <p class="text">${this.entry!.text}</p>
              <p class="meta">${msg(str`Saved in your journal on ${readerDate(this.entry!.updatedAt, { dateStyle: 'long' })}.`)}</p>
            </div>
            <div class="buttons">
              <button class="btn" type="button" @click=${this.handleEdit}>${msg('Edit what I wrote')}</button>
              ${this.journalHref ? html`<a class="btn quiet" href=${this.journalHref}>${msg('Open my journal')}</a>` : nothing}
            </div>`}
      <p class="meta" role="status">${this.status === 'empty'
        ? msg('Write a few words first. Even one line is enough.')
        : this.status === 'saved'
          ? msg('Saved to your journal. Thank you for looking back: it helps the next talk.')
          : ''}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-reflection': AlPlanReflection;
  }
}
