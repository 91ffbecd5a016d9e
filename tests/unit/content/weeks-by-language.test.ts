import { describe, expect, it } from 'vitest';
import { WEEK_LOADERS, weekIn } from '../../../shared/content/weeks/index.ts';

/** A Spanish reader gets every week in Spanish; an English reader, in English. */
describe('weekIn', () => {
  it('gives week 1 in Spanish when the interface is Spanish', async () => {
    const { week, language } = await weekIn(1, 'es');
    expect(week.title).toBe('La esperanza y el modelo de recuperación');
    expect(language).toBe('es');
  });

  it('gives every week of the course in Spanish, each the same week as its English', async () => {
    for (const n of Object.keys(WEEK_LOADERS).map(Number)) {
      const [spanish, english] = await Promise.all([weekIn(n, 'es'), weekIn(n, 'en')]);
      expect(spanish.language, `week ${n}`).toBe('es');
      expect(spanish.week.number, `week ${n}`).toBe(english.week.number);
      expect(spanish.week.title, `week ${n}`).not.toBe(english.week.title);
    }
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
