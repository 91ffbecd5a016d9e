import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { planTemplate, templateFields, type PlanTemplate } from '../../../shared/content/plan-templates.ts';
import { emptyPlan, type PlanDraft } from '../../../shared/domain/toolkit/conversation-plan.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import type { AlPlanDoneEvent, AlPlanSavedEvent } from '../../../shared/ui/toolkit/toolkit-events.ts';
import { navigate } from '../../navigation.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/toolkit/plan-editor.ts';
import '../../../shared/ui/toolkit/plan-view.ts';

/**
 * One conversation plan (`/plans/:id`), or a new one (`/plans/new`, or
 * `/plans/new?template=<id>` to start from a template's words).
 *
 * @summary Plan screen.
 */
@customElement('al-plan-page')
@localized()
export class AlPlanPage extends LitElement {
  static override styles = [baseStyles, pageStyles];

  /** The route's named parts: `id` is a plan id, or `new`. */
  @property({ attribute: false }) params: Record<string, string> = {};

  /** The template a new plan starts from, and its words for the reader's situation once read. */
  /** The address's query: `template` names the template a new plan starts from. */
  @property({ attribute: false }) query = new URLSearchParams();

  @state() private template: PlanTemplate | undefined;
  @state() private startFrom: PlanDraft | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('query')) return;
    const template = planTemplate(this.query.get('template'));
    this.template = template;
    this.startFrom = undefined;
    if (!template) return;
    void settingsRepo.get('profile', null).catch(() => null).then((profile) => {
      // A later query (another template) has taken over: its own read fills the form.
      if (this.template === template) this.startFrom = { ...emptyPlan(), ...templateFields(template, profile?.situation) };
    });
  }

  private handleSaved(event: AlPlanSavedEvent): void {
    if (!event.detail.created) return;
    // "/plans/new" becomes the plan's own address, so Back doesn't lead to an empty form.
    const path = `/plans/${encodeURIComponent(event.detail.plan.id)}`;
    history.replaceState(null, '', path);
    navigate(path);
  }

  private handleDone(event: AlPlanDoneEvent): void {
    navigate(event.detail.reason === 'deleted' || !event.detail.planId ? '/plans' : `/plans/${encodeURIComponent(event.detail.planId)}`);
  }

  override render() {
    const id = this.params['id'] ?? '';
    if (id === 'new') {
      const t = this.template;
      return html`
        <h1>${msg('Plan a conversation')}</h1>
        ${t
          ? html`<p class="lead">${msg(str`Started from “${t.title}”. The words in each part are ideas to start from: change anything into your own words, and skip what does not fit. Everything stays on this device.`)}</p>`
          : html`<p class="lead">${msg('Fill in what helps and skip the rest. Only “What it is about” is needed. Everything stays on this device.')}</p>`}
        <div class="measure">
          ${t && !this.startFrom
            ? html`<p>${msg('Loading the template…')}</p>`
            : html`<al-plan-editor .startFrom=${this.startFrom} @al-plan-saved=${this.handleSaved} @al-plan-done=${this.handleDone}></al-plan-editor>`}
        </div>
      `;
    }
    const href = `/plans/${encodeURIComponent(id)}`;
    return html`<div class="measure">
      <al-plan-view planId=${id} rehearseHref=${`${href}/rehearse`} listHref="/plans" journalHref="/journal"
        @al-plan-done=${this.handleDone}></al-plan-view>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plan-page': AlPlanPage;
  }
}
