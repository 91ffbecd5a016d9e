import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { BOUNDARY_STEPS } from '../../domain/toolkit/boundary.ts';
import { pitfallWording, type Pitfall } from '../../domain/toolkit/pitfall-rules.ts';
import { PITFALL_WORDS_EN } from '../../content/toolkit/pitfall-words-en.ts';
import { AlPitfallFixEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';

/** The builder's name for a field ("What you will do"). */
function fieldTitle(field: Pitfall['field']): string {
  return BOUNDARY_STEPS.find((s) => s.key === field)?.title ?? field;
}

/**
 * Gentle hints about a boundary's wording, with a kinder way to say it. Calm colours, a
 * `status` region (not an alert): they are ideas, never blocks.
 *
 * @summary Pitfall hints.
 * @fires al-pitfall-fix - When the person chooses to change the part a hint is about.
 */
@customElement('al-pitfall-hints')
export class AlPitfallHints extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .box { background: var(--al-color-surface-soft); border-left: 4px solid var(--al-color-primary); border-radius: 0 var(--al-radius-small) var(--al-radius-small) 0; padding: var(--al-space-3) var(--al-space-4); margin: var(--al-space-3) 0; }
      .box:empty { display: none; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      li + li { border-top: 1px solid var(--al-color-border-soft); padding-top: var(--al-space-3); }
      .part { font-weight: 700; margin-bottom: var(--al-space-1); }
      .suggestion { font-style: italic; }
      p { margin-bottom: var(--al-space-2); }
    `,
  ];

  /** The hints to show. */
  @property({ attribute: false }) pitfalls: readonly Pitfall[] = [];
  /** Offer a "Change" button per hint. */
  @property({ type: Boolean }) fixable = false;
  /** Name each hint's part (off when the hints sit under the field they are about). */
  @property({ type: Boolean }) showPart = true;
  /** Said first, when there are hints. */
  @property() intro = 'A few gentle ideas. You can change the wording, or keep it as it is.';
  /** Said when there are no hints (empty for nothing). */
  @property() clear = '';

  override render() {
    const list = this.pitfalls;
    return html`<div class="box" role="status">${list.length
      ? html`<p>${this.intro}</p>
          <ul>
            ${list.map((p) => {
              const { message, suggestion } = pitfallWording(p, PITFALL_WORDS_EN);
              return html`<li>
                ${this.showPart ? html`<p class="part">${fieldTitle(p.field)}</p>` : nothing}
                <p>${message}</p>
                <p class="suggestion">${suggestion}</p>
                ${this.fixable
                  ? html`<button class="btn" type="button" aria-label=${`Change: ${fieldTitle(p.field)}`}
                      @click=${() => this.dispatchEvent(new AlPitfallFixEvent({ field: p.field }))}>Change</button>`
                  : nothing}
              </li>`;
            })}
          </ul>`
      : this.clear}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-pitfall-hints': AlPitfallHints;
  }
}
