import { describe, expect, it } from 'vitest';
import { AGENDA } from '../../../../shared/content/session-guides.ts';
import { DEFAULT_AGREEMENTS } from '../../../../shared/domain/classes/class-pack.ts';
import { sessionAgenda, sessionClassOf } from '../../../../shared/domain/classes/session-agenda.ts';

const minutesOf = (length: number) => sessionAgenda(length).map((a) => a.minutes);
const total = (length: number) => minutesOf(length).reduce((s, m) => s + m, 0);

describe('session agenda, fitted to the class’s meeting length', () => {
  it('keeps the suggested timings for a 90-minute meeting', () => {
    expect(minutesOf(90)).toEqual(AGENDA.map((a) => a.minutes));
    expect(sessionAgenda(90).map((a) => a.title)).toEqual(AGENDA.map((a) => a.title));
  });

  it('scales to the meeting length, in 5-minute steps, giving the extra time to the topic and the practice', () => {
    expect(minutesOf(60)).toEqual([5, 10, 20, 15, 10]);
    expect(minutesOf(120)).toEqual([10, 20, 35, 35, 20]);
    expect(minutesOf(180)).toEqual([20, 30, 50, 50, 30]);
  });

  it('adds up to the meeting length rounded to 5 minutes, with every part at least 5 minutes', () => {
    for (let length = 15; length <= 480; length++) {
      const parts = minutesOf(length);
      for (const m of parts) {
        expect(m % 5, `${length} minutes`).toBe(0);
        expect(m, `${length} minutes`).toBeGreaterThanOrEqual(5);
      }
      expect(total(length), `${length} minutes`).toBe(Math.max(25, Math.round(length / 5) * 5));
    }
  });

  it('keeps the order of importance: the topic never gets less time than the welcome', () => {
    for (let length = 15; length <= 480; length += 5) {
      const [welcome, , topic, practice] = minutesOf(length);
      expect(topic!, `${length} minutes`).toBeGreaterThanOrEqual(welcome!);
      expect(practice!, `${length} minutes`).toBeGreaterThanOrEqual(welcome!);
    }
  });

  it('falls back to 90 minutes for a length that is not a number', () => {
    expect(minutesOf(Number.NaN)).toEqual(minutesOf(90));
    expect(minutesOf(-30)).toEqual(minutesOf(90));
  });
});

describe('the class as session mode reads it', () => {
  it('takes the class’s own agreements and length', () => {
    expect(sessionClassOf({ agreements: ['Phones on silent.', '  We start on time. '], minutes: 120 })).toEqual({ agreements: ['Phones on silent.', 'We start on time.'], minutes: 120 });
  });

  it('keeps no agreements when the class has none, and drops empty ones', () => {
    expect(sessionClassOf({ agreements: ['', '   '], minutes: 90 }).agreements).toEqual([]);
  });

  it('falls back to 90 minutes for a draft length the pack would refuse', () => {
    for (const minutes of [0, 10, 481, 62.5, Number.NaN]) expect(sessionClassOf({ agreements: [...DEFAULT_AGREEMENTS], minutes }).minutes, String(minutes)).toBe(90);
  });
});
