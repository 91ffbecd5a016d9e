import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { SelfCheckQuestion } from '../../content/course-types.ts';
import { personalise, type Profile } from '../../domain/course/profile.ts';
import { formatCount, type Language } from '../../content/locale.ts';
import { baseStyles } from '../base/shared-styles.ts';

/** Fired when the reader picks an answer. */
export class AlSelfCheckAnswerEvent extends Event {
  static readonly type = 'al-self-check-answer';
  constructor(
    readonly questionId: string,
    readonly option: number,
  ) {
    super(AlSelfCheckAnswerEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A gentle self-check: pick an answer, then read why. No score, nothing to fail.
 *
 * @summary Self-check.
 * @fires al-self-check-answer - When an answer is picked.
 */
@localized()
@customElement('al-self-check')
export class AlSelfCheck extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      fieldset { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); margin: 0 0 var(--al-space-4); background: var(--al-color-surface); }
      /* A floated legend sits inside the box, so a long question wraps cleanly. */
      legend { font-weight: 700; float: left; width: 100%; padding: 0; margin-bottom: var(--al-space-2); }
      legend + * { clear: both; }
      label { display: flex; gap: var(--al-space-3); align-items: flex-start; min-height: var(--al-touch); padding: var(--al-space-2); border-radius: var(--al-radius-small); cursor: pointer; }
      label:hover { background: var(--al-color-surface-soft); }
      input { width: 1.25rem; height: 1.25rem; margin-top: 0.2rem; flex: none; accent-color: var(--al-color-primary); }
      .why { margin-top: var(--al-space-3); padding: var(--al-space-3); border-radius: var(--al-radius-small); background: var(--al-color-primary-soft); }
      .why strong { display: block; }
    `,
  ];

  /** The questions. */
  @property({ attribute: false }) questions: readonly SelfCheckQuestion[] = [];
  /** Answers so far: question id → option index. */
  @property({ attribute: false }) answers: Record<string, number> = {};
  /** The reader's words for placeholders. */
  @property({ attribute: false }) profile: Profile | undefined;
  /** The language the questions are written in, which fills in the reader's words. */
  @property({ attribute: false }) language: Language = 'en';

  private handlePick(q: SelfCheckQuestion, option: number): void {
    this.answers = { ...this.answers, [q.id]: option };
    this.dispatchEvent(new AlSelfCheckAnswerEvent(q.id, option));
  }

  override render() {
    const fill = (text: string) => personalise(text, this.profile, this.language);
    return this.questions.map((q, qi) => {
      const picked = this.answers[q.id];
      const chosen = picked === undefined ? undefined : q.options[picked];
      return html`<fieldset>
        <legend>${formatCount(qi + 1)}. ${fill(q.question)}</legend>
        ${q.options.map(
          (o, i) => html`<label><input type="radio" name=${q.id} .checked=${picked === i} @change=${() => this.handlePick(q, i)} />
            <span>${fill(o.text)}</span></label>`,
        )}
        <div aria-live="polite">
          ${chosen
            ? html`<div class="why"><strong>${chosen.correct ? msg('Yes, that fits.') : msg('A common thought. Here is another way to see it.')}</strong>${fill(q.explanation)}</div>`
            : nothing}
        </div>
      </fieldset>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-self-check': AlSelfCheck;
  }
  interface HTMLElementEventMap {
    'al-self-check-answer': AlSelfCheckAnswerEvent;
  }
}
