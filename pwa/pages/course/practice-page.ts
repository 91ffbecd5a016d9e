import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/toolkit/roleplay-cards.ts';

/**
 * Practise: role-play cards for practising alone or in pairs.
 *
 * @summary Practice screen.
 */
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
      <h1>Practise</h1>
      <p class="lead">Saying the words out loud before a hard talk makes them easier to find when it counts. There is no wrong way to practise.</p>
      <div class="how">
        <div><h2>On your own</h2><p>Read what they say, out loud. Answer in your own words. Then show the ideas and compare.</p></div>
        <div><h2>With someone you trust</h2><p>One of you reads “They say”. The other answers. Then swap. Go gently: it’s practice, not a test.</p></div>
      </div>
      <h2>Role-play cards</h2>
      <al-roleplay-cards></al-roleplay-cards>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-practice-page': AlPracticePage;
  }
}
