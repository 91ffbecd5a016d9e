/**
 * The English words for why a class pack can't be used (see
 * shared/domain/classes/pack-problems.ts). A member reads these when a link or file won't
 * open, and a facilitator when a class isn't ready to share, so each says what is wrong and
 * what to do. Another language goes in a file beside this one, with the same keys.
 */
import { counted, formatCount } from '../locale.ts';
import { packProblemWording, type PackProblem, type PackProblemWords, type PackTextField, type ResourceProblem } from '../../domain/classes/pack-problems.ts';

/** A number in a sentence: "meeting 4", "1000 characters". */
const number = { format: (n: number) => formatCount(n, { grouping: false }) };
/** "80 characters", "1 hour". */
const count = (n: number, one: string, other: string) => counted(n, { one, other }, { grouping: false });

/** What each text field is called at the start of a sentence. */
const FIELD: Readonly<Record<PackTextField, string>> = {
  name: 'The class name',
  'facilitator-name': 'The facilitator’s name',
  'facilitator-contact': 'The facilitator’s contact',
  venue: 'The place or video link',
  agreement: 'A group agreement',
  'resource-name': 'A local resource’s name',
  'resource-offer': 'What a local resource offers',
  'resource-phone': 'A local resource’s phone number',
  'resource-site': 'A local resource’s website',
  'resource-address': 'A local resource’s address',
  note: 'A week note',
};
/** …and inside one. */
const inSentence = (field: PackTextField) => FIELD[field].charAt(0).toLowerCase() + FIELD[field].slice(1);

const WEEK_OF = { meeting: 'Each meeting', note: 'A week note' } as const;

const MISSING: Readonly<Record<Extract<PackProblem, { kind: 'missing' }>['part'], string>> = {
  id: 'The class pack has no id, so it may be damaged.',
  updatedAt: 'The class pack has no date, so it may be damaged.',
  name: 'The class name is missing.',
  facilitator: 'The class needs a facilitator’s name.',
  timeZone: 'The class has no time zone.',
  meetings: 'The class has no meetings.',
  week: 'A meeting or note has no week.',
  date: 'A meeting has no date.',
  time: 'A meeting has no time.',
  text: 'A week note has no text.',
  part: 'A part of the class pack is missing, so it may be damaged.',
};

const TOO_MANY = { meetings: 'A class can have {n} meetings at most.', agreements: 'A class can have {n} group agreements at most.', resources: 'A class can list {n} local resources at most.' } as const;

// A resource's phone or website: which resource, what is wrong, and what the facilitator can do.
const phoneOf = (p: ResourceProblem) => `The phone number for “${p.name || 'a local resource'}”`;
const siteOf = (p: ResourceProblem) => `The website for “${p.name || 'a local resource'}”`;
const DIGITS_ONLY = 'If you made this class, please write the number with digits only.';
const SIGNS = 'A phone number can only have digits, spaces and the signs + ( ) - and . in it';

/** English words for every pack problem. */
export const PACK_PROBLEM_WORDS_EN: PackProblemWords = {
  'not-a-pack': () => 'This is not an Alongside class. It may be from another app, or the link may be incomplete.',
  'wrong-app': () => 'This is not an Alongside class.',
  'no-version': () => 'This class pack has no version we can read, so it may be damaged.',
  'newer-version': () => 'This class was made with a newer version of Alongside. Please reload Alongside to update it, then open the class again.',
  'wrong-version': () => 'This class pack has a version we cannot read.',
  'damaged-link': () => 'This class link looks damaged: part of it may be missing or changed. Please ask your facilitator for the link again, or for the class file.',
  'too-large': (p) => `This class pack is too large to open (over ${number.format(p.maxBytes / 1024)} KB). Please ask your facilitator for a smaller one.`,
  'not-json': () => 'This file is not a class pack: it could not be read as one. Please ask your facilitator for the class file again.',
  'unreadable-file': () => 'This file could not be read. Please ask your facilitator for the class file again.',
  missing: (p) => MISSING[p.part],
  'not-text': (p) => `${FIELD[p.field]} must be text.`,
  'too-long': (p) => `${FIELD[p.field]} is too long (${count(p.max, 'character', 'characters')} at most).`,
  empty: (p) => `${FIELD[p.field]} is missing.`,
  code: (p) => `This class pack has code in it (in ${inSentence(p.field)}). A class needs only plain words, so it can’t be used. If you made it, take out any <tags> or script links.`,
  'id-not-text': () => 'The class id must be text.',
  'id-not-valid': () => 'The class id is not valid.',
  'date-of-pack-not-number': () => 'The date of the pack must be a number.',
  'date-of-pack-not-valid': () => 'The date of the pack is not valid.',
  'facilitator-needed': () => 'The class needs a facilitator’s name.',
  'time-zone-not-text': () => 'The time zone must be text.',
  'time-zone-unknown': () => 'The time zone is not one we know.',
  'language-unknown': () => 'The class is in a language this version of Alongside does not know. Please reload Alongside to update it, then open the class again.',
  'length-not-number': () => 'The meeting length must be a number.',
  'length-not-whole': () => 'The meeting length must be whole minutes.',
  'length-too-short': (p) => `Meetings must be at least ${count(p.min, 'minute', 'minutes')}.`,
  'length-too-long': (p) => `Meetings can be ${count(p.max / 60, 'hour', 'hours')} at most.`,
  'meetings-not-list': () => 'The class needs a list of meetings.',
  'no-meetings': () => 'The class has no meetings.',
  'too-many': (p) => TOO_MANY[p.of].replace('{n}', number.format(p.max)),
  'meeting-incomplete': () => 'Each meeting needs a week, a date and a time.',
  'meeting-date-not-text': () => 'A meeting date must be text.',
  'meeting-date-not-real': () => 'A meeting date is not a real date.',
  'meeting-date-out-of-range': () => 'A meeting date is out of range.',
  'meeting-time-not-text': () => 'A meeting time must be text.',
  'meeting-time-not-real': () => 'A meeting time is not a time of day.',
  'meeting-not-after': (p) => `Meeting ${number.format(p.meeting)} is not after meeting ${number.format(p.meeting - 1)}. Meetings must be in date order.`,
  'week-before': (p) =>
    `Meeting ${number.format(p.meeting)} covers week ${number.format(p.week)}, which comes before the week of meeting ${number.format(p.meeting - 1)}. Weeks must go in order.`,
  'week-not-number': (p) => `${WEEK_OF[p.of]} must be a week number.`,
  'week-not-whole': (p) => `${WEEK_OF[p.of]} must be a whole week number.`,
  'week-out-of-range': (p) => `${WEEK_OF[p.of]} must be a week from 1 to ${number.format(p.max)}.`,
  'agreements-not-list': () => 'The group agreements must be a list.',
  'resources-not-list': () => 'The local resources must be a list.',
  'resource-incomplete': () => 'Each local resource needs at least a name.',
  'notes-not-list': () => 'The week notes must be a list.',
  'one-note-per-week': () => 'There can be one note per week at most.',
  'note-incomplete': () => 'A week note needs a week and its text.',
  'phone-letters': (p) =>
    `${phoneOf(p)} has letters in it (${p.phone}), so it can’t be used.${p.lookAlike ? ' A letter O or I can look just like a 0 or a 1.' : ''} ${SIGNS}, so it calls exactly the number you see. ${DIGITS_ONLY}`,
  'phone-not-digits': (p) => `${phoneOf(p)} has something in it that is not a digit (${p.phone}), so it can’t be used. ${SIGNS}, with + only at the start, so it calls exactly the number you see. ${DIGITS_ONLY}`,
  'phone-too-short': (p) => `${phoneOf(p)} is too short to call (${p.phone}). ${DIGITS_ONLY}`,
  'site-credentials': (p) =>
    `${siteOf(p)} has a name or password before an @ sign (${p.site}). That can make one website look like another, so this class can’t be used. If you made it, use the website’s plain address, like https://example.org/help.`,
  'site-not-web': (p) => `${siteOf(p)} must be a web address that starts with https:// or http://, like https://example.org/help. If you made this class, please check it.`,
};

/** A pack problem in English. */
export function packProblemText(problem: PackProblem): string {
  return packProblemWording(problem, PACK_PROBLEM_WORDS_EN);
}

