import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/crisis/find-support.ts';
import '../../../shared/ui/crisis/local-resources.ts';

/**
 * Find support: national organisations for families in the reader's country, and, when they
 * have joined a class, the local resources their facilitator shared, in their own section
 * after ours. Danger right now belongs to "Need help now?", so the page points there first.
 *
 * @summary Find support.
 */
@customElement('al-find-support-page')
@localized()
export class AlFindSupportPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .now { padding: var(--al-space-3) var(--al-space-4); border-left: 4px solid var(--al-color-primary); background: var(--al-color-primary-soft); border-radius: 0 var(--al-radius-small) var(--al-radius-small) 0; }
      .class-resources { margin-top: var(--al-space-6); }
    `,
  ];

  override render() {
    return html`
      <h1>${msg('Find support')}</h1>
      <p class="lead">${msg('You do not have to do this alone. These groups are for families and friends: to learn, to meet people who understand, and to get advice on money, housing and work.')}</p>
      <div class="measure">
        <p class="now">${msg(html`If someone may be in danger right now, go to <a href="/help">Need help now?</a> for crisis lines and the emergency number.`)}</p>
        <al-find-support></al-find-support>
      </div>
      <div class="measure class-resources"><al-local-resources from-class></al-local-resources></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-find-support-page': AlFindSupportPage;
  }
}
