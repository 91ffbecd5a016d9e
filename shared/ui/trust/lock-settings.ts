import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { changePasscode, disableLock, enableLock, loadLockState, lock, onLockChange, passcodeProblem, PASSCODE_MIN_LENGTH, type LockState } from '../../data/trust/lock.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { DEFAULT_LOCK_IDLE_MINUTES, LOCK_IDLE_CHOICES } from '../../domain/settings.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { trustStyles } from './trust-styles.ts';
import { LOCK_IDLE_CHANGE } from './lock-screen.ts';
import { lockStaysClear } from './lock-stays-clear.ts';
import { fieldProblemText, problemText } from '../base/problem.ts';
import { problemBox } from '../base/stored-view.ts';
import { counted } from '../../content/locale.ts';
import '../base/card.ts';

/** "5 minutes", in the interface's language. */
const minutes = (n: number) => counted(n, { one: msg('minute'), other: msg('minutes') });

/**
 * Turning the app lock on and off, changing the passcode, and how soon it locks. Says
 * plainly, before anything else, that a forgotten passcode cannot be recovered.
 *
 * @summary App lock settings.
 */
@localized()
@customElement('al-lock-settings')
export class AlLockSettings extends LitElement {
  static override styles = [
    baseStyles,
    trustStyles,
    css`
      :host { display: block; }
      al-card { margin-bottom: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
    `,
  ];

  /** The lock's state since it last changed here or in another tab; before that, as read. */
  @state() private changedTo: LockState | undefined;
  /** How soon the lock closes, as chosen here; before that, as read. */
  @state() private chosenIdle: number | undefined;
  @state() private problem: { form: string; message: string } | undefined;
  @state() private status = '';
  @state() private busy = '';

  private stop: (() => void) | undefined;

  /** The lock's state and how soon it closes, read when the settings open; what can't be read keeps its default. */
  private readonly stored = new Task(this, {
    task: async () => {
      const [lockNow, idle] = await Promise.all([
        loadLockState().catch((): LockState => 'unknown'),
        settingsRepo.get('lockIdleMinutes', DEFAULT_LOCK_IDLE_MINUTES).catch(() => DEFAULT_LOCK_IDLE_MINUTES),
      ]);
      return { lockNow, idle };
    },
    args: () => [],
  });

  private get lockNow(): LockState {
    return this.changedTo ?? this.stored.value?.lockNow ?? 'unknown';
  }

  private get idle(): number {
    return this.chosenIdle ?? this.stored.value?.idle ?? DEFAULT_LOCK_IDLE_MINUTES;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = onLockChange((s) => void (this.changedTo = s));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  private value(form: HTMLFormElement, name: string): string {
    return (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  }

  /** Runs a lock change from a form; a problem is shown in that form and its first field is focused. */
  private async run(event: Event, form: string, working: string, work: (f: HTMLFormElement) => Promise<string | void>): Promise<void> {
    event.preventDefault();
    const f = event.target as HTMLFormElement;
    this.problem = undefined;
    this.status = '';
    this.busy = working;
    try {
      const done = await work(f);
      if (typeof done === 'string' && done) {
        this.status = done;
        f.reset();
      }
    } catch (error) {
      this.problem = { form, message: problemText(error) };
      await this.updateComplete;
      f.querySelector<HTMLInputElement>('input[aria-invalid="true"], input')?.focus();
    } finally {
      this.busy = '';
    }
  }

  private check(passcode: string, again: string): void {
    const problem = passcodeProblem(passcode, again);
    if (problem) throw new Error(fieldProblemText(problem));
  }

  private readonly handleTurnOn = (e: Event) =>
    this.run(e, 'on', msg('Locking your writing…'), async (f) => {
      this.check(this.value(f, 'passcode'), this.value(f, 'again'));
      if (!(f.elements.namedItem('understand') as HTMLInputElement).checked) throw new Error(msg('Please tick the box to say you understand that a lost passcode cannot be recovered.'));
      await enableLock(this.value(f, 'passcode'));
      return msg(str`The lock is on. Alongside will ask for your passcode after ${minutes(this.idle)} without use, and each time it opens.`);
    });

  private readonly handleChange = (e: Event) =>
    this.run(e, 'change', msg('Changing your passcode…'), async (f) => {
      this.check(this.value(f, 'next'), this.value(f, 'again'));
      await changePasscode(this.value(f, 'current'), this.value(f, 'next'));
      return msg('Your passcode is changed. Use the new one from now on.');
    });

  private readonly handleTurnOff = (e: Event) =>
    this.run(e, 'off', msg('Unlocking your writing…'), async (f) => {
      await disableLock(this.value(f, 'current'));
      return msg('The lock is off. Your writing is stored on this device without a passcode.');
    });

  private async handleIdle(event: Event): Promise<void> {
    this.chosenIdle = Number((event.target as HTMLSelectElement).value);
    try {
      await settingsRepo.set('lockIdleMinutes', this.idle);
      window.dispatchEvent(new Event(LOCK_IDLE_CHANGE));
      this.status = msg(str`Alongside will lock after ${minutes(this.idle)} without use.`);
    } catch (error) {
      this.status = problemText(error);
    }
  }

  private renderProblem(form: string) {
    return problemBox(this.problem?.form === form ? this.problem.message : '', { id: `${form}-problem` });
  }

  private passField(form: string, name: string, label: string, autocomplete: string, hint = '') {
    const invalid = this.problem?.form === form;
    return html`<div class="field">
      <label for="${form}-${name}">${label}</label>
      ${hint ? html`<span class="hint" id="${form}-${name}-hint">${hint}</span>` : nothing}
      <input id="${form}-${name}" name=${name} type="password" autocomplete=${autocomplete} aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="${hint ? `${form}-${name}-hint ` : ''}${form}-problem" />
    </div>`;
  }

  private renderOff() {
    return html`<al-card>
      <h2>${msg('Turn on the lock')}</h2>
      <div class="warning">
        <p>${msg(html`<strong>Please read this first.</strong> If you forget the passcode, nobody can get your writing back: not us, not anyone. There is no reset.`)}</p>
        <p>${msg(html`So <a href="/backup">save a backup</a> before you turn it on, and keep it somewhere safe.`)}</p>
      </div>
      <p>${msg('Alongside asks for the passcode each time it opens, and after a few minutes without use.')}</p>
      ${lockStaysClear()}
      <form @submit=${this.handleTurnOn} novalidate>
        ${this.passField('on', 'passcode', msg('Choose a passcode'), 'new-password', msg(str`At least ${PASSCODE_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`))}
        ${this.passField('on', 'again', msg('Type it again'), 'new-password')}
        <label class="check"><input type="checkbox" name="understand" /><span>${msg('I understand that if I forget my passcode, my writing cannot be recovered.')}</span></label>
        ${this.renderProblem('on')}
        <div class="actions"><button class="btn primary" type="submit" ?disabled=${Boolean(this.busy)}>${msg('Turn on the lock')}</button></div>
      </form>
    </al-card>`;
  }

  private renderOn() {
    return html`<al-card>
        <h2>${msg('The lock is on')}</h2>
        ${lockStaysClear()}
        <div class="field">
          <label for="idle">${msg('Lock after')}</label>
          <select id="idle" @change=${this.handleIdle}>
            ${LOCK_IDLE_CHOICES.map((m) => html`<option value=${m} ?selected=${m === this.idle}>${msg(str`${minutes(m)} without use`)}</option>`)}
          </select>
        </div>
        <div class="actions"><button class="btn" type="button" @click=${() => void lock()}>${msg('Lock now')}</button></div>
      </al-card>
      <al-card>
        <h2>${msg('Change your passcode')}</h2>
        <form @submit=${this.handleChange} novalidate>
          ${this.passField('change', 'current', msg('Your passcode now'), 'current-password')}
          ${this.passField('change', 'next', msg('New passcode'), 'new-password', msg(str`At least ${PASSCODE_MIN_LENGTH} characters.`))}
          ${this.passField('change', 'again', msg('Type the new passcode again'), 'new-password')}
          ${this.renderProblem('change')}
          <div class="actions"><button class="btn primary" type="submit" ?disabled=${Boolean(this.busy)}>${msg('Change passcode')}</button></div>
        </form>
      </al-card>
      <al-card>
        <h2>${msg('Turn off the lock')}</h2>
        <p>${msg('Your writing stays, stored on this device without a passcode.')}</p>
        <form @submit=${this.handleTurnOff} novalidate>
          ${this.passField('off', 'current', msg('Your passcode'), 'current-password')}
          ${this.renderProblem('off')}
          <div class="actions"><button class="btn" type="submit" ?disabled=${Boolean(this.busy)}>${msg('Turn off the lock')}</button></div>
        </form>
      </al-card>`;
  }

  override render() {
    return html`
      <p role="status" class="done">${this.busy || this.status}</p>
      ${this.lockNow === 'off' ? this.renderOff() : this.lockNow === 'unlocked' ? this.renderOn() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lock-settings': AlLockSettings;
  }
}
