import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { problemBox } from '../../shared/ui/base/stored-view.ts';
import { disableSite, enableSite, listEnabledSites, siteOrigin, startInTab } from '../site-access.ts';

/** The tab the popup was opened on; `activeTab` lets the popup read its address. */
async function activeTab(): Promise<chrome.tabs.Tab | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The site as people read it: "mail.example.com". */
function siteName(origin: string): string {
  return new URL(origin).host;
}

/** What the last change did, for the status line: said in words at render time, in the page's language. */
type Outcome = { kind: 'off' | 'on' | 'reload'; site: string } | { kind: 'declined' };

function outcomeText(outcome: Outcome | null): string {
  switch (outcome?.kind) {
    case 'off':
      return msg(str`Alongside is off on ${outcome.site}.`);
    case 'on':
      return msg(str`Alongside is on for ${outcome.site}.`);
    case 'reload':
      return msg(str`Alongside is on for ${outcome.site}. Reload the page to start.`);
    case 'declined':
      return msg('Alongside was not turned on. That’s fine: you can choose this any time.');
    default:
      return '';
  }
}

/**
 * In the popup: the site of the current tab, and one button to turn Alongside on there
 * (the browser asks for that site only) or off again. Sites are opt-in.
 *
 * @summary Turn Alongside on or off for the current site.
 */
@customElement('al-site-toggle')
@localized()
export class AlSiteToggle extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .box { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-3); background: var(--al-color-surface); }
      .site { font-weight: 700; overflow-wrap: anywhere; }
      p { font-size: var(--al-font-size-small); }
      .btn { width: 100%; }
      .muted { color: var(--al-color-text-muted); margin: 0; }
    `,
  ];

  @state() private busy = false;
  @state() private outcome: Outcome | null = null;
  @state() private failed = false;

  /** The site to show; when not set, the current tab's site is used. */
  @property() site = '';

  /** The site (null: none that Alongside can work on), its tab, and whether Alongside is on there; read again for another site, and after a change. */
  private readonly here = new Task(this, {
    task: async ([site]) => {
      try {
        const tab = site ? undefined : await activeTab();
        const origin = site ? siteOrigin(site) : siteOrigin(tab?.url);
        const sites = origin ? await listEnabledSites() : [];
        return { origin, tabId: tab?.id, enabled: origin !== null && sites.includes(origin) };
      } catch {
        return { origin: null, tabId: undefined, enabled: false };
      }
    },
    args: () => [this.site] as const,
  });

  private async handleToggle(): Promise<void> {
    const here = this.here.value;
    const origin = here?.origin;
    if (!here || !origin) return;
    this.busy = true;
    this.outcome = null;
    this.failed = false;
    try {
      if (here.enabled) {
        await disableSite(origin);
        this.outcome = { kind: 'off', site: siteName(origin) };
      } else if (await enableSite(origin)) {
        this.outcome = { kind: 'on', site: siteName(origin) };
        // Start in the open tab now; on other tabs of the site it starts on their next load.
        if (here.tabId !== undefined) await startInTab(here.tabId).catch(() => (this.outcome = { kind: 'reload', site: siteName(origin) }));
      } else {
        this.outcome = { kind: 'declined' };
      }
      await this.here.run();
    } catch {
      this.failed = true;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const here = this.here.value;
    if (here === undefined) return nothing;
    if (here.origin === null) {
      return html`<div class="box"><p class="muted">${msg('Alongside can offer a calm prompt while you write, on web sites you choose. Open a site, then open Alongside there.')}</p></div>`;
    }
    const name = siteName(here.origin);
    return html`<div class="box">
      <p>${here.enabled
          ? msg(html`On <span class="site">${name}</span>, Alongside can offer a calm prompt beside a hard message you are writing. It reads what you write only inside your browser, and never keeps it or sends it anywhere.`)
          : msg(html`On <span class="site">${name}</span>, Alongside could offer a calm prompt beside a hard message you are writing. It reads what you write only inside your browser, and never keeps it or sends it anywhere.`)}</p>
      <button class="btn ${here.enabled ? '' : 'primary'}" type="button" ?disabled=${this.busy} @click=${this.handleToggle}>
        ${here.enabled ? msg('Stop using Alongside here') : msg('Use Alongside on this site')}
      </button>
      <p class="muted" role="status">${outcomeText(this.outcome)}</p>
      ${problemBox(this.failed ? msg('Something got in the way. Please try again.') : '')}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-site-toggle': AlSiteToggle;
  }
}
