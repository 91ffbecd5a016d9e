import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { backupReminderIsDue, dismissBackupReminder } from '../shared/data/trust/backup-reminder.ts';
import { StorageError } from '../shared/data/errors.ts';
import { canSave, persistence } from '../shared/data/trust/storage.ts';
import { baseStyles } from '../shared/ui/base/shared-styles.ts';
import { problemText } from '../shared/ui/base/problem.ts';

/**
 * Calm notices at the top of a screen: when this browser cannot save (often a private
 * window), why we asked the browser to keep storage (once), and, on the home screen, an
 * offer to save a backup when there is new writing and the last backup is getting old.
 *
 * @summary Storage and backup notices.
 * @fires al-persist-note-close - When the person closes the note about kept storage.
 */
@localized()
@customElement('al-trust-notices')
export class AlTrustNotices extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: var(--al-measure); }
      .notice {
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-3); margin-bottom: var(--al-space-4);
        padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius); background: var(--al-color-surface);
        border: 1px solid var(--al-color-border-soft); border-left: 4px solid var(--al-color-accent); box-shadow: var(--al-shadow);
      }
      .notice.serious { border-left-color: var(--al-color-danger); }
      .notice p { margin: 0; flex: 1 1 16rem; }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @state() private cannotSave = false;
  @state() private remind = false;

  /** The current path: the backup reminder shows on the home screen only. */
  @property() path = '/';
  /** Shows the one-time note about asking the browser to keep storage. */
  @property({ type: Boolean }) persistNote = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void canSave().then((ok) => (this.cannotSave = !ok));
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('path') && this.path === '/') void this.checkReminder();
  }

  private async checkReminder(): Promise<void> {
    try {
      this.remind = await backupReminderIsDue((await persistence()) === 'persisted');
    } catch {
      this.remind = false;
    }
  }

  /** "Not now" is kept before the reminder goes, so a reload straight after can't bring it back. */
  private async handleNotNow(): Promise<void> {
    await dismissBackupReminder().catch(() => undefined);
    this.remind = false;
  }

  override render() {
    return html`
      ${this.cannotSave
        ? html`<div class="notice serious" role="status"><p>${problemText(new StorageError('unavailable'))}</p></div>`
        : nothing}
      ${this.persistNote
        ? html`<div class="notice" role="status">
            <p>${msg('To keep what you write safe, Alongside asked your browser not to clear its storage when the device runs low on space.')} <a href="/privacy">${msg('Privacy and storage')}</a></p>
            <button class="btn quiet" type="button" @click=${() => this.dispatchEvent(new Event('al-persist-note-close', { bubbles: true, composed: true }))}>${msg('OK')}</button>
          </div>`
        : nothing}
      ${this.remind && this.path === '/'
        ? html`<div class="notice" role="region" aria-label=${msg('Backup reminder')}>
            <p>${msg('You have written new things since your last backup. A backup file keeps a copy that you hold, in case this device is lost or cleared.')}</p>
            <div class="buttons"><a class="btn primary" href="/backup">${msg('Save a backup')}</a><button class="btn quiet" type="button" @click=${this.handleNotNow}>${msg('Not now')}</button></div>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-trust-notices': AlTrustNotices;
  }
}
