import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { clearLinkRequest } from '../link-confirm/link-request.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';

/**
 * "Linked with the course": shown in the popup and options when the person linked the course
 * (the PWA) with the extension; "Unlink" stops the sync here (nothing is deleted). With
 * `explain-unlinked` (the options page) it also says when they are not linked, and how to link.
 *
 * @summary Link status line.
 */
@customElement('al-link-status')
export class AlLinkStatus extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; font-size: var(--al-font-size-small); margin-top: var(--al-space-3); }
      p { display: flex; gap: var(--al-space-2); align-items: center; margin: 0; }
      p.how { display: block; margin-top: var(--al-space-1); color: var(--al-color-text-muted); }
    `,
  ];

  /** When the link was made; null when not linked, undefined until known. */
  @state() private linkedAt: number | null | undefined;

  /** Also say "Not linked" and how to link (the popup stays short and says nothing then). */
  @property({ type: Boolean, attribute: 'explain-unlinked' }) explainUnlinked = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void settingsRepo.get('linkedAt', null).then((at) => (this.linkedAt = at));
  }

  private async handleUnlink(): Promise<void> {
    await clearLinkRequest();
    await settingsRepo.set('linkedAt', null);
    this.linkedAt = null;
  }

  override render() {
    if (this.linkedAt === undefined) return nothing;
    if (this.linkedAt === null) {
      if (!this.explainUnlinked) return nothing;
      return html`<p>Not linked with the course.</p>
        <p class="how">To link them, open the Alongside course in this browser, go to its Settings, and choose “Link” under “Link with the Alongside extension”.</p>`;
    }
    return html`<p><span>Linked with the course</span><button class="btn quiet" type="button" @click=${this.handleUnlink}>Unlink</button></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-status': AlLinkStatus;
  }
}
