import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from './shared-styles.ts';

/**
 * A calm surface that groups related content.
 *
 * @summary Card.
 * @slot - The content.
 * @slot actions - Buttons at the bottom.
 * @cssproperty --al-card-padding - Inner spacing.
 */
@customElement('al-card')
export class AlCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block; background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft);
        border-radius: var(--al-radius); box-shadow: var(--al-shadow); padding: var(--al-card-padding, var(--al-space-5));
      }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin-top: var(--al-space-3); }
      .actions:not(:has(::slotted(*))) { display: none; }
    `,
  ];

  override render() {
    return html`<slot></slot><div class="actions"><slot name="actions"></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-card': AlCard;
  }
}
