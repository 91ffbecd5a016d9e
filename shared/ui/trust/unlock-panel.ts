import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { unlock } from '../../data/trust/lock.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { PasscodeForm } from './passcode-form.ts';
import { trustStyles } from './trust-styles.ts';
import { problemBox } from '../base/stored-view.ts';

/**
 * The lock screen's compact sibling, for places where only part of the screen holds the
 * person's words (the extension's popup, plan page and options): a panel in the page, not a
 * modal, so what needs no words (crisis help, the 60-second prep) stays usable beside it.
 * The key it opens lives only in this page's memory.
 *
 * @summary Unlock panel.
 * @fires al-unlocked - When the passcode opened the lock.
 */
@localized()
@customElement('al-unlock-panel')
export class AlUnlockPanel extends LitElement {
  static override styles = [
    baseStyles,
    trustStyles,
    css`
      :host { display: block; }
      section { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-3) var(--al-space-4); background: var(--al-color-surface); }
      h1, h2, h3 { font-size: 1.15rem; }
      :host([headinglevel='1']) h1 { font-size: var(--al-font-size-h1); }
      .field input { max-width: none; }
      .actions { margin-top: 0; }
      .actions .btn.primary { flex: 1 1 auto; }
      details { margin-top: var(--al-space-3); border-top: 1px solid var(--al-color-border-soft); padding-top: var(--al-space-2); font-size: var(--al-font-size-small); }
      summary { cursor: pointer; font-weight: 600; min-height: var(--al-touch); display: flex; align-items: center; color: var(--al-color-primary); }
    `,
  ];

  @query('input') private input!: HTMLInputElement;

  private readonly form = new PasscodeForm(this, () => this.input, () => this.unlock);

  /** The heading; "Your words are locked" in the interface's language when not given. */
  @property() heading = '';
  /** What is locked, in a sentence, before the request for the passcode. */
  @property() intro = '';
  /** Level of the heading. */
  @property({ type: Number, reflect: true }) headingLevel: 1 | 2 | 3 = 2;
  /** Puts the cursor in the passcode field when shown. */
  @property({ type: Boolean }) focusOnShow = false;
  /** Opens the lock; rejects with a kind message when the passcode does not match. */
  @property({ attribute: false }) unlock: (passcode: string) => Promise<void> = unlock;

  override firstUpdated(): void {
    if (this.focusOnShow) this.input.focus();
  }

  private renderHeading() {
    const heading = this.heading || msg('Your words are locked');
    if (this.headingLevel === 1) return html`<h1 id="unlock-title">${heading}</h1>`;
    if (this.headingLevel === 3) return html`<h3 id="unlock-title">${heading}</h3>`;
    return html`<h2 id="unlock-title">${heading}</h2>`;
  }

  override render() {
    const intro = this.intro || msg('Your boundaries, plans and own words are stored encrypted.');
    return html`<section aria-labelledby="unlock-title">
      ${this.renderHeading()}
      <p>${msg(str`${intro} Unlock with your course passcode.`)}</p>
      <form @submit=${this.form.submit} novalidate>
        <div class="field">
          <label for="passcode">${msg('Course passcode')}</label>
          <input id="passcode" type="password" autocomplete="current-password" aria-describedby="problem" aria-invalid=${this.form.problem ? 'true' : 'false'} />
        </div>
        ${problemBox(this.form.problem, { id: 'problem' })}
        <div class="actions"><button class="btn primary" type="submit" ?disabled=${this.form.busy}>${this.form.busy ? msg('Opening…') : msg('Unlock')}</button></div>
      </form>
      <details>
        <summary>${msg('Forgot your passcode?')}</summary>
        <p>${msg('We are sorry: nobody can open what you wrote without it, not even the people who made Alongside. It is the passcode you chose in the course. It never leaves this device, and it cannot be reset.')}</p>
      </details>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-unlock-panel': AlUnlockPanel;
  }
}
