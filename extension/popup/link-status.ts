import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { baseStyles } from '../../shared/ui/shared-styles.ts';

/**
 * "Linked with the course": shown in the popup and options when the person linked the course
 * (the PWA) with the extension; "Unlink" stops the sync here (nothing is deleted).
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
    `,
  ];

  @state() private linkedAt: number | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void settingsRepo.get('linkedAt', null).then((at) => (this.linkedAt = at));
  }

  private async handleUnlink(): Promise<void> {
    await settingsRepo.set('linkedAt', null);
    this.linkedAt = null;
  }

  override render() {
    if (this.linkedAt === null) return nothing;
    return html`<p><span>Linked with the course</span><button class="btn quiet" type="button" @click=${this.handleUnlink}>Unlink</button></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-status': AlLinkStatus;
  }
}
