import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import { link, linkState, unlink, type LinkState } from './extension-link.ts';
import '../../shared/ui/base/button.ts';
import '../../shared/ui/base/card.ts';

/**
 * "Link with the Alongside extension": when the extension is installed in this browser,
 * the person can say yes once, and their toolkit stays the same in both.
 *
 * @summary Settings card for linking the course with the extension.
 */
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
  @state() private status = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void linkState().then((s) => (this.state = s));
  }

  private async handleLink(): Promise<void> {
    const ok = await link();
    this.state = ok ? 'linked' : await linkState();
    this.status = ok ? 'Linked. Your toolkit is now the same here and in the extension.' : 'The extension did not answer. Please try again.';
  }

  private async handleUnlink(): Promise<void> {
    await unlink();
    this.state = await linkState();
    this.status = 'Unlinked. Nothing was deleted; changes stay where you make them.';
  }

  private body() {
    switch (this.state) {
      case 'checking':
        return html`<p>Looking for the extension…</p>`;
      case 'absent':
        return html`<p>The Alongside extension is not installed in this browser. When it is, you can link it here.</p>`;
      case 'unlinked':
        return html`<p>The Alongside extension is installed in this browser.</p>
          <al-button variant="primary" @click=${this.handleLink}>Link</al-button>`;
      case 'linked':
        return html`<p><strong>Linked with the Alongside extension.</strong></p>
          <al-button @click=${this.handleUnlink}>Unlink</al-button>`;
    }
  }

  override render() {
    return html`<al-card>
      <h2>Link with the Alongside extension</h2>
      <p>Your boundaries, conversation plans, favourite prompts and your own prompts, the same in both. It all stays in this browser: nothing is sent anywhere.</p>
      ${this.body()}
      <p role="status">${this.status}</p>
    </al-card>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-card': AlLinkCard;
  }
}
