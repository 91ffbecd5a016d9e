import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { calendarWordsIn } from '../../content/classes/calendar-words-es.ts';
import { weekTitleOf } from '../course/week-name.ts';
import { calendarFileName, classCalendar } from '../../domain/classes/class-calendar.ts';
import type { ClassPack } from '../../domain/classes/class-pack.ts';
import { downloadFile } from '../base/download.ts';
import { baseStyles } from '../base/shared-styles.ts';

/**
 * "Add to my calendar": downloads the class's meetings as an `.ics` file that any calendar
 * app opens. Made on the device; nothing is sent anywhere.
 *
 * @summary Calendar file button.
 */
@localized()
@customElement('al-calendar-button')
export class AlCalendarButton extends LitElement {
  static override styles = [baseStyles];

  /** The class. */
  @property({ attribute: false }) pack: ClassPack | undefined;
  /** Only these meetings (by index); every meeting when empty. */
  @property({ attribute: false }) only: readonly number[] = [];
  /** The button's text ("Add to my calendar" in the interface's language when empty). */
  @property() caption = '';

  private handleClick(): void {
    if (!this.pack) return;
    const text = classCalendar(this.pack, {
      now: Date.now(),
      weekTitle: weekTitleOf,
      words: calendarWordsIn(),
      ...(this.only.length ? { only: this.only } : {}),
    });
    downloadFile(calendarFileName(this.pack), text, 'text/calendar;charset=utf-8');
  }

  override render() {
    return html`<button class="btn" type="button" ?disabled=${!this.pack} @click=${this.handleClick}>${this.caption || msg('Add to my calendar')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-calendar-button': AlCalendarButton;
  }
}
