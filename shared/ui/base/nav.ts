import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from './shared-styles.ts';

/** One place the navigation leads to. */
export interface NavItem {
  href: string;
  label: string;
}

/**
 * The main navigation: a labelled landmark whose current page is marked for screen readers.
 *
 * @summary Navigation.
 * @csspart list - The list of links.
 */
@localized()
@customElement('al-nav')
export class AlNav extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ul { display: flex; flex-wrap: wrap; gap: var(--al-space-1); list-style: none; margin: 0; padding: 0; }
      a {
        display: inline-flex; align-items: center; min-height: var(--al-touch); padding: 0 var(--al-space-3);
        border-radius: var(--al-radius-small); color: var(--al-color-text); text-decoration: none; font-weight: 600;
      }
      a:hover { background: var(--al-color-surface-soft); }
      a[aria-current='page'] { background: var(--al-color-primary-soft); color: var(--al-color-text); box-shadow: inset 0 -3px 0 var(--al-color-primary); }
    `,
  ];

  /** The links. */
  @property({ attribute: false }) items: NavItem[] = [];
  /** The path of the page showing now. */
  @property() current = '/';
  /** The landmark's accessible name; "Main" in the interface's language when not given. */
  @property() label = '';

  override render() {
    return html`<nav aria-label=${this.label || msg('Main')}>
      <ul part="list">
        ${this.items.map(
          (item) => html`<li><a href=${item.href} aria-current=${ifDefined(isCurrent(item.href, this.current) ? 'page' : undefined)}>${item.label}</a></li>`,
        )}
      </ul>
    </nav>`;
  }
}

function isCurrent(href: string, current: string): boolean {
  return href === '/' ? current === '/' : current === href || current.startsWith(`${href}/`);
}

declare global {
  interface HTMLElementTagNameMap {
    'al-nav': AlNav;
  }
}
