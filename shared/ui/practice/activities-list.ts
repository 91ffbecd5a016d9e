import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { patternWords } from '../../content/practice/pattern-words-es.ts';
import { ACTIVITY_FIELD_MAX, activityProblem, hasActivity, type RewardingActivity } from '../../domain/practice/pattern-log.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlTextField } from '../base/text-field.ts';
import '../base/text-field.ts';
import { fieldProblemText } from '../base/problem.ts';

/** Fired by `<al-activities-list>` to add an activity. */
export class AlActivityAddEvent extends Event {
  static readonly type = 'al-activity-add';
  constructor(readonly detail: Readonly<{ text: string; when: string }>) {
    super(AlActivityAddEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-activities-list>` to take an activity off the list. */
export class AlActivityRemoveEvent extends Event {
  static readonly type = 'al-activity-remove';
  constructor(readonly detail: Readonly<{ id: string }>) {
    super(AlActivityRemoveEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The rewarding-activities list: the person's own list, a small form to add one (with an
 * optional "when it could fit"), and ideas to add with one tap (an idea already on the list
 * is not offered again).
 *
 * @summary Rewarding activities.
 * @fires al-activity-add - With the activity's words.
 * @fires al-activity-remove - With the id to take off.
 */
@customElement('al-activities-list')
@localized()
export class AlActivitiesList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul.mine { list-style: none; margin: 0 0 var(--al-space-4); padding: 0; display: grid; gap: var(--al-space-2); }
      ul.mine li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--al-space-2);
        background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3); overflow-wrap: anywhere; }
      .when { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      form { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); margin: 0 0 var(--al-space-4); }
      h3 { font-size: 1.1rem; }
      .ideas { display: flex; flex-wrap: wrap; gap: var(--al-space-2); list-style: none; margin: 0; padding: 0; }
    `,
  ];

  /** The list as stored. */
  @property({ attribute: false }) activities: readonly RewardingActivity[] = [];
  /** Who it is built for, in the reader's words ("your son"); "the person you support" in the interface's language when none is given. */
  @property() person: string | undefined;

  @state() private error = '';
  @query('.text') private textField!: AlTextField;
  @query('.fit') private whenField!: AlTextField;

  /** Clears the form after the page stored the activity. */
  clear(): void {
    this.textField.value = '';
    this.whenField.value = '';
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const text = this.textField.value.trim();
    const when = this.whenField.value.trim();
    const problem = activityProblem(text, when);
    this.error = problem ? fieldProblemText(problem) : '';
    if (this.error) return void this.textField.focus();
    this.dispatchEvent(new AlActivityAddEvent({ text, when }));
  }

  override render() {
    const ideas = patternWords().activityIdeas.filter((s) => !hasActivity(this.activities, s));
    const person = this.person ?? msg('the person you support');
    const mine = [...this.activities].sort((a, b) => a.createdAt - b.createdAt);
    return html`
      ${mine.length
        ? html`<ul class="mine" aria-label=${msg('Your list')}>
            ${repeat(mine, (a) => a.id, (a) => html`<li>
              <span>${a.text}${a.when ? html`<span class="when">${msg(str`When it could fit: ${a.when}`)}</span>` : nothing}</span>
              <button class="btn quiet" type="button" aria-label=${msg(str`Remove: ${a.text}`)} @click=${() => this.dispatchEvent(new AlActivityRemoveEvent({ id: a.id }))}>${msg('Remove')}</button>
            </li>`)}
          </ul>`
        : html`<p>${msg('Your list is empty for now. Add one thing below, or pick an idea.')}</p>`}
      <form novalidate @submit=${this.handleSubmit} aria-labelledby="add-heading">
        <h3 id="add-heading">${msg('Add your own')}</h3>
        <al-text-field class="text" label=${msg('Something you could do together')} hint=${msg(str`With ${person} in mind: what do they enjoy, or used to?`)}
          maxlength=${ACTIVITY_FIELD_MAX} .error=${this.error}></al-text-field>
        <al-text-field class="fit" label=${msg('When it could fit (optional)')} hint=${msg('For example: Friday evenings, after their shift.')} maxlength=${ACTIVITY_FIELD_MAX}></al-text-field>
        <button class="btn primary" type="submit">${msg('Add to my list')}</button>
      </form>
      ${ideas.length
        ? html`<h3 id="ideas-heading">${msg('Ideas to add with one tap')}</h3>
            <ul class="ideas" aria-labelledby="ideas-heading">
              ${ideas.map((s) => html`<li><button class="btn" type="button" @click=${() => this.dispatchEvent(new AlActivityAddEvent({ text: s, when: '' }))}><span aria-hidden="true">+ </span><span class="visually-hidden">${msg('Add:')} </span>${s}</button></li>`)}
            </ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-activities-list': AlActivitiesList;
  }
  interface HTMLElementEventMap {
    'al-activity-add': AlActivityAddEvent;
    'al-activity-remove': AlActivityRemoveEvent;
  }
}
