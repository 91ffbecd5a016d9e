import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { link, linkState, unlink, type LinkState } from './extension-link.ts';
import '../../shared/ui/base/card.ts';

/** What the card last said about linking; put into words at render time, in the interface's language. */
type LinkNote = '' | 'linked' | 'refused' | 'no-answer' | 'confirm' | 'unlinked';

/** How often the card asks the extension whether the person has answered yet. */
const ANSWER_CHECK_MS = 1000;

/**
 * "Link with the Alongside extension": when the extension is installed in this browser,
 * the person chooses Link here, says yes once in the extension's own window, and their
 * toolkit stays the same in both.
 *
 * @summary Settings card for linking the course with the extension.
 */
@localized()
@customElement('al-link-card')
export class AlLinkCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      al-card { max-width: var(--al-measure); margin-bottom: var(--al-space-4); }
      h2 { font-size: var(--al-font-size-h2); }
    `,
  ];

  @state() private state: LinkState | 'checking' = 'checking';
  @state() private status: LinkNote = '';

  private checking: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void linkState().then((s) => this.show(s));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopChecking();
  }

  /** Shows a state; while the extension waits for the person's answer, keeps asking it. */
  private show(next: LinkState): void {
    const was = this.state;
    this.state = next;
    if (next === 'pending') {
      this.checking ??= setInterval(() => void linkState().then((s) => this.show(s)), ANSWER_CHECK_MS);
      return;
    }
    this.stopChecking();
    if (was !== 'pending') return;
    if (next === 'linked') this.status = 'linked';
    else if (next === 'unlinked') this.status = 'refused';
  }

  private stopChecking(): void {
    clearInterval(this.checking);
    this.checking = undefined;
  }

  private async handleLink(): Promise<void> {
    const answer = await link();
    if (!answer) {
      this.show(await linkState());
      this.status = 'no-answer';
      return;
    }
    this.status = answer === 'linked' ? 'linked' : answer === 'pending' ? 'confirm' : '';
    this.show(answer);
  }

  private async handleUnlink(): Promise<void> {
    await unlink();
    this.state = await linkState();
    this.status = 'unlinked';
  }

  private body() {
    switch (this.state) {
      case 'checking':
        return html`<p>${msg('Looking for the extension…')}</p>`;
      case 'absent':
        return html`<p>${msg('The Alongside extension is not installed in this browser. When it is, you can link it here.')}</p>
          <p>${msg('In Firefox, linking starts in the extension: open its options and choose “Link with the course”.')}</p>`;
      case 'unlinked':
        return html`<p>${msg('The Alongside extension is installed in this browser.')}</p>
          <button class="btn primary" type="button" @click=${this.handleLink}>${msg('Link')}</button>`;
      case 'pending':
        return html`<p>${msg(html`<strong>Confirm in the extension.</strong> A window from the Alongside extension asks whether to link with this course. Choose “Yes, link them” there.`)}</p>
          <p>${msg('Don’t see it? Ask again to bring it to the front.')}</p>
          <button class="btn" type="button" @click=${this.handleLink}>${msg('Ask again')}</button>`;
      case 'linked':
        return html`<p><strong>${msg('Linked with the Alongside extension.')}</strong></p>
          <button class="btn" type="button" @click=${this.handleUnlink}>${msg('Unlink')}</button>`;
    }
  }

  override render() {
    return html`<al-card>
      <h2>${msg('Link with the Alongside extension')}</h2>
      <p>${msg('Your boundaries, conversation plans, favourite prompts and your own prompts, the same in both. It all stays in this browser: nothing is sent anywhere.')}</p>
      ${this.body()}
      <p role="status">${noteWords(this.status)}</p>
    </al-card>`;
  }
}

function noteWords(note: LinkNote): string {
  switch (note) {
    case 'linked':
      return msg('Linked. Your toolkit is now the same here and in the extension.');
    case 'refused':
      return msg('Not linked: the extension was told no, or the question there ended. Choose Link to ask again.');
    case 'no-answer':
      return msg('The extension did not answer. Please try again.');
    case 'confirm':
      return msg('Now confirm in the extension’s window.');
    case 'unlinked':
      return msg('Unlinked. Nothing was deleted; changes stay where you make them.');
    case '':
      return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-card': AlLinkCard;
  }
}
