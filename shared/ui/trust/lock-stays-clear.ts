import { html } from 'lit';
import { msg } from '@lit/localize';

/**
 * What the app lock hides and what it leaves readable, in plain words, shown where the person
 * decides about the lock and on the lock screen. It must match `SEALED_STORES`,
 * `SEALED_SETTING_IDS` and `CLEAR_FIELDS` in the data layer: a promise broader than the code
 * keeps would be worse than none. Every language says the same two lists, item for item.
 */
export function lockStaysClear() {
  return html`<p>${msg(`With the lock on, these are encrypted: your journal and reflections (and which questions they answer), your self-check answers,
      supporter star scores, check-ins, conversation plans, boundaries, crisis plan, safety plan, pattern log (and the day of each entry), rewarding activities and your own prompts, who you support and what
      they face, and the class you joined.`)}</p>
    <p>${msg(`These stay readable on this device, because Alongside needs them before you type your passcode: the dates and times things were written
      or changed, the week of each reflection, which course weeks you have opened, the times of planned conversations (so reminders can come),
      roughly how long each piece of writing is, which library prompts you marked as favourites, and settings that are not about your family:
      your country, reminders, quiet hours, how soon the lock closes, and the websites where the helper stays quiet.`)}</p>`;
}
