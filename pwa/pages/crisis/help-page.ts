import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/crisis/help-crisis-plan.ts';
import '../../../shared/ui/crisis/local-resources.ts';
import '../../../shared/ui/crisis/right-now.ts';

/**
 * Need help now?: a right-now page. The emergency number first, then the family crisis plan
 * the person wrote (behind the passcode when locked), the lines for their country by what they
 * are for, what to say, and what to do now. The class's own resources come last, in their
 * own section, never among or above the crisis lines. Opens while the app is locked.
 *
 * @summary Help right now.
 */
@customElement('al-help-page')
@localized()
export class AlHelpPage extends LitElement {
  static override styles = [baseStyles, pageStyles, css`.class-resources { margin-top: var(--al-space-6); }`];

  override render() {
    return html`
      <h1>${msg('Need help now?')}</h1>
      <p class="lead">${msg("If you are worried about someone's safety, or your own, you do not have to handle it alone.")}</p>
      <div class="measure">
        <al-right-now course-links><al-help-crisis-plan slot="plan"></al-help-crisis-plan></al-right-now>
      </div>
      <div class="measure class-resources"><al-local-resources from-class></al-local-resources></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-page': AlHelpPage;
  }
}
