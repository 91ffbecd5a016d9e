import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { formatTime } from '../../shared/ui/base/format.ts';
import { formatCount } from '../../shared/content/locale.ts';
import '../popup/dev-build-note.ts';
import { answerLinkRequest, expiresAt, LINK_REQUEST_MINUTES, onLinkRequestChange, waitingLinkRequest, type LinkRequest } from './link-request.ts';

type View = { kind: 'checking' } | { kind: 'asking'; request: LinkRequest } | { kind: 'linked' } | { kind: 'declined' } | { kind: 'none'; ranOut: boolean };

/**
 * "Link with the course?": opened by the background when the course asks to link. It names
 * the course's address and what linking does; only a yes here links. No forgets the
 * request, and so does waiting too long.
 *
 * @summary Link confirmation page.
 */
@customElement('al-link-confirm')
@localized()
export class AlLinkConfirm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: 30rem; margin: 0 auto; padding: var(--al-space-4) var(--al-space-4) var(--al-space-5); }
      header { display: flex; align-items: center; gap: var(--al-space-2); margin-bottom: var(--al-space-3); }
      header img { width: 32px; height: 32px; border-radius: 8px; }
      h1 { font-size: var(--al-font-size-h1); margin: 0; }
      h1:focus { outline: none; }
      h2 { font-size: 1.1rem; margin: var(--al-space-4) 0 var(--al-space-2); }
      .origin { font-weight: 700; overflow-wrap: anywhere; }
      .answers { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin-top: var(--al-space-4); }
      .small { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      al-dev-build-note { margin-top: var(--al-space-4); }
    `,
  ];

  @state() private view: View = { kind: 'checking' };
  @query('h1') private heading!: HTMLElement;
  private stop: (() => void) | undefined;
  /** While the answer is saved: its own clearing of the request must not replace what it says. */
  private answering = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // The course asked again (this window is brought back for it), or the question went elsewhere.
    this.stop = onLinkRequestChange(() => {
      if (!this.answering) void this.follow();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  private async load(): Promise<void> {
    const request = await waitingLinkRequest();
    this.view = request ? { kind: 'asking', request } : { kind: 'none', ranOut: false };
  }

  /** A new request shows here whatever was shown; one gone away ends the question only while it is asked. */
  private async follow(): Promise<void> {
    const request = await waitingLinkRequest();
    if (request) this.view = { kind: 'asking', request };
    else if (this.view.kind === 'asking' && !this.answering) this.view = { kind: 'none', ranOut: false };
  }

  private async answer(yes: boolean): Promise<void> {
    this.answering = true;
    const outcome = await answerLinkRequest(yes).finally(() => (this.answering = false));
    this.view = outcome === 'linked' ? { kind: 'linked' } : outcome === 'declined' ? { kind: 'declined' } : { kind: 'none', ranOut: true };
    // The buttons are gone: put the reader at the start of what happened.
    await this.updateComplete;
    this.heading.focus();
  }

  private body() {
    const view = this.view;
    switch (view.kind) {
      case 'checking':
        return html`<p>${msg('Checking…')}</p>`;
      case 'asking':
        return html`
          <p>${msg(html`The Alongside course at <span class="origin">${view.request.origin}</span> asks to link with this extension.`)}</p>
          <p>${msg('If you just chose “Link” in the course’s settings, choose Yes. If you didn’t, choose No, and nothing is linked.')}</p>
          <h2>${msg('What linking does')}</h2>
          <ul>
            <li>${msg('Your boundaries, conversation plans, favourite prompts and your own prompts stay the same in the course and here.')}</li>
            <li>${msg('When you choose “Delete all my data” in the course, it deletes what the extension keeps too.')}</li>
            <li>${msg('It all stays in this browser. Nothing is sent anywhere.')}</li>
            <li>${msg('You can unlink at any time, here or in the course.')}</li>
          </ul>
          <div class="answers">
            <button class="btn primary" type="button" @click=${() => void this.answer(true)}>${msg('Yes, link them')}</button>
            <button class="btn" type="button" @click=${() => void this.answer(false)}>${msg('No, don’t link')}</button>
          </div>
          <p class="small">${msg(str`This question waits ${formatCount(LINK_REQUEST_MINUTES)} minutes, until ${formatTime(expiresAt(view.request))}.`)}</p>
        `;
      case 'linked':
      case 'declined':
        return html`<button class="btn" type="button" @click=${() => window.close()}>${msg('Close')}</button>`;
      case 'none':
        return html`${view.ranOut ? '' : html`<p>${msg('No request to link is waiting.')}</p>`}
          <p>${msg('To link, open the Alongside course in this browser, go to its Settings, and choose “Link” under “Link with the Alongside extension”.')}</p>`;
    }
  }

  /** What the answer did, said once (a live region). */
  private outcome(): string {
    const view = this.view;
    if (view.kind === 'linked') return msg('Linked. Your toolkit is now the same in the course and here. You can close this window.');
    if (view.kind === 'declined') return msg('Not linked. Nothing was shared. You can close this window.');
    if (view.kind === 'none' && view.ranOut) return msg(str`This question waited ${formatCount(LINK_REQUEST_MINUTES)} minutes and has ended, so nothing was linked.`);
    return '';
  }

  override render() {
    return html`
      <main>
        <header><img src="/icons/icon-48.png" alt="" width="32" height="32" /><h1 tabindex="-1">${msg('Link with the course?')}</h1></header>
        <p role="status">${this.outcome()}</p>
        ${this.body()}
        <al-dev-build-note></al-dev-build-note>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-confirm': AlLinkConfirm;
  }
}
