import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/toolkit/roleplay-cards.ts';

/**
 * Practise: role-play cards for practising alone or in pairs.
 *
 * @summary Practice screen.
 */
@localized()
@customElement('al-practice-page')
export class AlPracticePage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .how { display: grid; gap: var(--al-space-4); grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); margin: var(--al-space-4) 0 var(--al-space-5); }
      .how div { background: var(--al-color-surface-soft); border-radius: var(--al-radius); padding: var(--al-space-4); }
      h2 { font-size: 1.15rem; }
    `,
  ];

  override render() {
    return html`
      <h1>${msg('Practise')}</h1>
      <p class="lead">${msg('Saying the words out loud before a hard talk makes them easier to find when it counts. There is no wrong way to practise.')}</p>
      <div class="how">
        <div><h2>${msg('On your own')}</h2><p>${msg('Read what they say, out loud. Answer in your own words. Then show the ideas and compare.')}</p></div>
        <div><h2>${msg('With someone you trust')}</h2><p>${msg('One of you reads “They say”. The other answers. Then swap. Go gently: it’s practice, not a test.')}</p></div>
      </div>
      <h2>${msg('Role-play cards')}</h2>
      <al-roleplay-cards></al-roleplay-cards>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-practice-page': AlPracticePage;
  }
}
