import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { dateLocale } from '../../../shared/content/locale.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { trustStyles } from '../../../shared/ui/trust/trust-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/trust/backup-export.ts';
import '../../../shared/ui/trust/backup-import.ts';

/**
 * Backup and restore: save everything to one file, and bring a file back.
 *
 * @summary Backup screen.
 */
@localized()
@customElement('al-backup-page')
export class AlBackupPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    trustStyles,
    css`
      al-card { max-width: var(--al-measure); margin-bottom: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
    `,
  ];

  /** When the last backup was saved on this device (null: never, or it can't be read); read again after a backup. */
  private readonly lastBackupAt = new Task(this, { task: () => settingsRepo.get('lastBackupAt', null).catch(() => null), args: () => [] });

  override render() {
    const at = this.lastBackupAt.value;
    // English keeps the browser's own date format, as it always has; other languages use their own.
    const last = at ? new Date(at).toLocaleDateString(dateLocale(), { dateStyle: 'long' }) : '';
    return html`
      <h1>${msg('Backup')}</h1>
      <p class="lead">${msg('Everything you write in Alongside stays on this device. If the device is lost, or the browser clears its storage, it is gone. A backup file keeps a copy that you hold.')}</p>
      <al-card>
        <h2>${msg('Save a backup')}</h2>
        <p>${msg('One file with everything: your journal, boundaries, plans, crisis plan, check-ins, your own prompts and your settings. Keep it somewhere safe, such as a USB stick or your own cloud storage.')}</p>
        ${last ? html`<p>${msg(str`Your last backup on this device was saved on ${last}.`)}</p>` : html`<p>${msg('You have not saved a backup on this device yet.')}</p>`}
        <al-backup-export @al-backup-saved=${() => void this.lastBackupAt.run()}></al-backup-export>
      </al-card>
      <al-card>
        <h2>${msg('Bring back a backup')}</h2>
        <p>${msg('Use a backup to move to a new device, or to get back what was lost. You will see what is in the file before anything changes.')}</p>
        <al-backup-import></al-backup-import>
      </al-card>
      <p class="measure">${msg(html`More about what is kept on this device, and how to delete it: <a href="/privacy">Privacy and storage</a>.`)}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-backup-page': AlBackupPage;
  }
}
