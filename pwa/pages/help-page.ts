import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import { pageStyles } from './page-styles.ts';
import '../../shared/ui/features/country-crisis-help.ts';
import '../../shared/ui/features/local-resources.ts';

/**
 * Need help now?: crisis lines for the person's country and what to say when calling.
 * Reachable in one step from every screen.
 *
 * @summary Crisis help screen.
 */
@customElement('al-help-page')
export class AlHelpPage extends LitElement {
  static override styles = [baseStyles, pageStyles];

  override render() {
    return html`
      <h1>Need help now?</h1>
      <p class="lead">If you are worried about someone's safety, or your own, you do not have to handle it alone.</p>
      <div class="measure"><al-country-crisis-help></al-country-crisis-help></div>
      <div class="measure"><al-local-resources from-class></al-local-resources></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-page': AlHelpPage;
  }
}
