import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { crisisPlanRepo } from '../../data/crisis/crisis-plan-repo.ts';
import { StorageError } from '../../data/errors.ts';
import { onLockChange } from '../../data/trust/lock.ts';
import { CRISIS_PLAN_FIELDS, type CrisisPlan } from '../../domain/crisis/crisis-plan.ts';
import { baseStyles } from '../base/shared-styles.ts';
import '../trust/unlock-panel.ts';

type PlanState = { kind: 'loading' } | { kind: 'none' } | { kind: 'locked' } | { kind: 'shown'; plan: CrisisPlan };

/**
 * The family crisis plan the person wrote, on the help page: what they chose, in a calm
 * time, to do now. Behind the passcode when the app lock is on: then a note says so, an
 * unlock panel opens it, and the crisis lines around it work without it. Shows nothing when
 * no plan was written.
 *
 * @summary The person's own crisis plan, on the help page.
 */
@customElement('al-help-crisis-plan')
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

  @state() private plan: PlanState = { kind: 'loading' };

  private stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // Locking tells listeners while the key is still held (so screens clear first): hide the
    // plan at once rather than read it again, or it would stay on screen behind the lock.
    this.stopListening = onLockChange((state) => {
      if (state === 'locked') this.plan = this.plan.kind === 'none' ? this.plan : { kind: 'locked' };
      else void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  private async load(): Promise<void> {
    try {
      const plan = await crisisPlanRepo.get();
      const written = plan && (CRISIS_PLAN_FIELDS.some((f) => plan.fields[f.id]?.trim()) || plan.theirWishes.trim());
      this.plan = written ? { kind: 'shown', plan } : { kind: 'none' };
    } catch (error) {
      // Help must never wait on storage: anything but the lock just hides the plan.
      this.plan = error instanceof StorageError && error.kind === 'locked' ? { kind: 'locked' } : { kind: 'none' };
    }
  }

  override updated(): void {
    this.hidden = this.plan.kind === 'none' || this.plan.kind === 'loading';
  }

  override render() {
    if (this.plan.kind === 'locked') {
      return html`<section aria-labelledby="plan-title">
        <h2 id="plan-title">Our crisis plan</h2>
        <p class="locked-note">Your crisis plan is locked behind your passcode. The lines and steps on this page work without it.</p>
        <al-unlock-panel headingLevel="3" heading="Unlock to see your plan" intro="Your crisis plan is stored encrypted." @al-unlocked=${() => void this.load()}></al-unlock-panel>
      </section>`;
    }
    if (this.plan.kind !== 'shown') return nothing;
    const { plan } = this.plan;
    const filled = CRISIS_PLAN_FIELDS.filter((f) => plan.fields[f.id]?.trim());
    return html`<section aria-labelledby="plan-title">
      <h2 id="plan-title">Our crisis plan</h2>
      <p>What you wrote in a calm time, for a moment like this.</p>
      <dl>
        ${filled.map((f) => html`<dt>${f.label}</dt><dd>${plan.fields[f.id]}</dd>`)}
        ${plan.theirWishes.trim() ? html`<dt>Their own wishes</dt><dd>${plan.theirWishes}</dd>` : nothing}
      </dl>
      <p><a href="/crisis-plan">Edit our crisis plan</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-crisis-plan': AlHelpCrisisPlan;
  }
}
