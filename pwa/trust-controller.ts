import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { listenAcrossTabs, loadLockState, lock, onLockChange, type LockState } from '../shared/data/trust/lock.ts';
import { onRecordSaved } from '../shared/data/record-store.ts';
import { settingsRepo } from '../shared/data/settings-repo.ts';
import { isFirstWordsStore, persistAfterFirstWords } from '../shared/data/trust/storage.ts';
import { onWipedElsewhere } from '../shared/data/trust/wipe.ts';
import { DEFAULT_LOCK_IDLE_MINUTES } from '../shared/domain/settings.ts';
import { LOCK_IDLE_CHANGE } from '../shared/ui/trust/lock-screen.ts';
import type { ExtensionWipe } from './link/extension-link.ts';
import { extensionWipeNote } from './link/extension-wipe-words.ts';
import type { AlDataDeletedEvent } from './pages/trust/privacy-page.ts';

/** Screens that read none of the person's words, so they open while the app is locked. */
const OPEN_WHILE_LOCKED = ['/help', '/privacy'];
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * The app shell's part in trust: the lock screen and the idle timer, the closing screen
 * after "delete all my data", and asking once to keep storage after the first words saved.
 */
export class TrustController implements ReactiveController {
  /** The app lock's state. */
  lock: LockState = 'unknown';
  /** False until the lock's state is known (nothing personal shows before). */
  ready = false;
  /** True after everything was deleted: the app touches no storage until reloaded. */
  wiped = false;
  /** What became of the linked extension's copy, for the closing screen. */
  extensionWipe: ExtensionWipe = 'not-linked';
  /** Shows the one-time note about kept storage. */
  persistNote = false;

  private abort = new AbortController();
  private idleMs = DEFAULT_LOCK_IDLE_MINUTES * 60_000;
  private lastActivity = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private askedToPersist = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.abort = new AbortController();
    const { signal } = this.abort;
    const stops = [
      onLockChange((s) => this.handleLock(s)),
      listenAcrossTabs(),
      onWipedElsewhere(() => this.markWiped()),
      onRecordSaved((store) => this.handleSaved(store)),
    ];
    signal.addEventListener('abort', () => stops.forEach((stop) => stop()));
    for (const type of ACTIVITY) window.addEventListener(type, () => (this.lastActivity = Date.now()), { signal, passive: true, capture: true });
    document.addEventListener('visibilitychange', () => this.checkIdle(), { signal });
    window.addEventListener(LOCK_IDLE_CHANGE, () => void this.readIdle(), { signal });
    this.host.addEventListener(
      'al-data-deleted',
      (event) => {
        this.extensionWipe = (event as AlDataDeletedEvent).extension;
        this.markWiped();
      },
      { signal },
    );
    this.host.addEventListener('al-persist-note-close', () => this.update(() => (this.persistNote = false)), { signal });
    void loadLockState()
      .then(
        (s) => (this.lock = s),
        () => (this.lock = 'off'),
      )
      .finally(() => this.update(() => (this.ready = true)));
  }

  hostDisconnected(): void {
    this.abort.abort();
    clearTimeout(this.timer);
  }

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** `lock()` waits for this: the screen is cleared (and any field being typed in saves) before the key goes. */
  private async handleLock(state: LockState): Promise<void> {
    this.update(() => (this.lock = state));
    clearTimeout(this.timer);
    if (state === 'unlocked') {
      this.lastActivity = Date.now();
      await this.readIdle();
    }
    await this.host.updateComplete;
  }

  private async readIdle(): Promise<void> {
    const minutes = await settingsRepo.get('lockIdleMinutes', DEFAULT_LOCK_IDLE_MINUTES).catch(() => DEFAULT_LOCK_IDLE_MINUTES);
    this.idleMs = minutes * 60_000;
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    if (this.lock !== 'unlocked') return;
    const left = this.idleMs - (Date.now() - this.lastActivity);
    this.timer = setTimeout(() => this.checkIdle(), Math.max(1_000, left));
  }

  /** Locks when the idle time has passed (also checked when the page is shown again: timers sleep in the background). */
  private checkIdle(): void {
    if (this.lock !== 'unlocked' || this.wiped) return;
    if (Date.now() - this.lastActivity >= this.idleMs) void lock();
    else this.arm();
  }

  private handleSaved(store: string): void {
    if (this.askedToPersist || !isFirstWordsStore(store)) return;
    this.askedToPersist = true;
    void persistAfterFirstWords().then(
      // Said once, and only where the browser has such a promise to ask for.
      (r) => r.firstTime && r.state !== 'unsupported' && this.update(() => (this.persistNote = true)),
      () => undefined,
    );
  }

  private markWiped(): void {
    clearTimeout(this.timer);
    this.update(() => (this.wiped = true));
    // The closing screen is short: show it from the top, and let screen readers start there.
    void this.host.updateComplete.then(() => {
      window.scrollTo(0, 0);
      (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    });
  }

  /** What shows instead of the screen (closing screen, lock screen, loading), or undefined to show the screen. */
  gate(path: string): TemplateResult | undefined {
    if (this.wiped) {
      return html`<h1>${msg('Everything is deleted')}</h1>
        <p>${msg('Alongside has deleted everything it kept in this browser. You can close this tab now.')}</p>
        ${this.extensionWipe === 'not-linked' ? nothing : html`<p>${extensionWipeNote(this.extensionWipe)}</p>`}
        <p>${msg('If you want to start again, with a new, empty Alongside, you can.')}</p>
        <p><button class="btn primary" type="button" @click=${() => location.assign('/')}>${msg('Start again')}</button></p>`;
    }
    if (!this.ready) return html`<p aria-live="polite">${msg('Loading…')}</p>`;
    if (this.lock === 'locked' && !OPEN_WHILE_LOCKED.includes(path)) return html`<al-lock-screen></al-lock-screen>`;
    return undefined;
  }

  /** A line above screens that stay open while locked. */
  lockedNote(path: string): TemplateResult | undefined {
    if (this.lock !== 'locked' || !OPEN_WHILE_LOCKED.includes(path) || this.wiped) return undefined;
    return html`<p class="locked-note" role="status">${msg('Alongside is locked.')} <a href="/">${msg('Unlock')}</a></p>`;
  }
}
