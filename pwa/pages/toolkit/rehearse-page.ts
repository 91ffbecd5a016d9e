import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/toolkit/rehearsal.ts';

/**
 * Rehearse a plan line by line (`/plans/:id/rehearse`).
 *
 * @summary Rehearsal screen.
 */
@customElement('al-rehearse-page')
export class AlRehearsePage extends LitElement {
  static override styles = [baseStyles, pageStyles];

  /** The route's named parts: `id` is the plan's id. */
  @property({ attribute: false }) params: Record<string, string> = {};

  override render() {
    const id = this.params['id'] ?? '';
    return html`<div class="measure"><al-rehearsal planId=${id} planHref=${`/plans/${encodeURIComponent(id)}`}></al-rehearsal></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-rehearse-page': AlRehearsePage;
  }
}
