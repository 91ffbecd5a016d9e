import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { localized, msg, str } from '@lit/localize';
import { plansDueOn, type ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import { planWordsIn } from '../../content/toolkit/plan-words-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { plansRepo } from '../../data/toolkit/toolkit-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { readerTime } from './reader-dates.ts';
import { baseStyles } from '../base/shared-styles.ts';
import '../base/copy-button.ts';

/**
 * The plan (or plans) set for today, with the opening and exit lines ready to copy.
 * Shows nothing on a day with no plan.
 *
 * @summary Today's plan.
 */
@localized()
@customElement('al-today-plan')
export class AlTodayPlan extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      .heading { font-size: 1.1rem; margin: var(--al-space-4) 0 var(--al-space-2); }
      .plan { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-left: 4px solid var(--al-color-primary); border-radius: var(--al-radius-small); padding: var(--al-space-3); margin-bottom: var(--al-space-2); }
      .title { font-weight: 700; margin-bottom: var(--al-space-1); }
      .meta { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .line { margin: var(--al-space-2) 0 0; }
      .kind { display: block; font-size: var(--al-font-size-small); font-weight: 700; color: var(--al-color-text-muted); }
    `,
  ];

  /** Where plans are kept. */
  @property({ attribute: false }) repo: RecordStore<ConversationPlan> = plansRepo;
  /** Level of the heading. */
  @property({ type: Number }) headingLevel: 2 | 3 = 2;

  /** Today's plans; none is the right answer when plans can't be read. */
  private readonly plans = new Task(this, {
    task: async ([repo]): Promise<ConversationPlan[]> => plansDueOn(await repo.list().catch(() => []), Date.now()),
    args: () => [this.repo] as const,
  });

  private line(kind: string, copyLabel: string, text: string) {
    return text
      ? html`<div class="line"><span class="kind">${kind}</span><p>${text}</p><al-copy-button .text=${text} label=${copyLabel}></al-copy-button></div>`
      : nothing;
  }

  override render() {
    const plans = this.plans.value ?? [];
    if (!plans.length) return nothing;
    const tag = unsafeStatic(`h${this.headingLevel}`);
    return html`<section aria-labelledby="today-heading">
      ${staticHtml`<${tag} class="heading" id="today-heading">${msg('Today’s plan')}</${tag}>`}
      ${plans.map(
        (p) => html`<div class="plan">
          <p class="title">${planWordsIn(interfaceLanguage()).planTitle(p)}</p>
          <p class="meta">${msg(str`At ${readerTime(p.scheduledAt!)}`)}${p.goal ? ` · ${msg(str`Goal: ${p.goal}`)}` : ''}</p>
          ${this.line(msg('Opening line'), msg('Copy opening line'), p.opening)}
          ${this.line(msg('Exit line'), msg('Copy exit line'), p.exitLine)}
        </div>`,
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-today-plan': AlTodayPlan;
  }
}
