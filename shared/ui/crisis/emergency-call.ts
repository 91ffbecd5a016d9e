import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { EMERGENCY_ADVICE, EMERGENCY_NUMBERS, type CountryCode } from '../../content/crisis/emergency-numbers.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { guessCountryHere } from './browser-country.ts';
import { callEmergency, emergencyStyles } from './emergency-view.ts';

/**
 * The emergency number for the person's country (the one saved on the help screen, else the
 * browser's region), with nothing more to load than this: it shows where fuller help could not
 * come, such as a help screen whose code did not arrive (offline before the course was kept, or
 * just after an update) or a lesson's crisis help still on its way. With no country known it
 * says to call the local emergency number, and guesses none.
 *
 * @summary The emergency number, when fuller help cannot load.
 */
@localized()
@customElement('al-emergency-call')
export class AlEmergencyCall extends LitElement {
  static override styles = [baseStyles, emergencyStyles, css`:host { display: block; margin: var(--al-space-4) 0; }`];

  @state() private country: CountryCode | undefined = guessCountryHere(undefined);

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (saved) => (this.country = guessCountryHere(saved || undefined)),
      () => undefined, // The browser's region still stands: help never waits on storage.
    );
  }

  override render() {
    const number = this.country ? EMERGENCY_NUMBERS[this.country] : undefined;
    return html`<div class="urgent">
      <p class="urgent-text">${EMERGENCY_ADVICE[interfaceLanguage()]}</p>
      ${number ? callEmergency(number.emergencyHref) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-emergency-call': AlEmergencyCall;
  }
}
