import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { problemText } from '../base/problem.ts';

/**
 * The passcode form behind the course's lock screen and the extension's unlock panel: one
 * submit, so both ask, wait, and explain a wrong passcode the same way. The host renders
 * `problem` (in a `role="alert"`) and `busy`, and binds `submit` to its form.
 */
export class PasscodeForm {
  /** What went wrong, in a kind sentence; empty when nothing did. */
  problem = '';
  /** True while the passcode is being checked (key derivation takes a moment). */
  busy = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly input: () => HTMLInputElement,
    private readonly unlock: () => (passcode: string) => Promise<void>,
  ) {}

  /** Checks the passcode; fires `al-unlocked` on the host when it opened the lock. */
  readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const input = this.input();
    const passcode = input.value;
    if (!passcode) {
      this.show(msg('Please type your passcode.'), false);
      input.focus();
      return;
    }
    this.show('', true);
    try {
      await this.unlock()(passcode);
      input.value = '';
      this.host.dispatchEvent(new Event('al-unlocked', { bubbles: true, composed: true }));
    } catch (error) {
      this.show(problemText(error), true);
      await this.host.updateComplete;
      input.select();
    } finally {
      this.show(this.problem, false);
    }
  };

  private show(problem: string, busy: boolean): void {
    this.problem = problem;
    this.busy = busy;
    this.host.requestUpdate();
  }
}
