import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/toolkit/boundaries-panel.ts';

/**
 * My boundaries: the shared boundaries panel, as a page.
 *
 * @summary Boundaries screen.
 */
@localized()
@customElement('al-boundaries-page')
export class AlBoundariesPage extends LitElement {
  static override styles = [baseStyles, pageStyles];

  override render() {
    return html`
      <h1>${msg('My boundaries')}</h1>
      <p class="lead">${msg(html`A boundary says what <em>you</em> will do when something happens, and why it matters to you. It is not a rule for the other person. We will go one step at a time, and writing it down helps you say it calmly.`)}</p>
      <div class="measure"><al-boundaries-panel></al-boundaries-panel></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundaries-page': AlBoundariesPage;
  }
}
