import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { COURSE_WEEKS, MAX_MEETINGS, type ClassMeeting } from '../../domain/classes/class-pack.ts';
import { generateMeetings, inDateOrder } from '../../domain/classes/class-meetings.ts';
import { weekdayOf } from '../../domain/classes/zoned-time.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { classFormStyles } from './class-form-styles.ts';
import { COURSE_ORDER, weekAfter } from '../../content/weeks/course-order.ts';
import { counted, dateLocale, formatCount } from '../../content/locale.ts';
import { weekNameOf } from '../course/week-name.ts';

/** "Tuesdays", from Sunday (0), as the generator's choice reads after "On"; built at render time, in the interface's language. */
const weekdays = () => [msg('Sundays'), msg('Mondays'), msg('Tuesdays'), msg('Wednesdays'), msg('Thursdays'), msg('Fridays'), msg('Saturdays')];

/** "Tuesday 17 March 2026" for a `YYYY-MM-DD` date, without any time zone shifting it. */
function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return '';
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(dateLocale(), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The class's meetings: a generator ("8 weekly meetings from a date, on a weekday, at a
 * time"), then every meeting on its own row, so one can move for a holiday. A meeting moved
 * past another goes back into date order when focus leaves the list (not while typing,
 * where a half-typed year would send the row away), each week still in course order.
 *
 * @summary Meetings editor.
 * @fires change - When the meetings change (read `meetings`).
 */
@localized()
@customElement('al-class-meetings-editor')
export class AlClassMeetingsEditor extends LitElement {
  static override styles = [
    baseStyles,
    classFormStyles,
    css`
      :host { display: block; }
      ol { list-style: none; margin: var(--al-space-4) 0 0; padding: 0; display: grid; gap: var(--al-space-3); }
      li { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3); background: var(--al-color-surface); }
      li h3 { margin: 0 0 var(--al-space-2); font-size: 1rem; }
      .when { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); font-weight: 400; }
      .meeting { grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr)); }
      /* Kept in the page while empty, so the announcement is heard when it fills. */
      .reordered:empty { margin: 0; }
    `,
  ];

  @state() private count = COURSE_WEEKS;
  @state() private from = '';
  @state() private weekday = 2;
  @state() private time = '18:30';
  /** Whether the meetings were just put back in date order (said at render time). */
  @state() private reordered = false;

  /** The meetings, in date order. */
  @property({ attribute: false }) meetings: ClassMeeting[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Start the generator from the meetings already there, so "make again" keeps their rhythm.
    const first = this.meetings[0];
    if (first) {
      this.from = first.date;
      this.weekday = weekdayOf(first.date);
      this.time = first.time;
      this.count = Math.max(1, this.meetings.length);
    }
  }

  private emit(meetings: ClassMeeting[]): void {
    this.meetings = meetings;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private handleGenerate(): void {
    if (!this.from || !this.time) return;
    this.emit(generateMeetings({ from: this.from, weekday: this.weekday, time: this.time, count: this.count }));
  }

  private handleMeeting(index: number, change: Partial<ClassMeeting>): void {
    this.reordered = false;
    this.emit(this.meetings.map((m, i) => (i === index ? { ...m, ...change } : m)));
  }

  private handleListFocusOut(event: FocusEvent): void {
    const list = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && list.contains(event.relatedTarget)) return;
    const sorted = inDateOrder(this.meetings);
    if (sorted.every((m, i) => m.date === this.meetings[i]!.date && m.time === this.meetings[i]!.time)) return;
    this.emit(sorted);
    this.reordered = true;
  }

  private handleAdd(): void {
    const last = this.meetings[this.meetings.length - 1];
    const date = last ? new Date(Date.parse(`${last.date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10) : this.from || new Date().toISOString().slice(0, 10);
    this.emit([...this.meetings, { week: last ? (weekAfter(last.week) ?? last.week) : COURSE_ORDER[0]!, date, time: last?.time ?? this.time }]);
  }

  private handleRemove(index: number): void {
    this.emit(this.meetings.filter((_, i) => i !== index));
  }

  override render() {
    return html`
      <fieldset>
        <legend>${msg('Make the meetings')}</legend>
        <p class="hint">${msg('Pick the first date, the day and the time. You can change any meeting after, for example to move one for a holiday.')}</p>
        <div class="row">
          <div class="field"><label for="count">${msg('How many meetings')}</label>
            <input id="count" type="number" min="1" max=${MAX_MEETINGS} .value=${String(this.count)} @input=${(e: Event) => (this.count = Math.max(1, Math.min(MAX_MEETINGS, Number((e.target as HTMLInputElement).value) || 1)))} /></div>
          <div class="field"><label for="from">${msg('Starting from')}</label>
            <input id="from" type="date" .value=${this.from} @input=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></div>
          <div class="field"><label for="weekday">${msg('On')}</label>
            <select id="weekday" @change=${(e: Event) => (this.weekday = Number((e.target as HTMLSelectElement).value))}>
              ${weekdays().map((d, i) => html`<option value=${i} ?selected=${i === this.weekday}>${d}</option>`)}
            </select></div>
          <div class="field"><label for="time">${msg('At')}</label>
            <input id="time" type="time" .value=${this.time} @input=${(e: Event) => (this.time = (e.target as HTMLInputElement).value)} /></div>
        </div>
        <div class="buttons"><button class="btn" type="button" @click=${this.handleGenerate}>${msg(str`Make ${counted(this.count, { one: msg('weekly meeting'), other: msg('weekly meetings') })}`)}</button></div>
      </fieldset>
      <p class="hint reordered" role="status">${this.reordered ? msg('The meetings are back in date order. Each one still covers the next week of the course.') : ''}</p>
      <ol aria-label=${msg('Meetings')} @focusout=${this.handleListFocusOut}>
        ${this.meetings.map(
          (m, i) => html`<li>
            <h3>${msg(str`Meeting ${formatCount(i + 1)}`)} <span class="when">${longDate(m.date)}</span></h3>
            <div class="row meeting">
              <div class="field"><label for=${`w${i}`}>${msg(html`Week<span class="visually-hidden"> of meeting ${formatCount(i + 1)}</span>`)}</label>
                <select id=${`w${i}`} @change=${(e: Event) => this.handleMeeting(i, { week: Number((e.target as HTMLSelectElement).value) })}>
                  ${COURSE_ORDER.map((key) => html`<option value=${key} ?selected=${key === m.week}>${weekNameOf(key)}</option>`)}
                </select></div>
              <div class="field"><label for=${`d${i}`}>${msg(html`Date<span class="visually-hidden"> of meeting ${formatCount(i + 1)}</span>`)}</label>
                <input id=${`d${i}`} type="date" .value=${m.date} @change=${(e: Event) => this.handleMeeting(i, { date: (e.target as HTMLInputElement).value })} /></div>
              <div class="field"><label for=${`t${i}`}>${msg(html`Time<span class="visually-hidden"> of meeting ${formatCount(i + 1)}</span>`)}</label>
                <input id=${`t${i}`} type="time" .value=${m.time} @change=${(e: Event) => this.handleMeeting(i, { time: (e.target as HTMLInputElement).value })} /></div>
              <button class="btn quiet" type="button" aria-label=${msg(str`Remove meeting ${formatCount(i + 1)}`)} @click=${() => this.handleRemove(i)}>${msg('Remove')}</button>
            </div>
          </li>`,
        )}
      </ol>
      <div class="buttons"><button class="btn" type="button" ?disabled=${this.meetings.length >= MAX_MEETINGS} @click=${this.handleAdd}>${msg('Add a meeting')}</button></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-meetings-editor': AlClassMeetingsEditor;
  }
}
