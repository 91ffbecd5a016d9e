import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import type { Prompt } from '../../shared/content/prompts/prompt-types.ts';
import { promptsIn } from '../../shared/content/prompts/by-language.ts';
import { interfaceLanguage } from '../../shared/content/locale.ts';
import { loadLockState } from '../../shared/data/trust/lock.ts';
import type { RecordStore } from '../../shared/data/record-store.ts';
import type { OwnPromptRecord } from '../../shared/data/schema.ts';
import { ownPromptsRepo, plansRepo } from '../../shared/data/toolkit/toolkit-repos.ts';
import { pickedPrompts, type ConversationPlan } from '../../shared/domain/toolkit/conversation-plan.ts';
import { planWordsIn } from '../../shared/content/toolkit/plan-words-es.ts';
import { formatWhen } from '../../shared/ui/base/format.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { renderStored } from '../../shared/ui/base/stored-view.ts';
import '../../shared/ui/crisis/crisis-help.ts';
import '../../shared/ui/trust/unlock-panel.ts';
import '../help/help-bar.ts';

/** What the page can show: the plan as read, or that the lock keeps it sealed. */
type Shown = { kind: 'locked' } | { kind: 'read'; plan: ConversationPlan | null; own: OwnPromptRecord[] };

/**
 * One conversation plan, read-only, as its reminder opens it: the goal and opening line
 * first, then the rest. Editing stays in the popup and the course, where it is saved.
 * With the course's app lock on, the plan is sealed: the page asks for the course passcode
 * first, and the key lives only in this page's memory.
 *
 * @summary A plan, opened from its reminder.
 */
@customElement('al-plan-reminder')
@localized()
export class AlPlanReminder extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .page { max-width: 40rem; margin: 0 auto; padding: var(--al-space-5) var(--al-space-4) var(--al-space-6); }
      h1 { font-size: var(--al-font-size-h1); }
      h2 { font-size: 1.15rem; }
      .when { font-weight: 600; color: var(--al-color-text-muted); }
      .breathe { background: var(--al-color-primary-soft); border-radius: var(--al-radius); padding: var(--al-space-3) var(--al-space-4); }
      section { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); margin-top: var(--al-space-4); }
      dl { margin: 0; display: grid; gap: var(--al-space-3); }
      dt { font-weight: 700; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
      dd ol, dd ul { margin: 0; padding-left: 1.3rem; }
      .say { font-size: 1.15rem; }
      .muted { color: var(--al-color-text-muted); }
      .help { margin-top: var(--al-space-5); }
    `,
  ];

  /** The plan's id. */
  @property() planId = '';
  /** Where plans are kept. */
  @property({ attribute: false }) plans: RecordStore<ConversationPlan> = plansRepo;
  /** Where the person's own prompts are kept. */
  @property({ attribute: false }) ownStore: RecordStore<OwnPromptRecord> = ownPromptsRepo;
  /** The prompt library; the interface language's when none is given, picked at each render. */
  @property({ attribute: false }) library?: readonly Prompt[];

  /** The plan (null: none by this id), or that the lock keeps it sealed; read again for another id, and once unlocked. */
  private readonly stored = new Task(this, {
    task: async ([planId, plans, ownStore]): Promise<Shown> => {
      if ((await loadLockState().catch(() => 'off')) === 'locked') return { kind: 'locked' };
      const [plan, own] = await Promise.all([planId ? plans.get(planId).catch(() => undefined) : undefined, ownStore.list().catch((): OwnPromptRecord[] => [])]);
      return { kind: 'read', plan: plan ?? null, own };
    },
    args: () => [this.planId, this.plans, this.ownStore] as const,
    onComplete: (shown) => {
      if (shown.kind === 'read' && shown.plan) document.title = `${planWordsIn(interfaceLanguage()).planTitle(shown.plan)} · Alongside`;
    },
  });

  private item(label: string, value: unknown) {
    return value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  }

  private renderPlan(p: ConversationPlan, own: readonly OwnPromptRecord[]) {
    const prompts = pickedPrompts(p, (id) => (own.find((o) => o.id === id) ?? (this.library ?? promptsIn(interfaceLanguage())).find((l) => l.id === id))?.words).map((pr) => pr.text);
    return html`
      <h1>${planWordsIn(interfaceLanguage()).planTitle(p)}</h1>
      <p class="when">${p.scheduledAt ? formatWhen(p.scheduledAt) : msg('No date set')}</p>
      <p class="breathe">${msg('Take a slow breath. You have prepared for this, and you don’t have to get every word right.')}</p>
      <section aria-labelledby="say">
        <h2 id="say">${msg('What I will say')}</h2>
        <dl>
          ${this.item(msg('My goal'), p.goal)}
          ${this.item(msg('My opening line'), p.opening ? html`<span class="say">${p.opening}</span>` : '')}
          ${this.item(msg('Key points'), p.keyPoints.length ? html`<ol>${p.keyPoints.map((k) => html`<li>${k}</li>`)}</ol>` : '')}
          ${this.item(msg('Prompts I picked'), prompts.length ? html`<ul>${prompts.map((w) => html`<li>${w}</li>`)}</ul>` : '')}
          ${this.item(msg('What to have ready'), p.ready?.length ? html`<ul>${p.ready.map((r) => html`<li>${r}</li>`)}</ul>` : '')}
          ${this.item(msg('They might say'), p.theyMightSay?.length ? html`<ul>${p.theyMightSay.map((l) => html`<li>“${l}”</li>`)}</ul>` : '')}
        </dl>
        ${!p.goal && !p.opening && !p.keyPoints.length && !prompts.length ? html`<p class="muted">${msg('Nothing written here yet.')}</p>` : nothing}
      </section>
      <section aria-labelledby="calm">
        <h2 id="calm">${msg('Keeping it calm')}</h2>
        <dl>
          ${this.item(msg('Who'), p.who)}
          ${this.item(msg('A good time and place'), p.timeAndPlace)}
          ${this.item(msg('What I will avoid'), p.avoid)}
          ${this.item(msg('My exit line if it gets heated'), p.exitLine)}
          ${this.item(msg('What I will do for myself afterwards'), p.afterCare)}
        </dl>
      </section>
      <p class="muted">${msg('To change this plan, open it in Alongside’s popup or in the course.')}</p>
    `;
  }

  override render() {
    return html`<al-help-bar></al-help-bar><div class="page"><main>${this.renderMain()}</main>${this.renderHelp()}</div>`;
  }

  private renderMain() {
    return renderStored(this.stored, { loading: msg('Loading your plan…'), complete: (shown) => this.renderShown(shown) });
  }

  private renderShown(shown: Shown) {
    if (shown.kind === 'locked') {
      return html`<al-unlock-panel headingLevel="1" heading=${msg('Your plan is locked')} intro=${msg('Your conversation plans are stored encrypted.')} focusOnShow
        @al-unlocked=${() => void this.stored.run()}></al-unlock-panel>`;
    }
    if (shown.plan) return this.renderPlan(shown.plan, shown.own);
    return html`<h1>${msg('We could not find this plan')}</h1>
      <p>${msg('It may have been deleted, or saved in another browser.')}</p>`;
  }

  /** Before a hard conversation, help is one look away: locked or not. */
  private renderHelp() {
    return html`<aside class="help" aria-label=${msg('Need help now?')}><al-crisis-help compact></al-crisis-help></aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-reminder': AlPlanReminder;
  }
}
