import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import { isDueOn, sortPlans, type ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import { planWordsIn } from '../../content/toolkit/plan-words-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { formatWhen } from '../base/format.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { renderStored } from '../base/stored-view.ts';

/**
 * The person's conversation plans: today's and upcoming first, then the rest.
 *
 * @summary Plans list.
 */
@customElement('al-plans-list')
@localized()
export class AlPlansList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      li { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-3) var(--al-space-4); box-shadow: var(--al-shadow); }
      a.title { display: inline-flex; align-items: center; min-height: var(--al-touch); font-weight: 700; font-size: 1.1em; overflow-wrap: anywhere; }
      p { margin: 0; }
      .meta { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .today { display: inline-block; font-weight: 700; color: var(--al-color-text); background: var(--al-color-primary-soft); border-radius: 999px; padding: 0 var(--al-space-2); margin-right: var(--al-space-2); }
      .empty { color: var(--al-color-text-muted); }
    `,
  ];

  /** Where plans are kept (defaults to this origin's database). */
  @property({ attribute: false }) repo: RecordStore<ConversationPlan> = plansRepo;
  /** The link to one plan. */
  @property({ attribute: false }) hrefFor: (id: string) => string = (id) => `/plans/${encodeURIComponent(id)}`;

  /** The stored plans, today's and upcoming first. */
  private readonly plans = new Task(this, { task: async ([repo]) => sortPlans(await repo.list(), Date.now()), args: () => [this.repo] as const });

  private renderList(list: ConversationPlan[]) {
    const now = Date.now();
    if (list.length === 0) return html`<p class="empty">${msg('No plans yet. When you plan a talk, it is kept here, on this device only.')}</p>`;
    const { planTitle } = planWordsIn(interfaceLanguage());
    return html`<ul>
      ${list.map(
        (p) => html`<li>
          <a class="title" href=${this.hrefFor(p.id)}>${planTitle(p)}</a>
          <p class="meta">
            ${p.scheduledAt && isDueOn(p, now) ? html`<span class="today">${msg('Today')}</span>` : nothing}
            ${p.scheduledAt ? formatWhen(p.scheduledAt) : msg('No date set')}${p.reflectedAt ? msg(' · You wrote how it went') : ''}
          </p>
        </li>`,
      )}
    </ul>`;
  }

  override render() {
    return renderStored(this.plans, { loading: msg('Loading your plans…'), complete: (list) => this.renderList(list) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plans-list': AlPlansList;
  }
}
