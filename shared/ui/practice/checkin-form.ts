import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { checkinWords } from '../../content/practice/checkin-words-es.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlChoiceGroup, ChoiceOption } from '../base/choice-group.ts';
import type { AlTextField } from '../base/text-field.ts';
import '../base/choice-group.ts';
import '../base/text-field.ts';

/** A check-in the person asked to save. */
export interface CheckinDraft {
  stress: number;
  hope: number;
  note: string;
}

/** Fired by `<al-checkin-form>` with a complete check-in. */
export class AlCheckinSaveEvent extends Event {
  static readonly type = 'al-checkin-save';
  constructor(readonly detail: Readonly<CheckinDraft>) {
    super(AlCheckinSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** A scale's choices, in the interface's language (built at render time). */
const options = (labels: readonly string[]): ChoiceOption[] => labels.map((label, i) => ({ value: String(i + 1), label: `${i + 1}.\u00a0${label}` }));

/**
 * "How am I doing?": stress and hope on 1–5 scales, and one free sentence.
 * Both scales are needed; a missing one is named, announced and focused.
 *
 * @summary Check-in form.
 * @fires al-checkin-save - With the stress, hope and note to store.
 */
@customElement('al-checkin-form')
@localized()
export class AlCheckinForm extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      form { margin: 0; }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @query('al-choice-group.stress') private stressGroup!: AlChoiceGroup;
  @query('al-choice-group.hope') private hopeGroup!: AlChoiceGroup;
  @query('al-text-field') private noteField!: AlTextField;

  @state() private stress = '';
  @state() private hope = '';
  @state() private stressError = '';
  @state() private hopeError = '';

  /** Turns off the button while a save is under way. */
  @property({ type: Boolean }) busy = false;

  private handleSubmit(event: Event): void {
    event.preventDefault();
    this.stressError = this.stress ? '' : msg('Please choose how stressed you feel.');
    this.hopeError = this.hope ? '' : msg('Please choose how much hope you feel.');
    if (this.stressError) return this.stressGroup.focus();
    if (this.hopeError) return this.hopeGroup.focus();
    this.dispatchEvent(new AlCheckinSaveEvent({ stress: Number(this.stress), hope: Number(this.hope), note: this.noteField.value.trim() }));
  }

  private handleStress(event: Event): void {
    this.stress = (event.target as AlChoiceGroup).value;
    this.stressError = '';
  }

  private handleHope(event: Event): void {
    this.hope = (event.target as AlChoiceGroup).value;
    this.hopeError = '';
  }

  /** Clears the form for the next check-in. */
  reset(): void {
    this.stress = '';
    this.hope = '';
    this.stressError = '';
    this.hopeError = '';
    this.noteField.value = '';
  }

  override render() {
    const words = checkinWords();
    return html`<form novalidate @submit=${this.handleSubmit}>
      <al-choice-group class="stress" legend=${msg('Stress')} question=${msg('How stressed have I felt this week?')} layout="row" required
        .options=${options(words.stress)} .value=${this.stress} .error=${this.stressError} @change=${this.handleStress}></al-choice-group>
      <al-choice-group class="hope" legend=${msg('Hope')} question=${msg('How much hope do I feel right now?')} layout="row" required
        .options=${options(words.hope)} .value=${this.hope} .error=${this.hopeError} @change=${this.handleHope}></al-choice-group>
      <al-text-field label=${msg('One sentence about my week')} hint=${msg('If you like. What helped, what was hard, or anything you want to remember.')}
        maxlength="500"></al-text-field>
      <div class="actions"><button class="btn primary" type="submit" ?disabled=${this.busy}>${msg('Save check-in')}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-checkin-form': AlCheckinForm;
  }
  interface HTMLElementEventMap {
    'al-checkin-save': AlCheckinSaveEvent;
  }
}
