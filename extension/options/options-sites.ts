import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { renderStored } from '../../shared/ui/base/stored-view.ts';
import { disableSite, enableSite, listEnabledSites } from '../site-access.ts';
import { formStyles } from './options-styles.ts';
import { originFromInput, SUGGESTED_SITES } from './suggested-sites.ts';

/** The site as people read it: "mail.example.com". */
function siteName(origin: string): string {
  return new URL(origin).host;
}

/** What the last change did, for the status line: said in words at render time, in the page's language. */
interface Outcome {
  kind: 'on' | 'declined' | 'off';
  site: string;
}

function outcomeText(outcome: Outcome | null): string {
  if (outcome?.kind === 'on') return msg(str`Alongside is on for ${outcome.site}.`);
  if (outcome?.kind === 'declined') return msg(str`Alongside was not turned on for ${outcome.site}.`);
  if (outcome?.kind === 'off') return msg(str`Alongside is off on ${outcome.site}.`);
  return '';
}

/**
 * Which sites Alongside may offer prompts on: the ones turned on (each removable with one
 * click), common webmail and chat sites to add, and any other site by its address. Each
 * addition asks the browser for that one site.
 *
 * @summary Options: sites.
 */
@customElement('al-options-sites')
@localized()
export class AlOptionsSites extends LitElement {
  static override styles = [baseStyles, formStyles, css`:host { display: block; }`];

  @state() private address = '';
  @state() private error = false;
  @state() private outcome: Outcome | null = null;

  /** The sites Alongside is on for, as the browser's permissions say; read again after each change. */
  private readonly sites = new Task(this, { task: () => listEnabledSites(), args: () => [] });

  private async handleAdd(origin: string): Promise<void> {
    this.error = false;
    const granted = await enableSite(origin).catch(() => false);
    this.outcome = { kind: granted ? 'on' : 'declined', site: siteName(origin) };
    await this.sites.run();
  }

  private async handleRemove(origin: string): Promise<void> {
    await disableSite(origin);
    this.outcome = { kind: 'off', site: siteName(origin) };
    await this.sites.run();
  }

  private handleAddress(event: SubmitEvent): void {
    event.preventDefault();
    const origin = originFromInput(this.address);
    if (!origin) {
      this.error = true;
      return;
    }
    this.address = '';
    void this.handleAdd(origin);
  }

  private renderSites(sites: string[]) {
    if (sites.length === 0) return html`<p class="muted">${msg('No sites yet. Choose one below, or turn Alongside on from its toolbar button while you are on a site.')}</p>`;
    return html`<ul class="plain">
      ${sites.map(
        (s) => html`<li><span>${siteName(s)}</span><button class="btn danger" type="button" aria-label=${msg(str`Stop using Alongside on ${siteName(s)}`)} @click=${() => this.handleRemove(s)}>${msg('Remove')}</button></li>`,
      )}
    </ul>`;
  }

  override render() {
    const suggestions = SUGGESTED_SITES.filter((s) => !this.sites.value?.includes(s.origin));
    return html`
      <h2>${msg('Sites')}</h2>
      <p>${msg('Alongside only works on sites you choose. On those, it can offer a calm prompt while you write a hard message. To do that, it reads the message you are writing, only inside your browser. It never keeps it or sends it anywhere, and it skips password and card fields.')}</p>
      <h3>${msg('Turned on')}</h3>
      ${renderStored(this.sites, { loading: msg('Loading…'), complete: (sites) => this.renderSites(sites) })}
      ${suggestions.length
        ? html`<h3>${msg('Common email and chat sites')}</h3>
            <p class="hint">${msg('Your browser will ask you to allow each site. You can remove it here any time.')}</p>
            <ul class="chips">
              ${suggestions.map((s) => html`<li><button class="btn" type="button" aria-label=${msg(str`Turn on for ${s.name}`)} @click=${() => this.handleAdd(s.origin)}>${s.name}</button></li>`)}
            </ul>`
        : nothing}
      <form @submit=${this.handleAddress} novalidate>
        <div class="field">
          <label for="address">${msg('Another site')}</label>
          <span class="hint" id="address-hint">${msg('Its address, such as mail.example.com')}</span>
          <div class="row">
            <input id="address" type="url" inputmode="url" autocomplete="url" .value=${this.address}
              aria-describedby=${this.error ? 'address-hint address-error' : 'address-hint'} aria-invalid=${this.error ? 'true' : 'false'}
              @input=${(e: Event) => (this.address = (e.target as HTMLInputElement).value)} />
            <button class="btn" type="submit">${msg('Turn on')}</button>
          </div>
          ${this.error ? html`<p class="error" id="address-error">${msg('Please type a web address, such as mail.example.com.')}</p>` : nothing}
        </div>
      </form>
      <p class="saved" role="status">${outcomeText(this.outcome)}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-options-sites': AlOptionsSites;
  }
}
