import { describe, expect, it } from 'vitest';
import { formatWhen, shortWords } from '../../../../shared/ui/base/format.ts';

describe('shortWords', () => {
  it('keeps short texts whole and cuts long ones after six words', () => {
    expect(shortWords('Take your time.')).toBe('Take your time.');
    expect(shortWords('It sounds like  [what happened]\nleft you feeling [feeling].')).toBe('It sounds like [what happened] left…');
    expect(shortWords('one two three', 2)).toBe('one two…');
  });
});

describe('formatWhen', () => {
  it('names the year only when it is not this year', () => {
    const year = new Date().getFullYear();
    expect(formatWhen(new Date(year, 5, 15, 18, 30).getTime())).not.toContain(String(year));
    expect(formatWhen(new Date(year + 5, 5, 15, 18, 30).getTime())).toContain(String(year + 5));
  });
});
