import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { HELP_PAGE_PATH } from './help-url.ts';

/**
 * A slim bar pinned to the top of an extension page (options, a plan) with "Need help now?",
 * so help is in view however far the page is scrolled. Opens the extension's help page in
 * a new tab, so nothing on this page is lost.
 *
 * @summary Pinned "Need help now?" for extension pages.
 */
@customElement('al-help-bar')
@localized()
export class AlHelpBar extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; position: sticky; top: 0; z-index: 50; background: var(--al-color-surface); border-bottom: 1px solid var(--al-color-border-soft); }
      .bar { max-width: 44rem; margin: 0 auto; padding: var(--al-space-2) var(--al-space-4); display: flex; align-items: center; gap: var(--al-space-3); }
      .name { font-weight: 700; }
      .help {
        margin-left: auto; display: inline-flex; align-items: center; min-height: var(--al-touch); padding: 0 var(--al-space-4);
        border-radius: 999px; background: var(--al-color-help-bg); color: var(--al-color-help-text); font-weight: 700; text-decoration: none;
        border: 2px solid currentColor; white-space: nowrap;
      }
      .help:hover, .help:focus-visible { text-decoration: underline; }
      @media print { :host { display: none; } }
    `,
  ];

  /** The product's name, shown at the start of the bar. */
  @property() name = 'Alongside';

  override render() {
    return html`<div class="bar" role="region" aria-label=${msg('Help')}>
      <span class="name" aria-hidden="true">${this.name}</span>
      <a class="help" href=${`/${HELP_PAGE_PATH}`} target="_blank" rel="noopener">${msg('Need help now?')}</a>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-bar': AlHelpBar;
  }
}
