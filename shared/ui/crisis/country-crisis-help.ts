import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { settingsRepo } from '../../data/settings-repo.ts';
import type { AlCrisisHelp } from './crisis-help.ts';
import './crisis-help.ts';

/**
 * Crisis help for the reader's own country, wherever the course shows it (week 6's "In an
 * emergency"): the country saved on the help screen, else the browser's region. Choosing a
 * country here is remembered there too, so both always agree.
 *
 * @summary Crisis help for the saved country.
 */
@customElement('al-country-crisis-help')
export class AlCountryCrisisHelp extends LitElement {
  static override styles = css`
    :host { display: block; margin: var(--al-space-4) 0; }
  `;

  @state() private country: string | undefined;
  /** Inside a section with its own h2: headings one level down. */
  @property({ type: Boolean }) nested = false;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (c) => (this.country = c || undefined),
      () => undefined, // Help must show even when storage is unavailable.
    );
  }

  private handleChange(event: Event): void {
    const code = (event.target as AlCrisisHelp).country;
    void settingsRepo.set('country', code ?? '').catch(() => undefined);
  }

  override render() {
    return html`<al-crisis-help ?nested=${this.nested} .country=${this.country} @change=${this.handleChange}></al-crisis-help>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-country-crisis-help': AlCountryCrisisHelp;
  }
}
