import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import { formatDay } from '../../shared/content/locale.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import type { QuietHours, WeeklyReminder } from '../../shared/domain/settings.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { storageProblem } from '../../shared/ui/base/problem.ts';
import { problemBox, renderStored } from '../../shared/ui/base/stored-view.ts';
import { DEFAULT_LEAD_MINUTES, parseTime } from '../background/reminder-schedule.ts';
import { formStyles, tellBackground } from './options-styles.ts';

/** The days of the week from Sunday (day 0), named in the page's language, each starting with a capital as a choice in a list. */
function dayNames(): string[] {
  // 1 January 2023 was a Sunday.
  return [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const name = formatDay(new Date(Date.UTC(2023, 0, 1 + i)), { weekday: 'long', timeZone: 'UTC' });
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}

/** Which setting was just saved, said at render time. */
type Saved = '' | 'lead' | 'quiet' | 'weekly';

function savedText(saved: Saved): string {
  if (saved === 'lead') return msg('Reminder time saved.');
  if (saved === 'quiet') return msg('Quiet hours saved.');
  if (saved === 'weekly') return msg('Weekly reminder saved.');
  return '';
}

const DEFAULT_QUIET: QuietHours = { from: '22:00', to: '07:00' };
const DEFAULT_WEEKLY: WeeklyReminder = { day: 0, time: '19:00' };

/**
 * Reminders: how long before a planned talk, quiet hours with no notifications, and an
 * optional weekly nudge to open the course. Saved as soon as they change.
 *
 * @summary Options: reminders.
 */
@customElement('al-options-reminders')
@localized()
export class AlOptionsReminders extends LitElement {
  static override styles = [baseStyles, formStyles, css`:host { display: block; }`];

  /** The form's values: as read, then as the person sets them (each change builds on the last, saved or not yet). */
  @state() private lead = DEFAULT_LEAD_MINUTES;
  @state() private quiet: QuietHours | null = null;
  @state() private weekly: WeeklyReminder | null = null;
  @state() private leadError = false;
  @state() private saved: Saved = '';
  @state() private problem = '';

  /** Where settings are kept. */
  @property({ attribute: false }) settings = settingsRepo;

  /** The reminder settings as stored, read when the options open; they fill the form. */
  private readonly stored = new Task(this, {
    task: async ([settings]) => {
      const [lead, quiet, weekly] = await Promise.all([
        settings.get('reminderLeadMinutes', DEFAULT_LEAD_MINUTES),
        settings.get('quietHours', null),
        settings.get('weeklyLessonReminder', null),
      ]);
      return { lead, quiet, weekly };
    },
    args: () => [this.settings] as const,
    onComplete: ({ lead, quiet, weekly }) => {
      this.lead = lead;
      this.quiet = quiet;
      this.weekly = weekly;
    },
  });

  private async save(work: () => Promise<void>, what: Exclude<Saved, ''>): Promise<void> {
    this.problem = await storageProblem(work);
    this.saved = this.problem ? '' : what;
    if (!this.problem) await tellBackground();
  }

  private handleLead(event: Event): void {
    const input = event.target as HTMLInputElement;
    const minutes = Number(input.value);
    if (!input.value || !Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
      this.leadError = true;
      return;
    }
    this.leadError = false;
    this.lead = minutes;
    void this.save(() => this.settings.set('reminderLeadMinutes', minutes), 'lead');
  }

  private handleQuiet(change: Partial<QuietHours> | 'on' | 'off'): void {
    const next = change === 'off' ? null : change === 'on' ? (this.quiet ?? DEFAULT_QUIET) : { ...(this.quiet ?? DEFAULT_QUIET), ...change };
    if (next && (parseTime(next.from) === null || parseTime(next.to) === null)) return;
    this.quiet = next;
    void this.save(() => this.settings.set('quietHours', next), 'quiet');
  }

  private handleWeekly(change: Partial<WeeklyReminder> | 'on' | 'off'): void {
    const next = change === 'off' ? null : change === 'on' ? (this.weekly ?? DEFAULT_WEEKLY) : { ...(this.weekly ?? DEFAULT_WEEKLY), ...change };
    if (next && parseTime(next.time) === null) return;
    this.weekly = next;
    void this.save(() => this.settings.set('weeklyLessonReminder', next), 'weekly');
  }

  private renderForm() {
    const q = this.quiet;
    const w = this.weekly;
    return html`
      <p>${msg('When you plan a conversation and give it a time, Alongside can remind you before it, with your goal and opening line.')}</p>
      <div class="field">
        <label for="lead">${msg('Minutes before a planned talk')}</label>
        <input id="lead" type="number" min="1" max="1440" step="1" inputmode="numeric" .value=${String(this.lead)}
          aria-invalid=${this.leadError ? 'true' : 'false'} aria-describedby=${this.leadError ? 'lead-error' : nothing} @change=${this.handleLead} />
        ${this.leadError ? html`<p class="error" id="lead-error">${msg('Please choose a whole number of minutes from 1 to 1440 (one day).')}</p>` : nothing}
      </div>

      <fieldset>
        <legend>${msg('Quiet hours')}</legend>
        <label class="check"><input type="checkbox" .checked=${q !== null} @change=${(e: Event) => this.handleQuiet((e.target as HTMLInputElement).checked ? 'on' : 'off')} />
          <span>${msg('No reminders during these hours')}<span class="detail">${msg('A reminder that falls in them comes when they end.')}</span></span></label>
        ${q
          ? html`<div class="row">
              <div class="field"><label for="quiet-from">${msg('From')}</label><input id="quiet-from" type="time" .value=${q.from} @change=${(e: Event) => this.handleQuiet({ from: (e.target as HTMLInputElement).value })} /></div>
              <div class="field"><label for="quiet-to">${msg('To')}</label><input id="quiet-to" type="time" .value=${q.to} @change=${(e: Event) => this.handleQuiet({ to: (e.target as HTMLInputElement).value })} /></div>
            </div>`
          : nothing}
      </fieldset>

      <fieldset>
        <legend>${msg('Weekly lesson')}</legend>
        <label class="check"><input type="checkbox" .checked=${w !== null} @change=${(e: Event) => this.handleWeekly((e.target as HTMLInputElement).checked ? 'on' : 'off')} />
          <span>${msg('Remind me each week to open the course')}<span class="detail">${msg('Clicking the reminder opens the course.')}</span></span></label>
        ${w
          ? html`<div class="row">
              <div class="field"><label for="weekly-day">${msg('Day')}</label>
                <select id="weekly-day" @change=${(e: Event) => this.handleWeekly({ day: Number((e.target as HTMLSelectElement).value) })}>
                  ${dayNames().map((d, i) => html`<option value=${i} ?selected=${i === w.day}>${d}</option>`)}
                </select></div>
              <div class="field"><label for="weekly-time">${msg('Time')}</label><input id="weekly-time" type="time" .value=${w.time} @change=${(e: Event) => this.handleWeekly({ time: (e.target as HTMLInputElement).value })} /></div>
            </div>`
          : nothing}
      </fieldset>
      <p class="saved" role="status">${savedText(this.saved)}</p>
      ${problemBox(this.problem)}
    `;
  }

  override render() {
    return html`<h2>${msg('Reminders')}</h2>${renderStored(this.stored, { loading: msg('Loading…'), complete: () => this.renderForm() })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-options-reminders': AlOptionsReminders;
  }
}
