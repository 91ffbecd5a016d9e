import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { unlock } from '../../data/trust/lock.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { lockStaysClear } from './lock-stays-clear.ts';
import { PasscodeForm } from './passcode-form.ts';
import { trustStyles } from './trust-styles.ts';
import { problemBox } from '../base/stored-view.ts';

/** Fired on `window` when the lock's idle time changes, so the app's idle timer picks it up. */
export const LOCK_IDLE_CHANGE = 'al-lock-idle-change';

/**
 * The lock screen: a modal over everything while the app lock is closed. Nothing written
 * shows behind it. Help in a crisis stays one tap away, and the truth about a forgotten
 * passcode is told plainly.
 *
 * @summary Lock screen.
 * @fires al-unlocked - When the passcode opened the lock.
 */
@localized()
@customElement('al-lock-screen')
export class AlLockScreen extends LitElement {
  static override styles = [
    baseStyles,
    trustStyles,
    css`
      dialog {
        width: 100%; height: 100%; max-width: 100%; max-height: 100%; margin: 0; border: none; padding: var(--al-space-5) var(--al-space-4);
        background: var(--al-color-bg); color: var(--al-color-text); overflow: auto;
      }
      dialog::backdrop { background: var(--al-color-bg); }
      .inner { max-width: 26rem; margin: 8vh auto 0; }
      .brand { display: flex; align-items: center; gap: var(--al-space-2); font-weight: 700; font-size: 1.2rem; margin-bottom: var(--al-space-5); }
      .brand img { width: 40px; height: 40px; border-radius: 10px; }
      h1 { font-size: var(--al-font-size-h1); }
      .field input { max-width: none; }
      .actions .btn.primary { flex: 1 1 auto; }
      .help-row { margin-top: var(--al-space-5); }
      .help { display: inline-flex; align-items: center; min-height: var(--al-touch); padding: 0 var(--al-space-4); border-radius: 999px;
        background: var(--al-color-help-bg); color: var(--al-color-help-text); font-weight: 700; text-decoration: none; border: 2px solid currentColor; }
      .help:hover { text-decoration: underline; }
      details { margin-top: var(--al-space-5); border-top: 1px solid var(--al-color-border-soft); padding-top: var(--al-space-3); }
      summary { cursor: pointer; font-weight: 600; min-height: var(--al-touch); display: flex; align-items: center; color: var(--al-color-primary); }
      details p { margin-top: var(--al-space-2); }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#passcode') private input!: HTMLInputElement;

  private readonly form = new PasscodeForm(this, () => this.input, () => this.unlock);

  /** Opens the lock; rejects with a kind message when the passcode does not match. */
  @property({ attribute: false }) unlock: (passcode: string) => Promise<void> = unlock;

  override firstUpdated(): void {
    this.dialog.showModal();
    this.input.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dialog?.close();
  }

  override render() {
    // Escape does not close it: there is nothing behind it to go back to while locked.
    return html`<dialog aria-labelledby="title" aria-describedby="intro" @cancel=${(e: Event) => e.preventDefault()}>
      <div class="inner">
        <div class="brand"><img src="/icons/icon-192.png" alt="" width="40" height="40" />Alongside</div>
        <h1 id="title">${msg('Alongside is locked')}</h1>
        <p id="intro">${msg('What you wrote is kept safe on this device. Type your passcode to open it.')}</p>
        <form @submit=${this.form.submit} novalidate>
          <div class="field">
            <label for="passcode">${msg('Passcode')}</label>
            <input id="passcode" type="password" autocomplete="current-password" aria-describedby="problem" aria-invalid=${this.form.problem ? 'true' : 'false'} />
          </div>
          ${problemBox(this.form.problem, { id: 'problem' })}
          <div class="actions"><button class="btn primary" type="submit" ?disabled=${this.form.busy}>${this.form.busy ? msg('Opening…') : msg('Unlock')}</button></div>
        </form>
        <p class="help-row"><a class="help" href="/help">${msg('Need help now?')}</a></p>
        <details>
          <summary>${msg('What does the lock hide?')}</summary>
          ${lockStaysClear()}
        </details>
        <details>
          <summary>${msg('Forgot your passcode?')}</summary>
          <p>${msg('We are sorry: nobody can open what you wrote without it, not even the people who made Alongside. It never leaves this device, and it cannot be reset.')}</p>
          <p>${msg('Take your time and try again. If it is truly lost, you can delete everything on this device and start again, then bring back a backup if you saved one.')}</p>
          <p><a href="/privacy#delete">${msg('Delete everything and start again')}</a></p>
        </details>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lock-screen': AlLockScreen;
  }
}
