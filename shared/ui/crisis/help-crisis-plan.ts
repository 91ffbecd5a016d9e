import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import { crisisPlanRepo } from '../../data/crisis/crisis-plan-repo.ts';
import { StorageError } from '../../data/errors.ts';
import { onLockChange } from '../../data/trust/lock.ts';
import { CRISIS_PLAN_FIELDS, type CrisisPlan } from '../../domain/crisis/crisis-plan.ts';
import { crisisPlanWords } from '../../content/crisis/crisis-plan-words-es.ts';
import { baseStyles } from '../base/shared-styles.ts';
import '../trust/unlock-panel.ts';

type PlanState = { kind: 'none' } | { kind: 'locked' } | { kind: 'shown'; plan: CrisisPlan };

/**
 * The family crisis plan the person wrote, on the help page: what they chose, in a calm
 * time, to do now. Behind the passcode when the app lock is on: then a note says so, an
 * unlock panel opens it, and the crisis lines around it work without it. Shows nothing when
 * no plan was written.
 *
 * @summary The person's own crisis plan, on the help page.
 */
@customElement('al-help-crisis-plan')
@localized()
export class AlHelpCrisisPlan extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      section { border: 2px solid var(--al-color-border); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-surface); }
      h2 { font-size: var(--al-font-size-h2); }
      dl { margin: 0 0 var(--al-space-3); }
      dt { font-weight: 700; margin-top: var(--al-space-3); }
      dd { margin: var(--al-space-1) 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
      .locked-note { font-weight: 600; }
      al-unlock-panel { margin-top: var(--al-space-3); }
    `,
  ];

  /** The app locked after the plan was read: it is hidden at once, without a read, until the lock opens. */
  @state() private lockedSinceRead = false;

  private stopListening: (() => void) | undefined;

  /** The plan as read: written, none, or behind the lock. Read again when the lock opens. */
  private readonly read = new Task(this, {
    task: async (): Promise<PlanState> => {
      try {
        const plan = await crisisPlanRepo.get();
        const written = plan && (CRISIS_PLAN_FIELDS.some((f) => plan.fields[f.id]?.trim()) || plan.theirWishes.trim());
        return written ? { kind: 'shown', plan } : { kind: 'none' };
      } catch (error) {
        // Help must never wait on storage: anything but the lock just hides the plan.
        return error instanceof StorageError && error.kind === 'locked' ? { kind: 'locked' } : { kind: 'none' };
      }
    },
    args: () => [],
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Locking tells listeners while the key is still held (so screens clear first): hide the
    // plan at once rather than read it again, or it would stay on screen behind the lock.
    this.stopListening = onLockChange((state) => {
      this.lockedSinceRead = state === 'locked';
      if (state !== 'locked') void this.read.run();
    });
  }

  /** What to show; undefined while the first read runs. */
  private get plan(): PlanState | undefined {
    const read = this.read.value;
    return this.lockedSinceRead && read?.kind !== 'none' ? { kind: 'locked' } : read;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  override updated(): void {
    this.hidden = this.plan === undefined || this.plan.kind === 'none';
  }

  override render() {
    const shown = this.plan;
    if (shown?.kind === 'locked') {
      return html`<section aria-labelledby="plan-title">
        <h2 id="plan-title">${msg('Our crisis plan')}</h2>
        <p class="locked-note">${msg('Your crisis plan is locked behind your passcode. The lines and steps on this page work without it.')}</p>
        <al-unlock-panel
          headingLevel="3"
          heading=${msg('Unlock to see your plan')}
          intro=${msg('Your crisis plan is stored encrypted.')}
          @al-unlocked=${() => void this.read.run()}></al-unlock-panel>
      </section>`;
    }
    if (shown?.kind !== 'shown') return nothing;
    const { plan } = shown;
    const filled = CRISIS_PLAN_FIELDS.filter((f) => plan.fields[f.id]?.trim());
    const words = crisisPlanWords();
    return html`<section aria-labelledby="plan-title">
      <h2 id="plan-title">${msg('Our crisis plan')}</h2>
      <p>${msg('What you wrote in a calm time, for a moment like this.')}</p>
      <dl>
        ${filled.map((f) => html`<dt>${words[f.id].label}</dt><dd>${plan.fields[f.id]}</dd>`)}
        ${plan.theirWishes.trim() ? html`<dt>${msg('Their own wishes')}</dt><dd>${plan.theirWishes}</dd>` : nothing}
      </dl>
      <p><a href="/crisis-plan">${msg('Edit our crisis plan')}</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-crisis-plan': AlHelpCrisisPlan;
  }
}
