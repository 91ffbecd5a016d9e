/**
 * The English words for what an updated class pack changes (see `ClassChange` in
 * shared/domain/classes/class-meetings.ts), shown before a member takes the update. Another
 * language goes in a file beside this one, with the same keys.
 */
import { formatMeeting, type ClassChange, type MeetingIn } from '../../domain/classes/class-meetings.ts';
import { counted, formatCount } from '../locale.ts';

/** Words for each change; `locale` writes dates and times as the reader's browser does. */
export type ClassChangeWords = { readonly [K in ClassChange['kind']]: (change: Extract<ClassChange, { kind: K }>, locale: string | undefined) => string };

const when = (at: MeetingIn, locale: string | undefined) => formatMeeting(at, at.meeting, locale);

/** English words for every change. */
export const CLASS_CHANGE_WORDS_EN: ClassChangeWords = {
  renamed: (c) => `The class is now called “${c.name}”.`,
  facilitator: () => 'The facilitator’s details changed.',
  'time-zone': (c) => `Times are now in ${c.timeZone}.`,
  length: (c) => `Meetings now last ${counted(c.minutes, { one: 'minute', other: 'minutes' })}.`,
  moved: (c, locale) => `The meeting for week ${formatCount(c.week)} moved from ${when(c.from, locale)} to ${when(c.to, locale)}.`,
  covers: (c, locale) => `The meeting on ${when(c.at, locale)} now covers week ${formatCount(c.week)}.`,
  'meetings-added': (c) => `${counted(c.count, { one: 'meeting', other: 'meetings' })} added.`,
  'meetings-removed': (c) => `${counted(c.count, { one: 'meeting', other: 'meetings' })} removed.`,
  venue: () => 'The place or video link changed.',
  agreements: () => 'The group agreements changed.',
  resources: () => 'The local resources changed.',
  notes: () => 'The facilitator’s notes changed.',
};

/** A change in English; dates and times in `locale` (the browser's own when left out). */
export function classChangeText(change: ClassChange, locale?: string): string {
  return (CLASS_CHANGE_WORDS_EN[change.kind] as (c: ClassChange, l: string | undefined) => string)(change, locale);
}
