import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { keyed } from 'lit/directives/keyed.js';
import { onStorageTrouble } from '../../shared/data/db.ts';
import { loadLockState, onLockChange, type LockState } from '../../shared/data/trust/lock.ts';
import { ownPromptsRepo } from '../../shared/data/toolkit/toolkit-repos.ts';
import type { QuickPrepDraft } from '../../shared/domain/nudge/quick-prep-draft.ts';
import type { AlToast } from '../../shared/ui/base/toast.ts';
import type { InsertIntoPage } from '../../shared/ui/toolkit/insert-button.ts';
import type { AlQuickPrepChangeEvent } from '../../shared/ui/nudge/quick-prep.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import '../../shared/ui/base/toast.ts';
import '../../shared/ui/toolkit/boundaries-panel.ts';
import '../../shared/ui/crisis/crisis-help.ts';
import '../../shared/ui/toolkit/favourite-prompts.ts';
import '../../shared/ui/course/today-plan.ts';
import '../../shared/ui/trust/unlock-panel.ts';
import { HELP_PAGE_PATH } from '../help/help-url.ts';
import './dev-build-note.ts';
import './link-status.ts';
import './site-toggle.ts';
import { insertIntoTab, popupTabId } from './insert-into-tab.ts';
import { PrepKeeper } from './prep-keeper.ts';
import { ownPromptsWhileLocked } from './while-locked.ts';
import { problemText } from '../../shared/ui/base/problem.ts';

/** What the popup shows: the overview, the 60-second prep, or the prompt library. */
type View = 'home' | 'prep' | 'words';

/**
 * Longest the popup waits to learn whether a prep is waiting before it shows the overview
 * (the background answers in a few milliseconds when awake): no flash of the overview, and
 * no click on it landing on the prep as the view changes.
 */
const RESUME_WAIT_MS = 800;

/**
 * The extension popup: before a hard conversation, a 60-second prep, today's plan, favourite
 * words and boundaries, ready to read and copy (the prep's lines also to insert into the
 * message being written in the tab it opened on); crisis help one click away. It shares the
 * PWA's components; its data lives in the extension's own database.
 *
 * With the course's app lock on (linked), the person's words are stored sealed here too:
 * until the course passcode is typed, the popup shows an unlock panel in their place, and
 * what needs none of them (crisis help, the prep, the prompt library, the site) stays
 * usable. The key lives only in the popup's memory and goes when it closes.
 *
 * The prep in progress is kept a few minutes in the background's memory (`PrepKeeper`), so
 * the popup opens where the person was after it closed; with the lock on, only once the
 * passcode is typed, as for their other words.
 *
 * @summary Popup.
 */
@customElement('al-popup')
@localized()
export class AlPopup extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; width: 380px; max-width: 100vw; }
      /* Pinned, so "Need help now?" stays in view however long the popup gets. */
      header { position: sticky; top: 0; z-index: 10; display: flex; align-items: center; gap: var(--al-space-2); padding: var(--al-space-3) var(--al-space-4); border-bottom: 1px solid var(--al-color-border-soft); background: var(--al-color-surface); }
      header img { width: 28px; height: 28px; border-radius: 7px; }
      h1 { font-size: 1.2rem; margin: 0; flex: 1; }
      h2 { font-size: 1.1rem; margin: var(--al-space-4) 0 var(--al-space-2); }
      main { padding: var(--al-space-3) var(--al-space-4) var(--al-space-5); }
      .help-toggle { font-size: var(--al-font-size-small); background: var(--al-color-help-bg); color: var(--al-color-help-text); border-color: currentColor; border-radius: 999px; }
      .help-box { margin-bottom: var(--al-space-4); }
      .help-page { display: block; margin-top: var(--al-space-3); font-weight: 700; }
      .intro { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin-top: var(--al-space-4); }
      .prep { width: 100%; min-height: 3.25rem; font-size: 1.05rem; text-align: center; }
      .more { margin-top: var(--al-space-2); }
      .back { margin-bottom: var(--al-space-2); }
      .view-heading:focus, .intro:focus { outline: none; }
      al-unlock-panel { margin-top: var(--al-space-4); }
      .again { margin-top: var(--al-space-2); }
      footer { padding: 0 var(--al-space-4) var(--al-space-4); font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      al-dev-build-note { margin-bottom: var(--al-space-2); }
    `,
  ];

  private readonly keeper = new PrepKeeper(this);

  @query('al-toast') private toast!: AlToast;

  @state() private showHelp = false;
  @state() private view: View = 'home';
  @state() private lock: LockState = 'unknown';
  /** The prep's "Insert": into the message the person was writing in the tab this popup opened on. */
  @state() private insertIntoPage: InsertIntoPage | undefined;
  /** Until the popup knows whether a prep is waiting, it shows no view. */
  @state() private checkingForPrep = true;
  /** A prep kept from before, for the prep view to open at. */
  @state() private resumeFrom: QuickPrepDraft | undefined;
  /** A prep kept from before while the lock is closed: it opens once the passcode is typed. */
  @state() private waitingBehindLock: QuickPrepDraft | undefined;

  private stopLock: (() => void) | undefined;
  private stopTrouble: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLock = onLockChange((s) => void (this.lock = s));
    // Trouble no single read reports (a newer version of the extension upgrading its database, the browser closing it) still shows.
    this.stopTrouble = onStorageTrouble((error) => this.toast?.show(problemText(error), { tone: 'alert' }));
    // Nothing personal shows until the lock's state is known; storage trouble shows in the parts that read.
    const lockKnown = loadLockState().catch(() => (this.lock = 'off'));
    void this.resumePrep(lockKnown);
    void popupTabId().then((tabId) => {
      if (tabId !== undefined) this.insertIntoPage = (words) => insertIntoTab(tabId, words);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLock?.();
    this.stopTrouble?.();
  }

  /** Opens at the prep kept from before, if there is one and it comes in time; else the overview. */
  private async resumePrep(lockKnown: Promise<unknown>): Promise<void> {
    const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), RESUME_WAIT_MS));
    const draft = await Promise.race([Promise.all([this.keeper.load(), lockKnown]).then(([d]) => d), late]);
    if (draft) {
      if (this.lock === 'locked') this.waitingBehindLock = draft;
      else this.resumeFrom = draft;
      // Loaded before the view shows, so the prep opens in one piece.
      await import('../../shared/ui/nudge/quick-prep.ts');
    }
    this.checkingForPrep = false;
    if (draft) await this.show('prep');
  }

  private handlePrepChange(event: AlQuickPrepChangeEvent): void {
    this.keeper.keep(event.detail);
  }

  private handlePrepDone(): void {
    this.keeper.forget();
    this.resumeFrom = undefined;
    void this.show('home');
  }

  /** The passcode opened the lock: on to the prep where the person was. */
  private async handlePrepUnlocked(): Promise<void> {
    this.resumeFrom = this.waitingBehindLock;
    this.waitingBehindLock = undefined;
    await this.show('prep');
  }

  /** "Start again" without the passcode: the kept prep goes, a fresh one begins. */
  private async handleStartAfresh(): Promise<void> {
    this.keeper.forget();
    this.waitingBehindLock = undefined;
    this.resumeFrom = undefined;
    await this.show('prep');
  }

  private async show(view: View): Promise<void> {
    // The prep flow and the library load on first use, so the popup opens fast.
    if (view === 'prep') await import('../../shared/ui/nudge/quick-prep.ts');
    if (view === 'words') await import('../../shared/ui/toolkit/prompt-library.ts');
    const from = this.view;
    this.view = view;
    await this.updateComplete;
    if (view === 'home') return this.renderRoot.querySelector<HTMLElement>(from === 'prep' ? '.prep' : '.more')?.focus();
    const prep = this.renderRoot.querySelector('al-quick-prep');
    await prep?.updateComplete;
    (prep ?? this.renderRoot.querySelector<HTMLElement>('.view-heading'))?.focus();
  }

  /** The panel goes once unlocked: keep the keyboard's place by moving to the boundaries it opened. */
  private async handleUnlocked(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.intro')?.focus();
  }

  private renderHome() {
    const locked = this.lock === 'locked';
    const known = this.lock !== 'unknown';
    return html`
      <button class="btn primary prep" type="button" @click=${() => void this.show('prep')}>${msg('I’m about to have a hard conversation')}</button>
      ${locked ? html`<al-unlock-panel focusOnShow @al-unlocked=${this.handleUnlocked}></al-unlock-panel>` : known ? html`<al-today-plan></al-today-plan>` : nothing}
      <section aria-labelledby="fav-heading">
        <h2 id="fav-heading">${msg('Favourite words')}</h2>
        ${known ? keyed(this.lock, html`<al-favourite-prompts .ownStore=${locked ? ownPromptsWhileLocked : ownPromptsRepo}></al-favourite-prompts>`) : nothing}
        <button class="btn more" type="button" @click=${() => void this.show('words')}>${msg('Find words to say')}</button>
      </section>
      ${known && !locked
        ? html`<p class="intro" tabindex="-1">${msg('Before a hard conversation, read your boundaries once. Say what you will do, calmly.')}</p>
            <al-boundaries-panel compact></al-boundaries-panel>`
        : nothing}
      <al-site-toggle></al-site-toggle>
      <al-link-status></al-link-status>
    `;
  }

  private renderPrep() {
    if (this.waitingBehindLock) {
      return html`
        <al-unlock-panel heading=${msg('Your prep is waiting')} intro=${msg('You were getting ready for a hard conversation. Your words are locked.')} focusOnShow
          @al-unlocked=${this.handlePrepUnlocked}></al-unlock-panel>
        <button class="btn quiet again" type="button" @click=${this.handleStartAfresh}>${msg('Start again')}</button>
      `;
    }
    return html`<al-quick-prep .draft=${this.resumeFrom} .insertIntoPage=${this.insertIntoPage}
      @al-quick-prep-change=${this.handlePrepChange} @al-quick-prep-done=${this.handlePrepDone}></al-quick-prep>`;
  }

  private renderWords() {
    return html`
      <button class="btn quiet back" type="button" @click=${() => void this.show('home')}>${msg('← Back')}</button>
      <h2 class="view-heading" tabindex="-1">${msg('Find words to say')}</h2>
      <al-prompt-library compact headingLevel="3" .ownStore=${this.lock === 'locked' ? ownPromptsWhileLocked : ownPromptsRepo}></al-prompt-library>
    `;
  }

  override render() {
    return html`
      <header>
        <img src="/icons/icon-48.png" alt="" width="28" height="28" />
        <h1>Alongside</h1>
        <button class="btn help-toggle" type="button" aria-expanded=${String(this.showHelp)} aria-controls="help" @click=${() => (this.showHelp = !this.showHelp)}>${msg('Need help now?')}</button>
      </header>
      <main>
        <div id="help" class="help-box" ?hidden=${!this.showHelp}>
          ${this.showHelp
            ? html`<al-crisis-help compact></al-crisis-help>
                <a class="help-page" href=${`/${HELP_PAGE_PATH}`} target="_blank" rel="noopener">${msg('All help lines, and what to do right now')}</a>`
            : ''}
        </div>
        ${this.checkingForPrep
          ? nothing
          : this.view === 'prep'
            ? this.renderPrep()
            : this.view === 'words'
              ? this.renderWords()
              : this.renderHome()}
      </main>
      <footer><al-dev-build-note></al-dev-build-note>${msg('Kept in this browser only. Nothing is sent anywhere.')}</footer>
      <al-toast></al-toast>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-popup': AlPopup;
  }
}
