import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Prompt } from '../../content/prompts/prompt-types.ts';
import { promptsIn } from '../../content/prompts/by-language.ts';
import { pickedPrompts, type ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import { planWordsIn } from '../../content/toolkit/plan-words-es.ts';
import { formatCount, interfaceLanguage } from '../../content/locale.ts';
import { blanksOf } from '../../domain/toolkit/prompt-search.ts';
import type { JournalEntry } from '../../domain/course/journal.ts';
import { journalRepo } from '../../data/course/course-repos.ts';
import { ownPromptsRepo, plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import type { OwnPromptRecord } from '../../data/schema.ts';
import { AlPlanDoneEvent, type AlPlanSavedEvent } from './toolkit-events.ts';
import { formatWhen } from '../base/format.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlDialog } from '../base/dialog.ts';
import { showToast } from '../base/toast.ts';
import { problemBox, renderStored } from '../base/stored-view.ts';
import { problemText } from '../base/problem.ts';
import '../base/copy-button.ts';
import './plan-editor.ts';
import '../course/plan-reflection.ts';
import '../base/dialog.ts';

/**
 * One conversation plan: read it, copy its lines, go to rehearsal, edit or delete it, and
 * after the talk write how it went.
 *
 * @summary Conversation plan.
 * @fires al-plan-done - After the plan was deleted (`reason: 'deleted'`).
 */
@customElement('al-plan-view')
@localized()
export class AlPlanView extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .title { font-size: var(--al-font-size-h1); }
      .when { font-weight: 600; color: var(--al-color-text-muted); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: var(--al-space-4) 0 var(--al-space-5); }
      section { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); margin-bottom: var(--al-space-4); }
      .section-heading { font-size: 1.2rem; }
      dl { margin: 0; display: grid; gap: var(--al-space-3); }
      dt { font-weight: 700; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
      dd ol, dd ul { margin: 0; padding-left: 1.3rem; }
      .line { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-3); }
      .line span { flex: 1 1 14rem; }
      ul.said { margin: 0; padding-left: 1.3rem; overflow-wrap: anywhere; }
      dd ul.prompts { list-style: none; padding: 0; display: grid; gap: var(--al-space-2); }
      .note { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin: var(--al-space-1) 0 0; }
      .empty { color: var(--al-color-text-muted); }
    `,
  ];

  @query('al-dialog') private dialog!: AlDialog;

  @state() private editing = false;
  @state() private problem = '';

  /** The plan's id. */
  @property() planId = '';
  /** Where plans are kept. */
  @property({ attribute: false }) plans: RecordStore<ConversationPlan> = plansRepo;
  /** Where the journal is kept. */
  @property({ attribute: false }) journal: RecordStore<JournalEntry> = journalRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** The prompt library; the interface language's when none is given, picked at each render. */
  @property({ attribute: false }) library?: readonly Prompt[];
  /** Where "Rehearse" leads. */
  @property() rehearseHref = '';
  /** Where the plans list is. */
  @property() listHref = '';
  /** The journal screen, if there is one. */
  @property() journalHref = '';
  /** Level of the plan's title. */
  @property({ type: Number }) headingLevel: 1 | 2 = 1;

  /** The plan (null when there is none by this id) and the person's own prompts; read again for another id, and after an edit. */
  private readonly stored = new Task(this, {
    task: async ([planId, plans, ownStore]) => {
      // Own prompts only lend their words to the plan: without them the plan still shows.
      const [plan, own] = await Promise.all([plans.get(planId), ownStore.list().catch((): OwnPromptRecord[] => [])]);
      return { plan: plan ?? null, own };
    },
    args: () => [this.planId, this.plans, this.ownStore] as const,
  });

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('planId')) this.editing = false;
  }

  private words(id: string): string | undefined {
    return (this.stored.value?.own.find((p) => p.id === id) ?? (this.library ?? promptsIn(interfaceLanguage())).find((p) => p.id === id))?.words;
  }

  private async handleSaved(event: AlPlanSavedEvent): Promise<void> {
    // Read again before the editor closes, so the plan shows as saved, never as it was.
    await this.stored.run();
    this.editing = false;
    showToast(this, event.detail.note ?? msg('Plan saved.'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  private async handleDelete(): Promise<void> {
    this.dialog.close();
    try {
      await this.plans.remove(this.planId);
      this.dispatchEvent(new AlPlanDoneEvent({ reason: 'deleted', planId: this.planId }));
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  private h(level: number, text: string, cls: string) {
    const tag = unsafeStatic(`h${level}`);
    // Only the title takes focus (after an edit is saved), so it gets tabindex="-1".
    return cls === 'title' ? staticHtml`<${tag} class=${cls} tabindex="-1">${text}</${tag}>` : staticHtml`<${tag} class=${cls}>${text}</${tag}>`;
  }

  private item(label: string, value: string | TemplateResult | undefined) {
    return value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  }

  private copyLine(text: string, what: string) {
    return text ? html`<span class="line"><span>${text}</span><al-copy-button .text=${text} caption=${msg('Copy')} label=${msg(str`Copy ${what}`)}></al-copy-button></span>` : undefined;
  }

  private renderPlan(p: ConversationPlan) {
    const level = this.headingLevel;
    const prompts = pickedPrompts(p, (id) => this.words(id));
    return html`
      ${this.h(level, planWordsIn(interfaceLanguage()).planTitle(p), 'title')}
      <p class="when">${p.scheduledAt ? msg(str`Set for ${formatWhen(p.scheduledAt)}`) : msg('No date set')}</p>
      <div class="actions">
        ${this.rehearseHref ? html`<a class="btn primary" href=${this.rehearseHref}>${msg('Rehearse this talk')}</a>` : nothing}
        <button class="btn" type="button" @click=${() => (this.editing = true)}>${msg('Edit plan')}</button>
        <button class="btn danger" type="button" @click=${() => void this.dialog.show()}>${msg('Delete plan')}</button>
      </div>
      <section>
        ${this.h(level + 1, msg('The talk'), 'section-heading')}
        <dl>${this.item(msg('Who'), p.who)}${this.item(msg('About'), p.about)}${this.item(msg('My goal'), p.goal)}${this.item(msg('A good time and place'), p.timeAndPlace)}
          ${this.item(msg('What to have ready'), p.ready?.length ? html`<ul>${p.ready.map((r) => html`<li>${r}</li>`)}</ul>` : undefined)}</dl>
      </section>
      <section>
        ${this.h(level + 1, msg('What I will say'), 'section-heading')}
        ${p.opening || p.keyPoints.length || prompts.length
          ? html`<dl>
              ${this.item(msg('My opening line'), this.copyLine(p.opening, msg('my opening line')))}
              ${this.item(msg('Key points'), p.keyPoints.length ? html`<ol>${p.keyPoints.map((k) => html`<li>${k}</li>`)}</ol>` : undefined)}
              ${this.item(
                msg('Prompts I picked'),
                prompts.length
                  ? html`<ul class="prompts">${prompts.map(
                      (pr, i) => html`<li>${this.copyLine(pr.text, msg(str`prompt ${formatCount(i + 1)}`))}${blanksOf(pr.text).length
                        ? html`<p class="note">${msg('The words in [brackets] are blanks. You can fill them in with “Edit plan”.')}</p>`
                        : nothing}</li>`,
                    )}</ul>`
                  : undefined,
              )}
            </dl>`
          : html`<p class="empty">${msg('Nothing here yet. You can add an opening line and key points with “Edit plan”.')}</p>`}
      </section>
      ${p.theyMightSay?.length
        ? html`<section>
            ${this.h(level + 1, msg('What they might say'), 'section-heading')}
            <ul class="said">${p.theyMightSay.map((l) => html`<li>“${l}”</li>`)}</ul>
            <p class="note">${msg('You can practise your answers when you rehearse this talk.')}</p>
          </section>`
        : nothing}
      <section>
        ${this.h(level + 1, msg('Keeping it calm'), 'section-heading')}
        ${p.avoid || p.exitLine || p.afterCare
          ? html`<dl>
              ${this.item(msg('What I will avoid'), p.avoid)}
              ${this.item(msg('My exit line if it gets heated'), this.copyLine(p.exitLine, msg('my exit line')))}
              ${this.item(msg('What I will do for myself afterwards'), p.afterCare)}
            </dl>`
          : html`<p class="empty">${msg('Nothing here yet. An exit line helps if the talk gets heated.')}</p>`}
      </section>
      <section>
        <al-plan-reflection .plan=${p} .journal=${this.journal} .plans=${this.plans} journalHref=${this.journalHref} headingLevel=${level + 1}></al-plan-reflection>
      </section>
      <al-dialog heading=${msg('Delete this plan?')}>
        <p>${msg('The plan will be gone from this device. Anything you wrote about how it went stays in your journal.')}</p>
        <button slot="actions" class="btn" type="button" @click=${() => this.dialog.close()}>${msg('Keep it')}</button>
        <button slot="actions" class="btn danger" type="button" @click=${this.handleDelete}>${msg('Delete plan')}</button>
      </al-dialog>
    `;
  }

  private renderStoredPlan(p: ConversationPlan | null) {
    const level = this.headingLevel;
    if (p === null) {
      return html`${this.h(level, msg('We could not find this plan'), 'title')}
        <p>${msg('It may have been deleted, or saved in another browser.')} ${this.listHref ? html`<a href=${this.listHref}>${msg('See your plans')}</a>.` : nothing}</p>`;
    }
    if (!this.editing) return this.renderPlan(p);
    return html`${this.h(level, msg('Edit your plan'), 'title')}
      <al-plan-editor .plan=${p} .repo=${this.plans} headingLevel=${level + 1}
        @al-plan-saved=${this.handleSaved} @al-plan-done=${(e: Event) => { e.stopPropagation(); this.editing = false; }}></al-plan-editor>`;
  }

  override render() {
    return html`
      ${problemBox(this.problem)}
      ${renderStored(this.stored, { loading: msg('Loading your plan…'), complete: ({ plan }) => this.renderStoredPlan(plan) })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-view': AlPlanView;
  }
}
