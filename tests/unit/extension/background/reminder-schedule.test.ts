import { describe, expect, it } from 'vitest';
import { afterQuietHours, endOfLocalDay, inQuietHours, nextWeekly, parseTime, quietSpanAt, reminderTime } from '../../../../extension/background/reminder-schedule.ts';

/** A local time, so the tests hold in any time zone. */
const at = (d: number, h: number, m = 0) => new Date(2030, 0, d, h, m).getTime();
const MIN = 60_000;
const night = { from: '22:00', to: '07:00' };
const lunch = { from: '12:00', to: '13:30' };

describe('quiet hours', () => {
  it('reads times', () => {
    expect(parseTime('07:05')).toBe(425);
    expect(parseTime('7:05')).toBe(425);
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('12:60')).toBeNull();
    expect(parseTime('noon')).toBeNull();
  });

  it('knows a stretch that runs past midnight, from either side', () => {
    expect(quietSpanAt(at(15, 23), night)).toEqual({ start: at(15, 22), end: at(16, 7) });
    expect(quietSpanAt(at(16, 6, 59), night)).toEqual({ start: at(15, 22), end: at(16, 7) });
    expect(inQuietHours(at(16, 7), night)).toBe(false);
    expect(inQuietHours(at(15, 21, 59), night)).toBe(false);
    expect(inQuietHours(at(15, 22), night)).toBe(true);
  });

  it('knows a stretch within one day, and none when unset or empty', () => {
    expect(inQuietHours(at(15, 12, 30), lunch)).toBe(true);
    expect(inQuietHours(at(15, 13, 30), lunch)).toBe(false);
    expect(inQuietHours(at(15, 23), null)).toBe(false);
    expect(inQuietHours(at(15, 23), { from: '09:00', to: '09:00' })).toBe(false);
    expect(afterQuietHours(at(15, 23), night)).toBe(at(16, 7));
    expect(afterQuietHours(at(15, 20), night)).toBe(at(15, 20));
  });

  it('"quiet today" ends at midnight', () => {
    expect(endOfLocalDay(at(15, 9, 30))).toBe(at(16, 0));
  });
});

describe('reminderTime', () => {
  const now = at(15, 9);

  it('is the lead time before the talk', () => {
    expect(reminderTime({ scheduledAt: at(15, 18) }, 30, null, now)).toBe(at(15, 17, 30));
    expect(reminderTime({ scheduledAt: now + 2 * MIN }, 1, null, now)).toBe(now + MIN);
  });

  it('is none for a talk already past', () => {
    expect(reminderTime({ scheduledAt: now - MIN }, 30, null, now)).toBeNull();
    expect(reminderTime({ scheduledAt: now }, 30, null, now)).toBeNull();
  });

  it('moves out of quiet hours: to their end when the talk is later, else to just before they began', () => {
    expect(reminderTime({ scheduledAt: at(16, 8) }, 90, night, now)).toBe(at(16, 7));
    expect(reminderTime({ scheduledAt: at(16, 6, 30) }, 30, night, now)).toBe(at(15, 21, 59));
    expect(reminderTime({ scheduledAt: at(15, 13) }, 30, lunch, now)).toBe(at(15, 11, 59));
  });

  it('is now when its time passed while the browser was closed, unless the plan was saved since', () => {
    expect(reminderTime({ scheduledAt: now + 10 * MIN, updatedAt: now - 60 * MIN }, 30, null, now)).toBe(now);
    expect(reminderTime({ scheduledAt: now + 10 * MIN, updatedAt: now - MIN }, 30, null, now)).toBeNull();
  });

  it('is none when it is quiet now until after the talk', () => {
    const late = at(15, 23);
    expect(reminderTime({ scheduledAt: at(16, 6) }, 30, night, late)).toBeNull();
  });

  it('uses 30 minutes for a lead time that makes no sense', () => {
    expect(reminderTime({ scheduledAt: at(15, 18) }, Number.NaN, null, now)).toBe(at(15, 17, 30));
  });
});

describe('nextWeekly', () => {
  it('is the next such day and time, strictly after now', () => {
    const wednesday = at(16, 9); // 16 January 2030 is a Wednesday
    expect(new Date(wednesday).getDay()).toBe(3);
    expect(nextWeekly(wednesday, 3, '18:00')).toBe(at(16, 18));
    expect(nextWeekly(wednesday, 3, '09:00')).toBe(at(23, 9));
    expect(nextWeekly(wednesday, 0, '19:00')).toBe(at(20, 19));
    expect(nextWeekly(wednesday, 2, '08:00')).toBe(at(22, 8));
    expect(nextWeekly(wednesday, 7, '08:00')).toBeNull();
    expect(nextWeekly(wednesday, 1, 'later')).toBeNull();
  });
});
