import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/toolkit/prompt-library.ts';

/**
 * Prompts: the library of words for hard talks, with search, favourites and your own.
 *
 * @summary Prompt library screen.
 */
@customElement('al-prompts-page')
@localized()
export class AlPromptsPage extends LitElement {
  static override styles = [baseStyles, pageStyles];

  override render() {
    return html`
      <h1>${msg('Prompts')}</h1>
      <p class="lead">${msg(html`Words for hard moments, ready when you need them. Change them so they sound like you. To practise saying them, try the <a href="/practice">role-play cards</a>.`)}</p>
      <div class="measure"><al-prompt-library></al-prompt-library></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-prompts-page': AlPromptsPage;
  }
}
