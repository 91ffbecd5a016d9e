import { LitElement, css, html, svg, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { encode } from 'uqr';
import { baseStyles } from './shared-styles.ts';
import { problemBox } from './stored-view.ts';

/**
 * A QR code for a text (a link), drawn as SVG from the code's modules: one path, no markup
 * from strings. It is an image with a text alternative; the link itself should sit next to it.
 *
 * @summary QR code.
 * @csspart svg - The SVG image.
 */
@localized()
@customElement('al-qr-code')
export class AlQrCode extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: inline-block; }
      svg { display: block; width: var(--al-qr-size, 16rem); max-width: 100%; height: auto; background: #fff; border-radius: var(--al-radius-small); }
      .problem { max-width: 20rem; }
    `,
  ];

  /** The text to encode. */
  @property() text = '';
  /** The image's text alternative. */
  @property() label = '';

  override render() {
    if (!this.text) return nothing;
    let qr: ReturnType<typeof encode>;
    try {
      // The smallest code that holds the link (easiest to scan), with as much error
      // correction as fits in that size; a border of 4 modules, as scanners expect.
      qr = encode(this.text, { ecc: 'L', boostEcc: true, border: 4 });
    } catch {
      return problemBox(msg('This class is too large for a QR code. Share the link or the class file instead.'));
    }
    let d = '';
    qr.data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    return html`<svg part="svg" role="img" aria-label=${this.label} viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      ${svg`<rect width=${qr.size} height=${qr.size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-qr-code': AlQrCode;
  }
}
