import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/trust/lock-settings.ts';

/**
 * The optional app lock: a passcode that keeps the person's writing encrypted on the device.
 *
 * @summary App lock screen.
 */
@localized()
@customElement('al-lock-page')
export class AlLockPage extends LitElement {
  static override styles = [baseStyles, pageStyles, css`
      al-lock-settings { max-width: var(--al-measure); }
      .back { display: inline-flex; align-items: center; min-height: var(--al-touch); }
    `];

  override render() {
    return html`
      <a class="back" href="/settings">${msg('← Settings')}</a>
      <h1>${msg('App lock')}</h1>
      <p class="lead">${msg('If other people use this device, a passcode keeps what you write private. It is up to you: many people do not need it.')}</p>
      <al-lock-settings></al-lock-settings>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lock-page': AlLockPage;
  }
}
