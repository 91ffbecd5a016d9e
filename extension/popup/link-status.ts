import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
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

  /** Also say "Not linked" and how to link (the popup stays short and says nothing then). */
  @property({ type: Boolean, attribute: 'explain-unlinked' }) explainUnlinked = false;

  /** When the link was made (null: not linked); read again after "Unlink". Nothing shows until it is known. */
  private readonly linkedAt = new Task(this, { task: () => settingsRepo.get('linkedAt', null), args: () => [] });

  private async handleUnlink(): Promise<void> {
    await clearLinkRequest();
    await settingsRepo.set('linkedAt', null);
    await this.linkedAt.run();
  }

  override render() {
    const at = this.linkedAt.value;
    if (at === undefined) return nothing;
    if (at === null) {
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
