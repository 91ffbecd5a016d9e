import { describe, expect, it } from 'vitest';
import type { PackProblem } from '../../../shared/domain/classes/pack-problems.ts';
import { PACK_PROBLEM_WORDS_EN, packProblemText } from '../../../shared/content/classes/pack-problems-en.ts';

/**
 * Each problem, and the sentence a person read for it when the checks still returned
 * sentences: the keys must word them exactly the same (the e2e tests look for some of them).
 */
const BEFORE: readonly (readonly [PackProblem, string])[] = [
  [{ kind: 'not-a-pack' }, 'This is not an Alongside class. It may be from another app, or the link may be incomplete.'],
  [{ kind: 'no-version' }, 'This class pack has no version we can read, so it may be damaged.'],
  [{ kind: 'newer-version' }, 'This class was made with a newer version of Alongside. Please reload Alongside to update it, then open the class again.'],
  [{ kind: 'empty', field: 'name' }, 'The class name is missing.'],
  [{ kind: 'not-text', field: 'name' }, 'The class name must be text.'],
  [{ kind: 'too-long', field: 'name', max: 80 }, 'The class name is too long (80 characters at most).'],
  [{ kind: 'id-not-valid' }, 'The class id is not valid.'],
  [{ kind: 'time-zone-unknown' }, 'The time zone is not one we know.'],
  [{ kind: 'time-zone-not-text' }, 'The time zone must be text.'],
  [{ kind: 'no-meetings' }, 'The class has no meetings.'],
  [{ kind: 'meetings-not-list' }, 'The class needs a list of meetings.'],
  [{ kind: 'too-many', of: 'meetings', max: 16 }, 'A class can have 16 meetings at most.'],
  [{ kind: 'week-out-of-range', of: 'meeting', max: 9 }, 'Each meeting must be a week from 1 to 9.'],
  [{ kind: 'week-not-whole', of: 'meeting' }, 'Each meeting must be a whole week number.'],
  [{ kind: 'meeting-date-not-real' }, 'A meeting date is not a real date.'],
  [{ kind: 'meeting-date-out-of-range' }, 'A meeting date is out of range.'],
  [{ kind: 'meeting-time-not-real' }, 'A meeting time is not a time of day.'],
  [{ kind: 'meeting-not-after', meeting: 4 }, 'Meeting 4 is not after meeting 3. Meetings must be in date order.'],
  [{ kind: 'week-before', meeting: 5, week: 2 }, 'Meeting 5 covers week 2, which comes before the week of meeting 4. Weeks must go in order.'],
  [{ kind: 'length-too-short', min: 15 }, 'Meetings must be at least 15 minutes.'],
  [{ kind: 'one-note-per-week' }, 'There can be one note per week at most.'],
  [{ kind: 'date-of-pack-not-valid' }, 'The date of the pack is not valid.'],
  [{ kind: 'code', field: 'name' }, 'This class pack has code in it (in the class name). A class needs only plain words, so it can’t be used. If you made it, take out any <tags> or script links.'],
  [{ kind: 'code', field: 'venue' }, 'This class pack has code in it (in the place or video link). A class needs only plain words, so it can’t be used. If you made it, take out any <tags> or script links.'],
  [{ kind: 'code', field: 'resource-site' }, 'This class pack has code in it (in a local resource’s website). A class needs only plain words, so it can’t be used. If you made it, take out any <tags> or script links.'],
  [{ kind: 'site-not-web', name: 'Family support line', site: 'file:///etc/passwd' }, 'The website for “Family support line” must be a web address that starts with https:// or http://, like https://example.org/help. If you made this class, please check it.'],
  [{ kind: 'phone-letters', name: '988 Suicide & Crisis Lifeline (official)', phone: '1-8OO-273-8255', lookAlike: true }, 'The phone number for “988 Suicide & Crisis Lifeline (official)” has letters in it (1-8OO-273-8255), so it can’t be used. A letter O or I can look just like a 0 or a 1. A phone number can only have digits, spaces and the signs + ( ) - and . in it, so it calls exactly the number you see. If you made this class, please write the number with digits only.'],
  [{ kind: 'phone-not-digits', name: 'Family support line', phone: '988+44 20 7946 0000' }, 'The phone number for “Family support line” has something in it that is not a digit (988+44 20 7946 0000), so it can’t be used. A phone number can only have digits, spaces and the signs + ( ) - and . in it, with + only at the start, so it calls exactly the number you see. If you made this class, please write the number with digits only.'],
  [{ kind: 'phone-too-short', name: 'Family support line', phone: '9 8' }, 'The phone number for “Family support line” is too short to call (9 8). If you made this class, please write the number with digits only.'],
  [{ kind: 'site-credentials', name: 'Family support line', site: 'https://988lifeline.org@evil.example/' }, 'The website for “Family support line” has a name or password before an @ sign (https://988lifeline.org@evil.example/). That can make one website look like another, so this class can’t be used. If you made it, use the website’s plain address, like https://example.org/help.'],
  [{ kind: 'week-not-number', of: 'meeting' }, 'Each meeting must be a week number.'],
  [{ kind: 'meeting-date-not-text' }, 'A meeting date must be text.'],
  [{ kind: 'meeting-time-not-text' }, 'A meeting time must be text.'],
  [{ kind: 'meeting-incomplete' }, 'Each meeting needs a week, a date and a time.'],
  [{ kind: 'resource-incomplete' }, 'Each local resource needs at least a name.'],
  [{ kind: 'note-incomplete' }, 'A week note needs a week and its text.'],
  [{ kind: 'facilitator-needed' }, 'The class needs a facilitator’s name.'],
  [{ kind: 'agreements-not-list' }, 'The group agreements must be a list.'],
  [{ kind: 'resources-not-list' }, 'The local resources must be a list.'],
  [{ kind: 'notes-not-list' }, 'The week notes must be a list.'],
  [{ kind: 'length-not-number' }, 'The meeting length must be a number.'],
  [{ kind: 'length-not-whole' }, 'The meeting length must be whole minutes.'],
  [{ kind: 'length-too-long', max: 480 }, 'Meetings can be 8 hours at most.'],
  [{ kind: 'id-not-text' }, 'The class id must be text.'],
  [{ kind: 'date-of-pack-not-number' }, 'The date of the pack must be a number.'],
  [{ kind: 'missing', part: 'id' }, 'The class pack has no id, so it may be damaged.'],
  [{ kind: 'missing', part: 'week' }, 'A meeting or note has no week.'],
  [{ kind: 'damaged-link' }, 'This class link looks damaged: part of it may be missing or changed. Please ask your facilitator for the link again, or for the class file.'],
  [{ kind: 'not-json' }, 'This file is not a class pack: it could not be read as one. Please ask your facilitator for the class file again.'],
  [{ kind: 'too-large', maxBytes: 65536 }, 'This class pack is too large to open (over 64 KB). Please ask your facilitator for a smaller one.'],
  [{ kind: 'wrong-app' }, 'This is not an Alongside class.'],
  [{ kind: 'wrong-version' }, 'This class pack has a version we cannot read.'],
  [{ kind: 'unreadable-file' }, 'This file could not be read. Please ask your facilitator for the class file again.'],
  // New with a class's language (issue #17).
  [{ kind: 'language-unknown' }, 'The class is in a language this version of Alongside does not know. Please reload Alongside to update it, then open the class again.'],
];

describe('the English words for class pack problems', () => {
  it.each(BEFORE)('words %j as before', (problem, sentence) => {
    expect(packProblemText(problem)).toBe(sentence);
  });

  it('has a sentence for every kind of problem, checked above', () => {
    expect(new Set(BEFORE.map(([p]) => p.kind))).toEqual(new Set(Object.keys(PACK_PROBLEM_WORDS_EN)));
  });

  it('says one of something in the singular', () => {
    expect(packProblemText({ kind: 'length-too-long', max: 60 })).toBe('Meetings can be 1 hour at most.');
    expect(packProblemText({ kind: 'too-long', field: 'note', max: 1000 })).toBe('A week note is too long (1000 characters at most).');
  });
});
