import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ShareCardContent } from './share-image.ts';
import { baseStyles } from './shared-styles.ts';

/**
 * One thing the person chose to show, as a large, readable card: a label, a line of context,
 * and their words. Prints black on white.
 *
 * @summary Share card.
 * @cssproperty --al-share-size - The size of the words.
 */
@customElement('al-share-card')
export class AlShareCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      figure {
        margin: 0; background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-left: 12px solid var(--al-color-primary);
        border-radius: var(--al-radius); padding: clamp(1.25rem, 4vw, 3rem); box-shadow: var(--al-shadow);
      }
      .eyebrow { text-transform: uppercase; letter-spacing: 0.05em; font-weight: 700; color: var(--al-color-primary); margin: 0 0 var(--al-space-3); }
      .context { color: var(--al-color-text-muted); margin: 0 0 var(--al-space-3); }
      blockquote { margin: 0; font-size: var(--al-share-size, clamp(1.4rem, 3.5vw, 2.4rem)); font-weight: 600; line-height: 1.35; white-space: pre-line; overflow-wrap: anywhere; }
      @media print {
        figure { border: 2px solid #000; box-shadow: none; background: #fff; color: #000; }
        .eyebrow, .context { color: #000; }
      }
    `,
  ];

  /** What the card says. */
  @property({ attribute: false }) content: ShareCardContent | undefined;

  override render() {
    const c = this.content;
    if (!c) return nothing;
    return html`<figure>
      <p class="eyebrow">${c.eyebrow}</p>
      ${c.context ? html`<p class="context">${c.context}</p>` : nothing}
      <blockquote>${c.text}</blockquote>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-share-card': AlShareCard;
  }
}
