import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { isProtectedBackup, openBackup, restoreBackup, type OpenedBackup, type RestoreMode, type RestoreResult } from '../../data/trust/backup.ts';
import { BackupError, MAX_BACKUP_CHARS, type BackupContents } from '../../domain/trust/backup-format.ts';
import { summarizeBackup, type BackupSummary } from '../../domain/trust/backup-summary.ts';
import { backupPreviewIn } from '../../content/trust/backup-preview-es.ts';
import type { AlDialog } from '../base/dialog.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { trustStyles } from './trust-styles.ts';
import { problemText } from '../base/problem.ts';
import { formatCount, interfaceLanguage, dateLocale, wordFor } from '../../content/locale.ts';
import '../base/dialog.ts';
import { problemBox } from '../base/stored-view.ts';

/** Fired after a backup was restored. */
export class AlBackupRestoredEvent extends Event {
  constructor(readonly result: RestoreResult) {
    super('al-backup-restored', { bubbles: true, composed: true });
  }
}

type Step = 'choose' | 'passphrase' | 'preview' | 'done';

/**
 * "Bring back a backup": choose the file, give its passphrase if it has one, see what is
 * in it, then add it to what is here or replace everything. Nothing is written before the
 * last button, and then all of it or none of it.
 *
 * @summary Backup import.
 * @fires al-backup-restored - After a restore ({@link AlBackupRestoredEvent}).
 */
@localized()
@customElement('al-backup-import')
export class AlBackupImport extends LitElement {
  static override styles = [baseStyles, trustStyles, css`:host { display: block; } h3 { font-size: 1.1rem; margin-top: var(--al-space-4); }`];

  @query('al-dialog') private confirmDialog!: AlDialog;

  @state() private step: Step = 'choose';
  @state() private problem = '';
  @state() private busy = false;
  @state() private mode: RestoreMode = 'merge';
  @state() private summary: BackupSummary | undefined;
  @state() private result: RestoreResult | undefined;

  /** Reads and checks a file (the data layer's `openBackup` unless a test gives another). */
  @property({ attribute: false }) open: (text: string, passphrase?: string) => Promise<BackupContents> = openBackup;
  /** Writes a checked backup. */
  @property({ attribute: false }) restore: (contents: BackupContents, mode: RestoreMode) => Promise<RestoreResult> = restoreBackup;

  private text = '';
  private contents: BackupContents | undefined;

  private async handleFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.problem = '';
    if (!file) return;
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_BACKUP_CHARS * 4) return void (this.problem = problemText(new BackupError('too-big')));
    this.busy = true;
    try {
      this.text = await file.text();
      if (isProtectedBackup(this.text)) {
        this.step = 'passphrase';
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('#passphrase')?.focus();
      } else {
        this.show(await this.open(this.text));
      }
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private async handlePassphrase(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#passphrase')!;
    this.busy = true;
    this.problem = '';
    try {
      this.show(await this.open(this.text, input.value));
    } catch (error) {
      this.problem = problemText(error);
      input.select();
    } finally {
      this.busy = false;
    }
  }

  private show(contents: BackupContents): void {
    this.contents = contents;
    this.summary = summarizeBackup(contents);
    this.problem = '';
    this.step = 'preview';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#preview')?.focus());
  }

  private async handleRestore(event: Event): Promise<void> {
    event.preventDefault();
    if (this.mode === 'replace') return void this.confirmDialog.show();
    await this.run();
  }

  private async run(): Promise<void> {
    this.confirmDialog.close();
    if (!this.contents) return;
    this.busy = true;
    this.problem = '';
    try {
      this.result = await this.restore(this.contents, this.mode);
      this.step = 'done';
      this.dispatchEvent(new AlBackupRestoredEvent(this.result));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#done')?.focus();
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private reset(): void {
    this.step = 'choose';
    this.text = '';
    this.contents = undefined;
    this.summary = undefined;
    this.result = undefined;
    this.problem = '';
  }

  private renderStep() {
    switch (this.step) {
      case 'choose':
        return html`<div class="field">
          <label for="file">${msg('Choose a backup file')}</label>
          <span class="hint" id="file-hint">${msg('A file Alongside saved, with a name like “alongside-backup-2026-05-12.json”. Nothing changes until you choose what to do with it.')}</span>
          <input id="file" type="file" accept=".json,application/json" aria-describedby="file-hint problem" ?disabled=${this.busy} @change=${this.handleFile} />
        </div>`;
      case 'passphrase':
        return html`<form @submit=${this.handlePassphrase} novalidate>
          <div class="field">
            <label for="passphrase">${msg('The backup’s passphrase')}</label>
            <span class="hint" id="pass-hint">${msg('This file is protected. Type the passphrase you chose when you saved it.')}</span>
            <input id="passphrase" type="password" autocomplete="off" aria-describedby="pass-hint problem" />
          </div>
          <div class="actions">
            <button class="btn primary" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Opening…') : msg('Open the backup')}</button>
            <button class="btn quiet" type="button" @click=${this.reset}>${msg('Choose another file')}</button>
          </div>
        </form>`;
      case 'preview':
        return this.renderPreview();
      case 'done': {
        const r = this.result!;
        const [added, updated, kept] = [formatCount(r.added), formatCount(r.updated), formatCount(r.kept)];
        return html`<div id="done" tabindex="-1">
          <p class="done" role="status">${msg('Done. Your backup is back on this device.')}</p>
          <p>${this.mode === 'merge' ? msg(str`${added} added, ${updated} updated, ${kept} kept as they were here (the same or newer).`) : msg(str`${added} added, ${updated} updated.`)}</p>
          ${this.summary?.futureDated ? html`<p class="future-dates">${this.futureDatesDone(this.summary)}</p>` : nothing}
          ${this.renderClamped(msg('Some settings went beyond what Alongside offers here, so they were changed to fit. You can change them in Settings:'))}
          <div class="actions"><a class="btn primary" href="/">${msg('Go to the home page')}</a><button class="btn quiet" type="button" @click=${this.reset}>${msg('Bring back another file')}</button></div>
        </div>`;
      }
    }
  }

  private renderPreview() {
    const s = this.summary!;
    // English keeps the browser's own date format, as it always has; other languages use their own.
    const when = new Date(s.exportedAt).toLocaleString(dateLocale(), { dateStyle: 'long', timeStyle: 'short' });
    const words = backupPreviewIn(interfaceLanguage());
    return html`<form @submit=${this.handleRestore} novalidate>
      <h3 id="preview" tabindex="-1">${msg('What is in this backup')}</h3>
      ${s.exportedInFuture
        ? html`<p class="future-dates">${msg('This backup says it was saved on a day that has not come yet. Alongside uses today’s date for it instead. It holds:')}</p>`
        : html`<p>${msg(str`Saved on ${when}. It holds:`)}</p>`}
      ${s.kinds.length ? html`<ul class="counts">${s.kinds.map((k) => html`<li>${words.storeCount(k.store, k.count)}</li>`)}</ul>` : html`<p>${msg('Nothing yet: it was saved before anything was written.')}</p>`}
      ${s.skippedSettings ? html`<p class="hint">${skippedSettings(s.skippedSettings)}</p>` : nothing}
      ${s.futureDated ? html`<p class="future-dates">${this.futureDatesPreview(s)}</p>` : nothing}
      ${this.renderClamped(msg('Some settings in this file go beyond what Alongside offers here, so they will come back like this:'))}
      <fieldset>
        <legend>${msg('How should it come back?')}</legend>
        <label class="check"><input type="radio" name="mode" value="merge" .checked=${this.mode === 'merge'} @change=${() => (this.mode = 'merge')} />
          <span>${msg('Add it to what I have. Where both have the same item, the newer one is kept.')}</span></label>
        <label class="check"><input type="radio" name="mode" value="replace" .checked=${this.mode === 'replace'} @change=${() => (this.mode = 'replace')} />
          <span>${msg('Replace everything on this device with this backup.')}</span></label>
      </fieldset>
      <div class="actions">
        <button class="btn primary" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Bringing it back…') : msg('Bring it back')}</button>
        <button class="btn quiet" type="button" @click=${this.reset}>${msg('Choose another file')}</button>
      </div>
    </form>
    <al-dialog heading=${msg('Replace everything?')}>
      <p>${msg(str`Everything on this device now will be replaced by the backup from ${when}. Anything written since then will be gone. This cannot be undone.`)}</p>
      <button slot="actions" class="btn" type="button" @click=${() => this.confirmDialog.close()}>${msg('Cancel')}</button>
      <button slot="actions" class="btn danger" type="button" @click=${() => void this.run()}>${msg('Replace everything')}</button>
    </al-dialog>`;
  }

  /** Settings the file set beyond the settings screens' ranges, and what they became (`clampSettings`). */
  private renderClamped(lead: string) {
    const notes = (this.contents as Partial<OpenedBackup> | undefined)?.clamped ?? [];
    if (!notes.length) return nothing;
    const words = backupPreviewIn(interfaceLanguage());
    return html`<div class="clamped"><p>${lead}</p><ul>${notes.map((n) => html`<li>${words.settingChange(n)}</li>`)}</ul></div>`;
  }

  /** The date future-dated items were set back to, in words. */
  private setBackTo(s: BackupSummary): string {
    return s.exportedInFuture ? msg('today’s date') : msg('the date the backup was saved');
  }

  private futureDatesPreview(s: BackupSummary): string {
    const n = s.futureDated;
    const [count, date] = [formatCount(n), this.setBackTo(s)];
    return wordFor(n, {
      one: msg(str`${count} item in this backup has a date that has not come yet, which can’t be right. Alongside will give it ${date} instead. If you add the backup to what you have, your own copy of that item stays as it is.`),
      other: msg(str`${count} items in this backup have a date that has not come yet, which can’t be right. Alongside will give them ${date} instead. If you add the backup to what you have, your own copy of those items stays as it is.`),
    });
  }

  private futureDatesDone(s: BackupSummary): string {
    const n = s.futureDated;
    const [count, date] = [formatCount(n), this.setBackTo(s)];
    const given = wordFor(n, {
      one: msg(str`${count} item had a date that had not come yet, so it now has ${date} instead.`),
      other: msg(str`${count} items had a date that had not come yet, so they now have ${date} instead.`),
    });
    return this.mode === 'merge' ? `${given}${msg(' Where you already had the same item, yours was kept.')}` : given;
  }

  override render() {
    return html`${this.renderStep()}${problemBox(this.problem, { id: 'problem' })}`;
  }
}

/** Settings the file holds for the device it came from, which are left out. */
function skippedSettings(n: number): string {
  const count = formatCount(n);
  return wordFor(n, {
    one: msg(str`${count} setting belongs to the device it came from, so it stays out.`),
    other: msg(str`${count} settings belong to the device it came from, so they stay out.`),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'al-backup-import': AlBackupImport;
  }
}
