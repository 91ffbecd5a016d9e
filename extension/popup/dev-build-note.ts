import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { COURSE_ORIGIN, DEV_BUILD } from '../built-course.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';

/**
 * "Development build: trusts http://localhost:4173", in the popup, the options and the
 * link confirmation: a build that trusts a local address must never pass unnoticed as
 * the real thing. Shows nothing in a production build.
 *
 * @summary Development build mark.
 */
@customElement('al-dev-build-note')
@localized()
export class AlDevBuildNote extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      p { margin: 0; padding: var(--al-space-1) var(--al-space-2); border: 2px dashed var(--al-color-danger); border-radius: 6px; color: var(--al-color-text); font-size: var(--al-font-size-small); }
    `,
  ];

  override render() {
    if (!DEV_BUILD) return nothing;
    return html`<p>${msg(html`<strong>Development build:</strong> trusts ${COURSE_ORIGIN}`)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-dev-build-note': AlDevBuildNote;
  }
}
