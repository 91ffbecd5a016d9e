import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { HelpKind } from '../../shared/content/crisis-lines.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import '../../shared/ui/crisis/right-now.ts';

/**
 * The extension's "Need help now?" page: the same right-now content as the course's help
 * page (emergency number, lines by what they are for, what to say, what to do now), without
 * the crisis plan, which lives in the course. Opened from the popup, options, a plan, and the
 * chip (`?for=crisis` or `?for=safety` puts those lines first).
 *
 * @summary Extension help page.
 */
@customElement('al-help-app')
@localized()
export class AlHelpApp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: 44rem; margin: 0 auto; padding: var(--al-space-5) var(--al-space-4) var(--al-space-6); }
      header { display: flex; align-items: center; gap: var(--al-space-2); margin-bottom: var(--al-space-3); }
      header img { width: 32px; height: 32px; border-radius: 8px; }
      h1 { font-size: var(--al-font-size-h1); margin: 0; }
      .lead { font-size: 1.1em; color: var(--al-color-text-muted); }
      footer { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  /** The kind of line to show first. */
  @property() first: HelpKind | undefined;

  override render() {
    return html`
      <main>
        <header><img src="/icons/icon-48.png" alt="" width="32" height="32" /><h1>${msg('Need help now?')}</h1></header>
        <p class="lead">${msg("If you are worried about someone's safety, or your own, you do not have to handle it alone.")}</p>
        <al-right-now .first=${this.first}></al-right-now>
      </main>
      <footer><p>${msg('Alongside is for learning and support, not treatment. This page works without the internet: the numbers are kept in the extension.')}</p></footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-app': AlHelpApp;
  }
}
