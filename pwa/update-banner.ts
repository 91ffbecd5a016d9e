import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../shared/ui/base/shared-styles.ts';

/**
 * "A new version is ready": shown when an update waits; the person picks the moment.
 *
 * @summary Update banner.
 * @fires al-update-accept - When the person chooses to reload now.
 */
@localized()
@customElement('al-update-banner')
export class AlUpdateBanner extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { position: fixed; inset: auto var(--al-space-3) var(--al-space-3) var(--al-space-3); z-index: 60; display: flex; justify-content: center; }
      div[role='region'] { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-3); background: var(--al-color-surface); border: 2px solid var(--al-color-primary); border-radius: var(--al-radius); padding: var(--al-space-3) var(--al-space-4); box-shadow: var(--al-shadow); max-width: 40rem; }
      p { margin: 0; }
    `,
  ];

  override render() {
    return html`<div role="region" aria-label=${msg('Update')}>
      <p role="status">${msg('A new version of Alongside is ready. Your writing is saved as you type.')}</p>
      <button class="btn primary" type="button" @click=${() => this.dispatchEvent(new Event('al-update-accept'))}>${msg('Reload now')}</button>
      <button class="btn quiet" type="button" @click=${() => this.remove()}>${msg('Later')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-update-banner': AlUpdateBanner;
  }
}
