import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { exportBackup, markBackedUp, type ExportedBackup } from '../../data/trust/backup.ts';
import { downloadFile } from '../base/download.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { trustStyles } from './trust-styles.ts';
import { problemText } from '../base/problem.ts';
import { problemBox } from '../base/stored-view.ts';
import { backupPreviewIn } from '../../content/trust/backup-preview-es.ts';
import { interfaceLanguage, uiLocale } from '../../content/locale.ts';

/** Shortest passphrase for a backup file, which may travel further than the device. */
export const BACKUP_PASSPHRASE_MIN = 8;

/** Fired when a backup file was handed to the browser to save. */
export class AlBackupSavedEvent extends Event {
  constructor(readonly backup: Pick<ExportedBackup, 'fileName' | 'encrypted' | 'summary'>) {
    super('al-backup-saved', { bubbles: true, composed: true });
  }
}

/**
 * "Save a backup": one file with everything, optionally protected with a passphrase.
 *
 * @summary Backup export.
 * @fires al-backup-saved - After the file was handed to the browser ({@link AlBackupSavedEvent}).
 */
@localized()
@customElement('al-backup-export')
export class AlBackupExport extends LitElement {
  static override styles = [baseStyles, trustStyles, css`:host { display: block; }`];

  @state() private protect = false;
  @state() private problem = '';
  @state() private status = '';
  @state() private busy = false;

  /** Makes the file (the data layer's `exportBackup` unless a test gives another). */
  @property({ attribute: false }) exporter: (options: { passphrase?: string }) => Promise<ExportedBackup> = exportBackup;
  /** Notes that a backup was saved, for the reminder. */
  @property({ attribute: false }) markSaved: () => Promise<void> = () => markBackedUp();

  private field(id: string): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)!;
  }

  private async handleSave(event: Event): Promise<void> {
    event.preventDefault();
    let passphrase: string | undefined;
    if (this.protect) {
      passphrase = this.field('passphrase').value;
      const again = this.field('again').value;
      if (passphrase.length < BACKUP_PASSPHRASE_MIN) return this.fail(msg(str`Please use at least ${BACKUP_PASSPHRASE_MIN} characters. A short sentence only you would think of works well.`), 'passphrase');
      if (passphrase !== again) return this.fail(msg('The two passphrases are not the same. Please type them again.'), 'again');
    }
    this.problem = '';
    this.status = this.protect ? msg('Making the file and protecting it…') : msg('Making the file…');
    this.busy = true;
    try {
      const backup = await this.exporter(passphrase ? { passphrase } : {});
      downloadFile(backup.fileName, backup.text, 'application/json');
      for (const id of ['passphrase', 'again']) if (this.field(id)) this.field(id).value = '';
      await this.markSaved().catch(() => undefined);
      const words = backupPreviewIn(interfaceLanguage());
      const what = backup.summary.kinds.filter((k) => k.store !== 'settings').map((k) => words.storeCount(k.store, k.count));
      const name = backup.fileName;
      const list = listOf(what);
      this.status = what.length
        ? msg(str`Saved “${name}” with ${list}. Look for it in your downloads, and keep it somewhere safe.`)
        : msg(str`Saved “${name}”. Look for it in your downloads, and keep it somewhere safe.`);
      this.dispatchEvent(new AlBackupSavedEvent(backup));
    } catch (error) {
      this.status = '';
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(message: string, field: string): void {
    this.problem = message;
    this.status = '';
    void this.updateComplete.then(() => this.field(field)?.focus());
  }

  override render() {
    return html`
      <form @submit=${this.handleSave} novalidate>
        <label class="check"><input type="checkbox" aria-describedby="protect-hint" .checked=${this.protect} @change=${(e: Event) => (this.protect = (e.target as HTMLInputElement).checked)} />
          <span>${msg('Protect the file with a passphrase')}</span></label>
        <p class="check-hint" id="protect-hint">${msg('Anyone who gets an unprotected file can read it. With a passphrase, only someone who knows it can. If the passphrase is lost, nobody can open the file.')}</p>
        ${this.protect
          ? html`<div class="field">
                <label for="passphrase">${msg('Passphrase')}</label>
                <span class="hint" id="passphrase-hint">${msg(str`At least ${BACKUP_PASSPHRASE_MIN} characters. Write it down somewhere safe, apart from the file.`)}</span>
                <input id="passphrase" type="password" autocomplete="new-password" aria-describedby="passphrase-hint problem" aria-invalid=${this.problem ? 'true' : 'false'} />
              </div>
              <div class="field">
                <label for="again">${msg('Type the passphrase again')}</label>
                <input id="again" type="password" autocomplete="new-password" aria-describedby="problem" aria-invalid=${this.problem ? 'true' : 'false'} />
              </div>`
          : nothing}
        ${problemBox(this.problem, { id: 'problem' })}
        <div class="actions"><button class="btn primary" type="submit" ?disabled=${this.busy}>${msg('Save a backup file')}</button></div>
        <p role="status" class="status">${this.status}</p>
      </form>
    `;
  }
}

/** "a, b and c" ("a, b y c"), in the interface's language. */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(items);
}

declare global {
  interface HTMLElementTagNameMap {
    'al-backup-export': AlBackupExport;
  }
}
