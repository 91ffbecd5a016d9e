import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import { safetyPlanWords } from '../../../shared/content/crisis/safety-plan-words-es.ts';
import { SAFETY_PLAN_FIELDS, type SafetyPlan } from '../../../shared/domain/crisis/safety-plan.ts';
import { safetyPlanRepo } from '../../../shared/data/crisis/safety-plan-repo.ts';
import { lockState } from '../../../shared/data/trust/lock.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';
import { printablePlanStyles } from '../toolkit/printable-plan-styles.ts';
import '../../../shared/ui/base/autosave-field.ts';
import '../../../shared/ui/crisis/safety-lines.ts';

/** Where "Leave this page quickly" goes: a plain page of the course that says nothing about safety. */
const NEUTRAL_PAGE = '/course';

/**
 * The private safety plan, for a reader who is afraid of how someone at home may react:
 * safe places, people to call, a code word, documents, a bag. Saved as it is typed,
 * sealed under the app lock, printable, with the emergency number and the
 * domestic-violence line in view. What it asks is checked in `shared/domain/crisis/safety-plan.ts`.
 *
 * Someone afraid at home may share this device: the page says what the app lock does, offers
 * a paper copy, and has "Leave this page quickly", which is honest about what it does not do
 * (it helps with someone looking over a shoulder, not with browser history or a monitored
 * device: the Safety Net Project's "Exit from this website quickly", as summarised at
 * https://uxpatternsguide.com/sources/techsafety-exit-from-this-website-quickly/, and
 * "cover your tracks" advice such as https://www.nadasa.co.uk/cover-your-tracks/, checked
 * 2026-12-05).
 *
 * @summary Safety plan screen.
 */
@customElement('al-safety-plan-page')
@localized()
export class AlSafetyPlanPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    printablePlanStyles,
    css`
      .top { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: var(--al-space-3); }
      .top h1 { margin-right: auto; }
      .leave { border-color: var(--al-color-help-text); color: var(--al-color-help-text); background: var(--al-color-help-bg); }
      .private { border: 2px dashed var(--al-color-border); border-radius: var(--al-radius); padding: var(--al-space-4); }
      @media print {
        .leave { display: none !important; }
      }
    `,
  ];

  /** The plan as stored (null: nothing written yet); read again after each save, for the printed copy. */
  private readonly plan = new Task(this, { task: async () => (await safetyPlanRepo.get()) ?? null, args: () => [] });

  /** The field as stored now, so a field never saves over another tab's words. */
  private current(id: string) {
    return async () => (await safetyPlanRepo.get())?.fields[id] ?? '';
  }

  private save(id: string) {
    return async (text: string) => {
      await safetyPlanRepo.update({ fields: { [id]: text } });
      await this.plan.run();
    };
  }

  /** A full page load, not a route change: the Back button no longer shows this page, and a lock that is on closes. */
  private handleLeave(): void {
    location.replace(NEUTRAL_PAGE);
  }

  private renderPlan(p: SafetyPlan | null) {
    const words = safetyPlanWords().fields;
    return html`
      <section aria-labelledby="mine">
        <h2 id="mine">${msg('My plan')}</h2>
        ${SAFETY_PLAN_FIELDS.map(
          (f) => html`<al-autosave-field rows="3" label=${words[f.id].label} hint=${words[f.id].hint} .value=${p?.fields[f.id] ?? ''} .save=${this.save(f.id)} .current=${this.current(f.id)}></al-autosave-field>`,
        )}
      </section>
      <dl class="print-only">${SAFETY_PLAN_FIELDS.map((f) => html`<dt>${words[f.id].label}</dt><dd>${p?.fields[f.id] ?? ''}</dd>`)}</dl>
    `;
  }

  override render() {
    const lockOn = lockState() === 'unlocked' || lockState() === 'locked';
    return html`
      <div class="top">
        <h1>${msg('My safety plan')}</h1>
        <button class="btn leave" type="button" @click=${this.handleLeave}>${msg('Leave this page quickly')}</button>
      </div>
      <p class="lead">${msg('If you are ever afraid of how someone at home might react, a plan made in a calm moment helps you act quickly when it matters. Write as much or as little as you like. It is saved as you type, only on this device.')}</p>
      <section aria-label=${msg('If you are in danger')}>
        <al-safety-lines helpHref="/help"></al-safety-lines>
      </section>
      <section class="private screen-only" aria-labelledby="private">
        <h2 id="private">${msg('Keeping this private')}</h2>
        <p>
          ${lockOn
            ? msg(html`The <a href="/settings/lock">app lock</a> is on: this plan is stored scrambled, and hidden until your passcode is typed.`)
            : msg(html`If someone else can use this device, turn on the <a href="/settings/lock">app lock</a>. With it on, this plan is stored scrambled, and hidden until your passcode is typed.`)}
        </p>
        <p>${msg('A paper copy kept somewhere safe, or with someone you trust, is another choice. Keep it where it will not be found.')}</p>
        <p>${msg('“Leave this page quickly” opens the list of weeks instead, takes this page out of the Back button, and locks Alongside if the lock is on. It does not clear your browser’s history.')}</p>
      </section>
      <div class="actions">
        <button class="btn" type="button" @click=${() => window.print()}>${msg('Print the plan')}</button>
      </div>
      ${renderStored(this.plan, { loading: msg('Opening your plan…'), complete: (p) => this.renderPlan(p) })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-safety-plan-page': AlSafetyPlanPage;
  }
}
