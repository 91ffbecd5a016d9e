import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { lockState, loadLockState } from '../../../shared/data/trust/lock.ts';
import { askToPersist, persistence, storageUse } from '../../../shared/data/trust/storage.ts';
import { deleteEverything, type Leftovers } from '../../../shared/data/trust/wipe.ts';
import type { AlDialog } from '../../../shared/ui/base/dialog.ts';
import { linkState, wipeExtension, type ExtensionWipe } from '../../link/extension-link.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { trustStyles } from '../../../shared/ui/trust/trust-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { uiLocale } from '../../../shared/content/locale.ts';
import { problemBox } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/base/dialog.ts';

/** Fired when everything was deleted; the app shows its closing screen. */
export class AlDataDeletedEvent extends Event {
  /** @param extension what became of the linked extension's copy */
  constructor(
    readonly leftovers: Leftovers,
    readonly extension: ExtensionWipe = 'not-linked',
  ) {
    super('al-data-deleted', { bubbles: true, composed: true });
  }
}

/** Bytes in words: "1.2 MB" ("1,2 MB" in Spanish). */
function size(bytes: number): string {
  const n = (value: number, digits: number) => value.toLocaleString(uiLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  if (bytes < 1024 * 1024) return `${n(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  if (bytes < 1024 ** 3) return `${n(bytes / 1024 ** 2, 1)} MB`;
  return `${n(bytes / 1024 ** 3, 1)} GB`;
}

/**
 * Privacy and storage: what stays on the device, how much room it takes, whether the
 * browser promised to keep it, and the one place to delete everything.
 *
 * @summary Privacy screen.
 * @fires al-data-deleted - After everything was deleted ({@link AlDataDeletedEvent}).
 */
@localized()
@customElement('al-privacy-page')
export class AlPrivacyPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    trustStyles,
    css`
      al-card { max-width: var(--al-measure); margin-bottom: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
      ul { padding-left: 1.25rem; }
      li { margin-bottom: var(--al-space-2); }
    `,
  ];

  @query('al-dialog') private dialog!: AlDialog;

  @state() private understood = false;
  /** Linked with the extension: its copy is deleted too, and the dialog says so. */
  /** The address's fragment ("#…"), from the shell. */
  @property() hash = '';

  @state() private deleting = false;
  /** Set once the extension deleted its copy, so a retry after the course's own part failed does not ask it again. */
  private extensionDeleted = false;
  /** What the browser said when asked to keep storage; said at render time, in the interface's language. */
  @state() private persistAnswer: 'kept' | 'not-now' | undefined;
  @state() private problem = '';

  /** How much room Alongside takes, whether the browser promised to keep it, the lock, and the link: read when the screen opens, and again when asked. */
  private readonly facts = new Task(this, {
    task: async () => {
      const [use, kept, lock, link] = await Promise.all([storageUse(), persistence(), loadLockState().catch(() => lockState()), linkState().catch(() => 'absent')]);
      return { use, kept, lock, linked: link === 'linked' };
    },
    args: () => [],
  });

  override updated(changed: PropertyValues<this>): void {
    // The section lives in this shadow root, where the browser's own jump to "#delete" cannot reach.
    if (changed.has('hash') && this.hash === '#delete') this.renderRoot.querySelector('#delete')?.scrollIntoView();
  }

  private async handlePersist(): Promise<void> {
    const kept = await askToPersist();
    await this.facts.run();
    this.persistAnswer = kept === 'persisted' ? 'kept' : 'not-now';
  }

  private openDialog(): void {
    this.understood = false;
    // Linked or not may have changed since the screen opened.
    void this.facts.run();
    void this.dialog.show();
  }

  private async handleDelete(): Promise<void> {
    this.deleting = true;
    this.problem = '';
    try {
      // The extension's copy first, while the course still knows it is linked.
      const extension: ExtensionWipe = this.extensionDeleted ? 'deleted' : await wipeExtension();
      this.extensionDeleted = extension === 'deleted';
      const left = await deleteEverything();
      this.dialog.close();
      this.dispatchEvent(new AlDataDeletedEvent(left, extension));
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.deleting = false;
    }
  }

  private renderStorage() {
    const { use, kept } = this.facts.value ?? {};
    const used = use ? size(use.usage) : '';
    return html`<al-card>
      <h2>${msg('Storage on this device')}</h2>
      <dl class="facts">
        <dt>${msg('Space used')}</dt>
        <dd>${use ? msg(str`About ${used}`) : msg('Your browser does not say.')}</dd>
        <dt>${msg('Kept safe')}</dt>
        <dd>${keptWords(kept)}</dd>
      </dl>
      ${kept === 'not-persisted'
        ? html`<p>${msg('You can ask your browser to keep it. Some browsers ask you; others decide by themselves.')}</p>
            <div class="actions"><button class="btn" type="button" @click=${this.handlePersist}>${msg('Ask the browser to keep it')}</button></div>`
        : nothing}
      <p role="status">${persistAnswerWords(this.persistAnswer)}</p>
    </al-card>`;
  }

  override render() {
    const lock = this.facts.value?.lock ?? lockState();
    return html`
      <h1>${msg('Privacy and storage')}</h1>
      <p class="lead">${msg('Alongside has no account and no server. What you write stays in this browser, on this device, unless you save a backup file yourself.')}</p>
      <al-card>
        <h2>${msg('What is kept here')}</h2>
        <ul>
          <li>${msg('Your journal, boundaries, conversation plans, crisis plan, check-ins and own prompts.')}</li>
          <li>${msg('Where you are in the course, your supporter star, favourites and settings.')}</li>
          <li>${msg('A copy of the app itself, so it works offline.')}</li>
        </ul>
        <p>${msg('Nothing is sent anywhere. Alongside makes no requests to other websites.')}</p>
      </al-card>
      ${this.renderStorage()}
      <al-card>
        <h2>${msg('App lock')}</h2>
        <p>${lock === 'off' ? msg('The lock is off.') : lock === 'unknown' ? '' : msg('The lock is on: your own words are stored encrypted.')}
          ${msg('A passcode can keep your writing private if others use this device.')}</p>
        <p><a href="/settings/lock">${msg('App lock settings')}</a></p>
      </al-card>
      <al-card>
        <h2>${msg('Backup')}</h2>
        <p>${msg('Save everything to one file you keep, or bring a file back.')}</p>
        <p><a href="/backup">${msg('Backup and restore')}</a></p>
      </al-card>
      <al-card id="delete">
        <h2>${msg('Delete all my data')}</h2>
        <p>${msg(html`This deletes everything Alongside keeps in this browser: all your writing, your progress and settings, and the offline copy of the app. It cannot be undone. If you might want it later, <a href="/backup">save a backup</a> first.`)}</p>
        <div class="actions"><button class="btn danger" type="button" @click=${this.openDialog}>${msg('Delete all my data…')}</button></div>
      </al-card>
      <al-dialog heading=${msg('Delete everything on this device?')}>
        <p>${msg('All your writing, progress and settings in Alongside will be gone from this browser. Nobody can bring it back, unless you saved a backup.')}</p>
        ${this.facts.value?.linked
          ? html`<p>${msg('The course is linked with the Alongside extension in this browser, so the extension’s copy will be deleted too: your boundaries, plans and prompts there, and its settings and reminders.')}</p>`
          : nothing}
        <label class="check"><input type="checkbox" .checked=${this.understood} @change=${(e: Event) => (this.understood = (e.target as HTMLInputElement).checked)} />
          <span>${msg('I understand this deletes everything and cannot be undone.')}</span></label>
        ${problemBox(this.problem)}
        <button slot="actions" class="btn" type="button" @click=${() => this.dialog.close()}>${msg('Cancel')}</button>
        <button slot="actions" class="btn danger" type="button" ?disabled=${!this.understood || this.deleting} @click=${this.handleDelete}>${this.deleting ? msg('Deleting…') : msg('Delete everything')}</button>
      </al-dialog>
    `;
  }
}

/** Whether the browser promised to keep Alongside's storage, in words. */
function keptWords(kept: string | undefined): string {
  if (kept === 'persisted') return msg('Yes. Your browser promised to keep Alongside’s storage, even when space runs low.');
  if (kept === 'not-persisted') return msg('Not promised yet. If the device runs low on space, the browser may clear it.');
  if (kept === 'unsupported') return msg('Your browser does not say.');
  return '…';
}

/** What the browser answered when asked to keep storage; '' before it was asked. */
function persistAnswerWords(answer: 'kept' | 'not-now' | undefined): string {
  if (answer === 'kept') return msg('Done. Your browser will keep Alongside’s storage.');
  if (answer === 'not-now') return msg('Your browser said not now. Browsers often decide this by themselves, for example once a site is installed or used often. A backup keeps you safe either way.');
  return '';
}

declare global {
  interface HTMLElementTagNameMap {
    'al-privacy-page': AlPrivacyPage;
  }
}
