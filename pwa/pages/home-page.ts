import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import { pageStyles } from './page-styles.ts';
import '../../shared/ui/base/card.ts';

/**
 * Home: a warm welcome and the way in to each part of Alongside.
 *
 * @summary Home screen.
 */
@customElement('al-home-page')
export class AlHomePage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .grid { display: grid; gap: var(--al-space-4); grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); margin-top: var(--al-space-5); }
      h2 { font-size: 1.2rem; }
      .promise { margin-top: var(--al-space-6); padding: var(--al-space-4); border-left: 4px solid var(--al-color-primary); background: var(--al-color-primary-soft); border-radius: 0 var(--al-radius-small) var(--al-radius-small) 0; max-width: var(--al-measure); }
    `,
  ];

  override render() {
    return html`
      <h1>Welcome to Alongside</h1>
      <p class="lead">Supporting someone you love through mental illness or substance use is hard, and you are not alone in it. Alongside helps you learn, one week at a time, how to help without losing yourself.</p>
      <div class="grid">
        <al-card>
          <h2>My boundaries</h2>
          <p>A boundary is about what you will do. It protects you and keeps the relationship possible. Write yours down so they are ready when you need them.</p>
          <a slot="actions" class="btn primary" href="/boundaries">Open my boundaries</a>
        </al-card>
        <al-card>
          <h2>Need help now?</h2>
          <p>If you or the person you support may be in danger, there are people you can call right now, any time of day.</p>
          <a slot="actions" class="btn" href="/help">See crisis lines</a>
        </al-card>
      </div>
      <p class="promise"><strong>Private by design.</strong> What you write stays in this browser, on this device. There is no account and nothing is sent anywhere.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-home-page': AlHomePage;
  }
}
