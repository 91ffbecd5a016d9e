import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { categoryLabel, type RoleplayCard } from '../../content/prompts/prompt-types.ts';
import { roleplayCardsIn } from '../../content/prompts/by-language.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { canSpeak, speak } from '../base/speech.ts';
import { baseStyles } from '../base/shared-styles.ts';

/**
 * Role-play cards for practising alone or in pairs: what they might say, and — once you
 * have tried your own answer — two kind ways to answer.
 *
 * @summary Role-play cards.
 */
@customElement('al-roleplay-cards')
@localized()
export class AlRoleplayCards extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr)); }
      .card { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); display: flex; flex-direction: column; }
      .label { display: block; font-size: var(--al-font-size-small); font-weight: 700; color: var(--al-color-text-muted); text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: var(--al-space-1); }
      .they { font-size: 1.15em; font-weight: 600; }
      .skill { font-size: var(--al-font-size-small); color: var(--al-color-text-muted); margin-top: auto; padding-top: var(--al-space-2); }
      .answers { border-left: 4px solid var(--al-color-primary); padding-left: var(--al-space-3); margin: var(--al-space-3) 0; }
      .answers ul { margin: 0; padding-left: 1.2rem; }
      .answers li { margin-bottom: var(--al-space-2); }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      .safety { background: var(--al-color-help-bg); color: var(--al-color-help-text); padding: var(--al-space-2) var(--al-space-3); border-radius: var(--al-radius); font-size: var(--al-font-size-small); margin: var(--al-space-3) 0 0; }
    `,
  ];

  @state() private open = new Set<string>();

  /** The cards to show; the interface language's when none are given, picked at each render. */
  @property({ attribute: false }) cards?: readonly RoleplayCard[];

  private toggle(id: string): void {
    const next = new Set(this.open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.open = next;
  }

  override render() {
    const speech = canSpeak();
    return html`<ul class="cards">
      ${(this.cards ?? roleplayCardsIn(interfaceLanguage())).map((card) => {
        const open = this.open.has(card.id);
        const answersId = `answers-${card.id}`;
        return html`<li class="card">
          <span class="label">${msg('They say')}</span>
          <p class="they">“${card.theySay}”</p>
          ${open
            ? html`<div class="answers" id=${answersId}>
                <span class="label">${msg('You might answer')}</span>
                <ul>${card.youMightAnswer.map((a) => html`<li>“${a}”</li>`)}</ul>
              </div>`
            : nothing}
          <div class="buttons">
            <button class="btn" type="button" aria-expanded=${String(open)} aria-controls=${open ? answersId : nothing}
              aria-label=${open ? msg(str`Hide the answers: ${card.theySay}`) : msg(str`Show ways to answer: ${card.theySay}`)} @click=${() => this.toggle(card.id)}>
              ${open ? msg('Hide the answers') : msg('Show ways to answer')}
            </button>
            ${speech
              ? html`<button class="btn quiet" type="button" aria-label=${msg(str`Read aloud: ${card.theySay}`)} @click=${() => speak(card.theySay)}>${msg('Read aloud')}</button>`
              : nothing}
          </div>
          ${card.safetyNote ? html`<p class="safety">${card.safetyNote}</p>` : nothing}
          <p class="skill">${msg(str`Skill: ${categoryLabel(card.skill)}`)}</p>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-roleplay-cards': AlRoleplayCards;
  }
}
