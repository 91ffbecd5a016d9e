import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { planTemplatesIn } from '../../../shared/content/plan-templates.ts';
import { interfaceLanguage } from '../../../shared/content/locale.ts';
import '../../../shared/ui/toolkit/plans-list.ts';

/**
 * Conversation plans: the list, and the way to plan a new talk.
 *
 * @summary Plans screen.
 */
@customElement('al-plans-page')
@localized()
export class AlPlansPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      h2 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
      ul.templates { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      ul.templates li { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-3) var(--al-space-4); }
      ul.templates p { margin: var(--al-space-2) 0 0; }
    `,
  ];

  override render() {
    return html`
      <h1>${msg('Conversation plans')}</h1>
      <p class="lead">${msg('A few minutes of planning can make a hard talk calmer. Think about your goal, a gentle way to start, and how you will pause if it gets heated.')}</p>
      <p><a class="btn primary" href="/plans/new">${msg('Plan a new conversation')}</a></p>
      <div class="measure">
        <h2>${msg('Start from a template')}</h2>
        <p>${msg('A template fills in each part with ideas. You change them into your own words.')}</p>
        <ul class="templates">
          ${planTemplatesIn(interfaceLanguage()).map(
            (t) => html`<li>
              <a class="btn" href=${`/plans/new?template=${encodeURIComponent(t.id)}`}>${t.title}</a>
              <p>${t.summary}</p>
            </li>`,
          )}
        </ul>
        <h2>${msg('Your plans')}</h2>
        <al-plans-list></al-plans-list>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-plans-page': AlPlansPage;
  }
}
