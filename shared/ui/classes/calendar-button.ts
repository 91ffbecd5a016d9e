import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { outlineOf } from '../../content/weeks/outline.ts';
import { weekName } from '../../content/weeks/course-order.ts';
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
@customElement('al-calendar-button')
export class AlCalendarButton extends LitElement {
  static override styles = [baseStyles];

  /** The class. */
  @property({ attribute: false }) pack: ClassPack | undefined;
  /** Only these meetings (by index); every meeting when empty. */
  @property({ attribute: false }) only: readonly number[] = [];
  /** The button's text. */
  @property() caption = 'Add to my calendar';

  private handleClick(): void {
    if (!this.pack) return;
    const text = classCalendar(this.pack, {
      now: Date.now(),
      weekTitle: (w) => outlineOf(w)?.title ?? weekName(w),
      ...(this.only.length ? { only: this.only } : {}),
    });
    downloadFile(calendarFileName(this.pack), text, 'text/calendar;charset=utf-8');
  }

  override render() {
    return html`<button class="btn" type="button" ?disabled=${!this.pack} @click=${this.handleClick}>${this.caption}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-calendar-button': AlCalendarButton;
  }
}
