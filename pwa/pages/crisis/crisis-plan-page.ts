import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { crisisPlanWords } from '../../../shared/content/crisis/crisis-plan-words-es.ts';
import { CRISIS_PLAN_FIELDS, type CrisisPlan } from '../../../shared/domain/crisis/crisis-plan.ts';
import { weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { formatCount } from '../../../shared/content/locale.ts';
import { crisisPlanRepo } from '../../../shared/data/crisis/crisis-plan-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/base/autosave-field.ts';
import '../../../shared/ui/crisis/crisis-help.ts';
import '../../../shared/ui/crisis/print-help.ts';

/**
 * The family crisis plan: made in a calm time, with the person where they are willing,
 * kept in the app and printable. Saved as it is typed.
 *
 * @summary Crisis plan screen.
 */
@customElement('al-crisis-plan-page')
@localized()
export class AlCrisisPlanPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      section { max-width: var(--al-measure); margin-top: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
      .theirs { border: 2px dashed var(--al-color-border); border-radius: var(--al-radius); padding: var(--al-space-4); }
      label.check { display: flex; gap: var(--al-space-3); align-items: center; min-height: var(--al-touch); }
      label.check input { width: 1.2rem; height: 1.2rem; accent-color: var(--al-color-primary); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: var(--al-space-4) 0; }
      .status { min-height: 1.5em; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); margin: 0; }
      .status.problem { color: var(--al-color-danger); font-weight: 600; }
      .safety { border-left: 4px solid var(--al-color-accent); padding-left: var(--al-space-3); }
      .print-only { display: none; }
      @media print {
        .actions, .screen-only, al-autosave-field { display: none !important; }
        .print-only { display: block; }
        .print-only dt { font-weight: 700; margin-top: 0.8em; }
        .print-only dd { margin: 0.2em 0 0; white-space: pre-line; min-height: 1.5em; border-bottom: 1px solid #999; }
        al-print-help { margin-top: 1.5em; }
        section { max-width: none; margin-top: 1em; break-inside: avoid; }
        :host { color: #000; }
      }
    `,
  ];

  /** What happened to the "they chose not to write" tick: saving, saved, or why not. */
  @state() private choiceStatus = '';
  @state() private choiceProblem = false;
  /** Counts ticks, so only the newest one's outcome is shown. */
  private choiceSeq = 0;

  /** The plan as stored (null: nothing written yet); read again after each save, for the printed copy and the tick. */
  private readonly plan = new Task(this, { task: async () => (await crisisPlanRepo.get()) ?? null, args: () => [] });

  /** Saves a change to the plan, then reads it again. */
  private async savePlan(change: Parameters<typeof crisisPlanRepo.update>[0]): Promise<void> {
    await crisisPlanRepo.update(change);
    await this.plan.run();
  }

  /**
   * Saves the tick at once, and says so when it is stored: a choice made just before closing
   * or reloading must never look saved when it is not. The plan's saves merge changes, so the
   * tick goes in the next write, not behind every text field's.
   */
  private async handleDeclined(event: Event): Promise<void> {
    const theyDeclined = (event.target as HTMLInputElement).checked;
    const seq = ++this.choiceSeq;
    this.choiceProblem = false;
    this.choiceStatus = msg('Saving your choice…');
    try {
      await this.savePlan({ theyDeclined });
      if (seq === this.choiceSeq) this.choiceStatus = msg('Your choice is saved on this device.');
    } catch (error) {
      if (seq !== this.choiceSeq) return;
      this.choiceProblem = true;
      this.choiceStatus = msg(str`Your choice was not saved. ${problemText(error)}`);
    }
  }

  /** The field as stored now, so a field never saves over another tab's words. */
  private current(id: string) {
    return async () => (await crisisPlanRepo.get())?.fields[id] ?? '';
  }

  private save(id: string) {
    return (text: string) => this.savePlan({ fields: { [id]: text } });
  }

  private renderPlan(p: CrisisPlan | null) {
    const words = crisisPlanWords();
    return html`
      <!-- On paper, the list below stands in for both parts: the same words, with room to write. -->
      <section class="screen-only" aria-labelledby="ours">
        <h2 id="ours">${msg('What we agreed')}</h2>
        ${CRISIS_PLAN_FIELDS.map(
          (f) => html`<al-autosave-field rows="3" label=${words[f.id].label} hint=${words[f.id].hint} .value=${p?.fields[f.id] ?? ''} .save=${this.save(f.id)} .current=${this.current(f.id)}></al-autosave-field>`,
        )}
      </section>
      <section class="theirs screen-only" aria-labelledby="theirs">
        <h2 id="theirs">${msg('Their own wishes')}</h2>
        <p>${msg('This part belongs to the person you support. They may write it, tell you what to write, or choose to leave it. All of those are fine.')}</p>
        <al-autosave-field rows="4" label=${msg('In a crisis, I would like…')} hint=${msg('In their words: who they want with them, what they want people to do or not do.')} .value=${p?.theirWishes ?? ''}
          .save=${(text: string) => this.savePlan({ theirWishes: text })}
          .current=${async () => (await crisisPlanRepo.get())?.theirWishes ?? ''}></al-autosave-field>
        <label class="check"><input type="checkbox" aria-describedby="choice-status" .checked=${p?.theyDeclined ?? false} @change=${this.handleDeclined} />${msg('They chose not to write this part, and that is respected')}</label>
        <p id="choice-status" class="status ${this.choiceProblem ? 'problem' : ''}" role=${this.choiceProblem ? 'alert' : 'status'}>${this.choiceStatus}</p>
      </section>
      <dl class="print-only">
        ${CRISIS_PLAN_FIELDS.map((f) => html`<dt>${words[f.id].label}</dt><dd>${p?.fields[f.id] ?? ''}</dd>`)}
        <dt>${msg('Their own wishes')}</dt><dd>${p?.theyDeclined ? msg('They chose not to write this part.') : (p?.theirWishes ?? '')}</dd>
      </dl>
      <al-print-help class="print-only"></al-print-help>
    `;
  }

  override render() {
    return html`
      <h1>${msg('Our family crisis plan')}</h1>
      <p class="lead">${msg('A plan made in a calm time makes a hard day less frightening. Make it with the person you support if they are willing. Keep it somewhere you can find it, and print a copy for the fridge.')}</p>
      <section class="screen-only" aria-label=${msg('If it is an emergency')}>
        <al-crisis-help compact></al-crisis-help>
      </section>
      <div class="actions">
        <button class="btn" type="button" @click=${() => window.print()}>${msg('Print the plan')}</button>
        <a class="btn quiet" href="/course/week/6">${msg(str`Week ${formatCount(weekPosition(6) || 6)}: When things get hard`)}</a>
      </div>
      <p class="safety screen-only">${msg(html`If you are ever afraid of how they might react, <a href="/safety-plan">make a private safety plan too</a>. It is only for you, kept on this device.`)}</p>
      ${renderStored(this.plan, { loading: msg('Opening your plan…'), complete: (p) => this.renderPlan(p) })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-crisis-plan-page': AlCrisisPlanPage;
  }
}
