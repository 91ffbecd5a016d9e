import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { onStorageTrouble } from '../shared/data/db.ts';
import { baseStyles } from '../shared/ui/base/shared-styles.ts';
import type { AlToast } from '../shared/ui/base/toast.ts';
import '../shared/ui/base/nav.ts';
import '../shared/ui/base/toast.ts';
import '../shared/ui/crisis/emergency-call.ts';
import { onNavigate } from './navigation.ts';
import { ROUTES, fetchScreen, matchRoute, type RouteMatch } from './routes.ts';
import { TrustController } from './trust-controller.ts';
import { screenShown } from './after-first-screen.ts';
import './trust-notices.ts';
import { problemText } from '../shared/ui/base/problem.ts';

/** The main navigation, in the interface's language (read at render time, so a change of language follows). */
const nav = () => [
  { href: '/', label: msg('Home') },
  { href: '/course', label: msg('Course') },
  { href: '/journal', label: msg('Journal') },
  { href: '/toolkit', label: msg('Toolkit') },
  { href: '/settings', label: msg('Settings') },
];

/**
 * The PWA's frame: skip link, header with the always-there "Need help now?", navigation,
 * the current screen, and a footer that keeps the privacy promise in view.
 *
 * @summary App shell and router.
 */
@customElement('al-app')
@localized()
export class AlApp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 100vh; min-height: 100dvh; }
      .skip { position: absolute; left: var(--al-space-2); top: -10rem; z-index: 100; background: var(--al-color-surface); padding: var(--al-space-3); border-radius: var(--al-radius-small); }
      .skip:focus { top: var(--al-space-2); }
      /* The header stays pinned at every width, so "Need help now?" is never scrolled away; it holds only the
         name and the help link (one slim row, even at 320px, in English), and the page scrolls clear of it
         (scroll-padding). Where the help link's words are longer (Spanish on a phone, large text), it moves
         under the name rather than running off the screen. */
      header { position: sticky; top: 0; z-index: 50; background: var(--al-color-surface); border-bottom: 1px solid var(--al-color-border-soft); }
      .bar { max-width: 64rem; margin: 0 auto; padding: var(--al-space-2) var(--al-space-4); display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-4); }
      .brand { display: inline-flex; align-items: center; gap: var(--al-space-2); font-weight: 700; font-size: 1.2rem; color: var(--al-color-text); text-decoration: none; min-height: var(--al-touch); }
      .brand img { width: 32px; height: 32px; border-radius: 8px; }
      .help {
        margin-left: auto; display: inline-flex; align-items: center; min-height: var(--al-touch); padding: 0 var(--al-space-4);
        border-radius: 999px; background: var(--al-color-help-bg); color: var(--al-color-help-text); font-weight: 700; text-decoration: none;
        border: 2px solid currentColor; white-space: nowrap;
      }
      .help:hover { text-decoration: underline; }
      .nav-row { max-width: 64rem; width: 100%; margin: 0 auto; padding: var(--al-space-2) var(--al-space-4) 0; }
      /* On the narrowest screens the name is said, not shown, so the help link keeps its one row. */
      @media (max-width: 24rem) { .brand-name { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; } }
      /* At least a screen tall, so the footer never moves in view as a screen's content arrives. */
      main { flex: 1; min-height: 100vh; min-height: 100dvh; width: 100%; max-width: 64rem; margin: 0 auto; padding: var(--al-space-5) var(--al-space-4) var(--al-space-6); }
      main:focus { outline: none; }
      .locked-note { max-width: var(--al-measure); padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius); background: var(--al-color-surface-soft); font-weight: 600; }
      footer { border-top: 1px solid var(--al-color-border-soft); color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      footer p { max-width: 64rem; margin: 0 auto; padding: var(--al-space-4); }
      @media print { header, .nav-row, footer, al-toast { display: none !important; } :host { color: #000; background: #fff; } main { max-width: none; padding: 0; } }
    `,
  ];

  @query('main') private main!: HTMLElement;
  @query('header') private header!: HTMLElement;
  @query('al-toast') private toast!: AlToast;

  /** The address on show: its path picks the screen; its query and fragment are handed to it. */
  @state() private here = new URL(location.href);
  @state() private match: RouteMatch | undefined = matchRoute(location.pathname);
  @state() private loaded = false;
  /** The screen's code could not be fetched (offline, or a new version replaced it). */
  @state() private failed = false;
  /** Counts navigations, so one that finishes after a later one has started changes nothing. */
  private navigation = 0;

  private readonly abort = new AbortController();
  /** Lock screen, idle lock, closing screen after delete-all, asking once to keep storage. */
  private readonly trust = new TrustController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    const { signal } = this.abort;
    // Links live inside many shadow roots: catch their clicks here and route without a reload.
    document.addEventListener('click', (e) => this.handleLinkClick(e), { signal });
    window.addEventListener('popstate', () => void this.go(location.pathname + location.search + location.hash, false), { signal });
    onNavigate((path) => void this.go(path), signal);
    const stop = onStorageTrouble((error) => this.toast?.show(problemText(error), { tone: 'alert' }));
    signal.addEventListener('abort', stop);
    // Whatever the page scrolls to (a focused field, a link's target) lands below the pinned header, not under it.
    const pinned = new ResizeObserver(() => (document.documentElement.style.scrollPaddingTop = `${this.header?.offsetHeight ?? 0}px`));
    void this.updateComplete.then(() => pinned.observe(this.header));
    signal.addEventListener('abort', () => pinned.disconnect());
    void this.go(location.pathname + location.search + location.hash, false, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.abort();
  }

  private handleLinkClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || !matchRoute(url.pathname)) return;
    event.preventDefault();
    void this.go(url.pathname + url.search + url.hash);
  }

  /** Shows the screen for a path; moves focus to it so screen readers hear the change. */
  async go(path: string, push = true, first = false): Promise<void> {
    const url = new URL(path, location.origin);
    if (push && url.pathname + url.search !== location.pathname + location.search) history.pushState(null, '', path);
    const match = matchRoute(url.pathname);
    const route = match?.route;
    const navigation = ++this.navigation;
    this.loaded = false;
    this.failed = false;
    this.match = match;
    this.here = url;
    document.title = route ? `${route.title} · Alongside` : msg('Page not found · Alongside');
    try {
      if (match) await fetchScreen(match);
    } catch {
      if (navigation === this.navigation) this.failed = true;
      screenShown();
      return;
    }
    // The person moved on while this screen loaded: the later screen is the one to show.
    if (navigation !== this.navigation) return;
    this.loaded = true;
    await this.updateComplete;
    screenShown();
    if (!first) {
      window.scrollTo(0, 0);
      this.main.focus();
    }
  }

  /**
   * A screen whose code did not arrive: say so kindly, and offer to try again. Trying again
   * reloads the page: after an update the old code's files are gone, and only a fresh page
   * knows the new ones (what was written is stored, so nothing is lost).
   */
  private loadProblem(urgent: boolean) {
    return html`<div role="alert">
      <h1>${msg('This screen did not open')}</h1>
      ${urgent ? html`<al-emergency-call></al-emergency-call>` : nothing}
      <p>${msg('This can happen when you are offline, or just after Alongside updates itself. Nothing you have written is lost.')}</p>
      <p><button class="btn primary" type="button" @click=${() => location.reload()}>${msg('Try again')}</button></p>
      <p><a href="/">${msg('Go to the home page')}</a></p>
    </div>`;
  }

  override render() {
    const route = this.match?.route;
    return html`
      <header>
        <button class="skip btn" type="button" @click=${() => this.main.focus()}>${msg('Skip to content')}</button>
        <div class="bar">
          <a class="brand" href="/"><img src="/icons/icon-192.png" alt="" width="32" height="32" /><span class="brand-name">Alongside</span></a>
          <a class="help" href="/help">${msg('Need help now?')}</a>
        </div>
      </header>
      <div class="nav-row"><al-nav .items=${nav()} current=${this.here.pathname} label=${msg('Main')}></al-nav></div>
      <main id="main" tabindex="-1">
        ${this.trust.gate(this.here.pathname) ??
        html`${this.trust.lockedNote(this.here.pathname)}
          <al-trust-notices path=${this.here.pathname} ?persistNote=${this.trust.persistNote}></al-trust-notices>
          ${route
            ? this.loaded
              ? // A new address makes a new screen, which loads what it shows afresh.
                keyed(
                  this.here.pathname + this.here.search,
                  staticHtml`<${unsafeStatic(route.tag)} .params=${this.match!.params} .query=${this.here.searchParams} .hash=${this.here.hash}></${unsafeStatic(route.tag)}>`,
                )
              : this.failed
                ? this.loadProblem(route.urgent === true)
                : html`<p aria-live="polite">${msg('Loading…')}</p>`
            : html`<h1>${msg('We could not find that page')}</h1>
                <p>${msg('It may have moved.')} <a href="/">${msg('Go to the home page')}</a>.</p>`}`}
      </main>
      <footer>
        <p>${msg('Alongside is for learning and support. It is not treatment, and it cannot replace care from a professional. Everything you write stays on this device.')}</p>
      </footer>
      <al-toast></al-toast>
    `;
  }
}

/** Every route pattern, for tests that walk the whole app. */
export const ALL_PATHS = ROUTES.map((r) => r.path);

declare global {
  interface HTMLElementTagNameMap {
    'al-app': AlApp;
  }
}
