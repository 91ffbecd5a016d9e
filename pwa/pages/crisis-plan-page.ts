import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { CRISIS_PLAN_FIELDS, type CrisisPlan } from '../../shared/domain/crisis-plan.ts';
import { crisisPlanRepo } from '../../shared/data/crisis-plan-repo.ts';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import { pageStyles } from './page-styles.ts';
import '../../shared/ui/features/autosave-field.ts';
import '../../shared/ui/features/crisis-help.ts';

/**
 * The family crisis plan: made in a calm time, with the person where they are willing,
 * kept in the app and printable. Saved as it is typed.
 *
 * @summary Crisis plan screen.
 */
@customElement('al-crisis-plan-page')
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
      .print-only { display: none; }
      @media print {
        .actions, .screen-only, al-autosave-field { display: none !important; }
        .print-only { display: block; }
        .print-only dt { font-weight: 700; margin-top: 0.8em; }
        .print-only dd { margin: 0.2em 0 0; white-space: pre-line; min-height: 1.5em; border-bottom: 1px solid #999; }
        section { max-width: none; margin-top: 1em; break-inside: avoid; }
        :host { color: #000; }
      }
    `,
  ];

  @state() private plan: CrisisPlan | undefined;
  @state() private loaded = false;
  @state() private problem = '';

  override connectedCallback(): void {
    super.connectedCallback();
    crisisPlanRepo.get().then(
      (p) => {
        this.plan = p;
        this.loaded = true;
      },
      (e: Error) => {
        this.problem = e.message;
        this.loaded = true;
      },
    );
  }

  private async handleDeclined(event: Event): Promise<void> {
    const theyDeclined = (event.target as HTMLInputElement).checked;
    try {
      this.plan = await crisisPlanRepo.update({ theyDeclined });
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  private save(id: string) {
    return async (text: string) => {
      this.plan = await crisisPlanRepo.update({ fields: { [id]: text } });
    };
  }

  override render() {
    const p = this.plan;
    return html`
      <h1>Our family crisis plan</h1>
      <p class="lead">A plan made in a calm time makes a hard day less frightening. Make it with the person you support if they are willing. Keep it somewhere you can find it, and print a copy for the fridge.</p>
      <section class="screen-only" aria-label="If it is an emergency">
        <al-crisis-help compact></al-crisis-help>
      </section>
      <div class="actions">
        <button class="btn" type="button" @click=${() => window.print()}>Print the plan</button>
        <a class="btn quiet" href="/course/week/6">Back to week 6</a>
      </div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      ${!this.loaded
        ? html`<p>Opening your plan…</p>`
        : html`
            <section aria-labelledby="ours">
              <h2 id="ours">What we agreed</h2>
              ${CRISIS_PLAN_FIELDS.map(
                (f) => html`<al-autosave-field rows="3" label=${f.label} hint=${f.hint} .value=${p?.fields[f.id] ?? ''} .save=${this.save(f.id)}></al-autosave-field>`,
              )}
            </section>
            <section class="theirs" aria-labelledby="theirs">
              <h2 id="theirs">Their own wishes</h2>
              <p>This part belongs to the person you support. They may write it, tell you what to write, or choose to leave it. All of those are fine.</p>
              <al-autosave-field rows="4" label="In a crisis, I would like…" hint="In their words: who they want with them, what they want people to do or not do." .value=${p?.theirWishes ?? ''}
                .save=${async (text: string) => (this.plan = await crisisPlanRepo.update({ theirWishes: text }))}></al-autosave-field>
              <label class="check"><input type="checkbox" .checked=${p?.theyDeclined ?? false} @change=${this.handleDeclined} />They chose not to write this part, and that is respected</label>
            </section>
            <dl class="print-only">
              ${CRISIS_PLAN_FIELDS.map((f) => html`<dt>${f.label}</dt><dd>${p?.fields[f.id] ?? ''}</dd>`)}
              <dt>Their own wishes</dt><dd>${p?.theyDeclined ? 'They chose not to write this part.' : (p?.theirWishes ?? '')}</dd>
              <dt>In an emergency</dt><dd>Call your local emergency number.</dd>
            </dl>
          `}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-crisis-plan-page': AlCrisisPlanPage;
  }
}
