import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import { listEnabledSites, disableSite } from '../site-access.ts';
import '../../shared/ui/base/card.ts';

/**
 * Options: which sites Alongside may offer prompts on, and what it keeps.
 *
 * @summary Options page.
 */
@customElement('al-options')
export class AlOptions extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: 44rem; margin: 0 auto; padding: var(--al-space-5) var(--al-space-4); }
      h1 { font-size: var(--al-font-size-h1); }
      h2 { font-size: var(--al-font-size-h2); }
      al-card { margin-bottom: var(--al-space-4); }
      ul { padding: 0; list-style: none; display: grid; gap: var(--al-space-2); }
      li { display: flex; align-items: center; justify-content: space-between; gap: var(--al-space-3); flex-wrap: wrap; }
      .muted { color: var(--al-color-text-muted); }
    `,
  ];

  @state() private sites: string[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    this.sites = await listEnabledSites();
  }

  private async handleRemove(origin: string): Promise<void> {
    await disableSite(origin);
    await this.refresh();
  }

  override render() {
    return html`
      <main>
        <h1>Alongside options</h1>
        <al-card>
          <h2>Sites</h2>
          <p>Alongside only works on sites you choose. On those, it can offer a calm prompt while you write a hard message. It never reads anything else, and never sends what you type anywhere.</p>
          ${this.sites === undefined
            ? html`<p class="muted">Loading…</p>`
            : this.sites.length === 0
              ? html`<p class="muted">No sites yet. You can turn Alongside on for a site from its popup, while you are on that site.</p>`
              : html`<ul>
                  ${this.sites.map(
                    (s) => html`<li><span>${s}</span><button class="btn danger" type="button" aria-label=${`Stop using Alongside on ${s}`} @click=${() => this.handleRemove(s)}>Remove</button></li>`,
                  )}
                </ul>`}
        </al-card>
        <al-card>
          <h2>Your privacy</h2>
          <p>Your boundaries are kept in this browser, in the extension's own storage. Nothing leaves your device. Removing the extension removes what it kept.</p>
        </al-card>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-options': AlOptions;
  }
}
