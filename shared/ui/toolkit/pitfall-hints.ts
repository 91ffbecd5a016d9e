import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { pitfallWording, type Pitfall } from '../../domain/toolkit/pitfall-rules.ts';
import { pitfallWordsIn } from '../../content/toolkit/pitfall-words-es.ts';
import { boundaryWordsIn } from '../../content/toolkit/boundary-words-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { AlPitfallFixEvent } from './toolkit-events.ts';
import { baseStyles } from '../base/shared-styles.ts';

/** The builder's name for a field ("What you will do"), in the interface's language. */
function fieldTitle(field: Pitfall['field']): string {
  return boundaryWordsIn(interfaceLanguage()).steps[field].title;
}

/**
 * Gentle hints about a boundary's wording, with a kinder way to say it. Calm colours, a
 * `status` region (not an alert): they are ideas, never blocks.
 *
 * @summary Pitfall hints.
 * @fires al-pitfall-fix - When the person chooses to change the part a hint is about.
 */
@localized()
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
  /** Said first, when there are hints (a gentle general intro unless set). */
  @property() intro?: string;
  /** Said when there are no hints (empty for nothing). */
  @property() clear = '';

  override render() {
    const list = this.pitfalls;
    const words = pitfallWordsIn(interfaceLanguage());
    return html`<div class="box" role="status">${list.length
      ? html`<p>${this.intro ?? msg('A few gentle ideas. You can change the wording, or keep it as it is.')}</p>
          <ul>
            ${list.map((p) => {
              const { message, suggestion } = pitfallWording(p, words);
              return html`<li>
                ${this.showPart ? html`<p class="part">${fieldTitle(p.field)}</p>` : nothing}
                <p>${message}</p>
                <p class="suggestion">${suggestion}</p>
                ${this.fixable
                  ? html`<button class="btn" type="button" aria-label=${msg(str`Change: ${fieldTitle(p.field)}`)}
                      @click=${() => this.dispatchEvent(new AlPitfallFixEvent({ field: p.field }))}>${msg('Change')}</button>`
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
