import { describe, expect, it } from 'vitest';
import { CLASS_PACK_APP, classLanguage, packFromDraft, parseClassPack } from '../../../../shared/domain/classes/class-pack.ts';
import { newDraft, nextClassDraft, reviveDraft } from '../../../../shared/domain/classes/class-draft.ts';
import { languageToOffer } from '../../../../shared/domain/classes/class-language.ts';
import { classPackJson, readClassPackJson } from '../../../../shared/domain/classes/class-pack-codec.ts';
import { packProblemText } from '../../../../shared/content/classes/pack-problems-en.ts';
import { OFFERED_LANGUAGES } from '../../../../shared/content/locale.ts';
import { typicalPack } from '../../../fixtures/hostile-class-packs.ts';

/** A pack as Alongside wrote them before classes had a language. */
function oldPack(): Record<string, unknown> {
  return {
    app: CLASS_PACK_APP,
    version: 1,
    id: 'old-pack-0001',
    updatedAt: 1_700_000_000_000,
    name: 'Tuesday group',
    facilitator: { name: 'Ana', contact: '' },
    timeZone: 'Europe/Madrid',
    meetings: [{ week: 1, date: '2026-01-06', time: '18:30' }],
  };
}

describe('a class pack carries its language', () => {
  it('reads a pack from before languages as a valid class held in English', () => {
    const result = parseClassPack(oldPack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.language).toBeUndefined();
    expect(classLanguage(result.pack)).toBe('en');
    expect(parseClassPack(typicalPack()).ok).toBe(true);
  });

  it('keeps a Spanish class Spanish, through its file and back', () => {
    const result = parseClassPack({ ...oldPack(), language: 'es' });
    expect(result.ok && classLanguage(result.pack)).toBe('es');
    if (!result.ok) return;
    const again = readClassPackJson(classPackJson(result.pack));
    expect(again.ok && again.pack.language).toBe('es');
  });

  it.each([['fr'], ['ES'], ['es-MX'], [''], [1], [null], [['es']], [{ toString: 'es' }], ['<script>es</script>']])('refuses a language it does not know: %j', (language) => {
    const result = parseClassPack({ ...oldPack(), language });
    expect(result).toEqual({ ok: false, problem: { kind: 'language-unknown' } });
    if (!result.ok) expect(packProblemText(result.problem)).toMatch(/language/);
  });

  it('sets the facilitator’s draft from their language, carries it to the next class, and reads it back leniently', () => {
    const draft = newDraft('draft-class-01', 'Europe/Madrid', '2026-01-01', 'es');
    expect(draft.language).toBe('es');
    expect(newDraft('draft-class-02', 'UTC', '2026-01-01').language).toBe('en');
    expect(nextClassDraft(draft, 'draft-class-03', '2026-06-01').language).toBe('es');
    const made = packFromDraft({ ...draft, name: 'Grupo del martes', facilitator: { name: 'Ana', contact: '' } }, 1_700_000_000_000);
    expect(made.ok && made.pack.language).toBe('es');
    expect(reviveDraft({ ...draft, language: 'klingon' }, newDraft('fresh-class-1', 'UTC', '2026-01-01', 'en')).language).toBe('en');
    expect(reviveDraft({ ...draft, language: 'es' }, newDraft('fresh-class-1', 'UTC', '2026-01-01', 'en')).language).toBe('es');
  });
});

describe('joining a class in another language', () => {
  const both = ['en', 'es'] as const;

  it('offers Spanish for a Spanish class once Spanish is offered', () => {
    expect(languageToOffer({ language: 'es' }, 'en', both)).toBe('es');
  });

  it('offers nothing while Spanish is not offered, as today', () => {
    expect(languageToOffer({ language: 'es' }, 'en', ['en'])).toBeUndefined();
    if (!OFFERED_LANGUAGES.includes('es')) expect(languageToOffer({ language: 'es' }, 'en')).toBeUndefined();
  });

  it('keeps the course as it is when it is already in the class’s language', () => {
    expect(languageToOffer({ language: 'es' }, 'es', both)).toBeUndefined();
    expect(languageToOffer({ language: 'en' }, 'en', both)).toBeUndefined();
  });

  it('never takes a Spanish reader out of Spanish for an English class, or one from before languages', () => {
    expect(languageToOffer({ language: 'en' }, 'es', both)).toBeUndefined();
    expect(languageToOffer({}, 'es', both)).toBeUndefined();
  });
});
