import { describe, expect, it } from 'vitest';
import { weekIn } from '../../../shared/content/weeks/index.ts';

/** A Spanish reader gets each week in Spanish where it is written, else in English, a week at a time. */
describe('weekIn', () => {
  it('gives week 1 in Spanish when the interface is Spanish', async () => {
    const { week, language } = await weekIn(1, 'es');
    expect(week.title).toBe('La esperanza y el modelo de recuperación');
    expect(language).toBe('es');
  });

  it('falls back to the English week where no Spanish one is written yet', async () => {
    const [spanish, english] = await Promise.all([weekIn(5, 'es'), weekIn(5, 'en')]);
    expect(spanish.week).toBe(english.week);
    expect(spanish.week.number).toBe(5);
    // Said to be English, so the reader's words are filled in in English.
    expect(spanish.language).toBe('en');
  });

  it('gives the English week when the interface is English', async () => {
    const { week, language } = await weekIn(1, 'en');
    expect(week.title).toBe('Hope and the recovery model');
    expect(language).toBe('en');
  });

  it('refuses a week the course does not have', async () => {
    await expect(weekIn(42, 'es')).rejects.toThrow();
  });
});
