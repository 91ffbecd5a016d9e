import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, RELATIONSHIPS, personalise, type Relationship } from '../../../../shared/domain/course/profile.ts';
import { RELATIONSHIPS_ES } from '../../../../shared/content/profile-words-es.ts';

const as = (relationship: Relationship) => ({ relationship, situation: 'both' as const });

describe('personalise in English', () => {
  it('reads as it always has, with or without a language', () => {
    const text = '{Person} and {person} are your {relation}. {plain|text|stays}';
    expect(personalise(text, as('son'))).toBe('Your son and your son are your son. {plain|text|stays}');
    expect(personalise(text, as('son'), 'en')).toBe(personalise(text, as('son')));
    expect(personalise('{Person}: {relation}.', undefined)).toBe('The person you support: loved one.');
  });
});

describe('personalise in Spanish', () => {
  it('has Spanish words for every relationship, and no others', () => {
    expect(Object.keys(RELATIONSHIPS_ES).sort()).toEqual(RELATIONSHIPS.map((r) => r.id).sort());
  });

  it('names each relationship as a sentence says it', () => {
    const said = Object.fromEntries(RELATIONSHIPS.map(({ id }) => [id, personalise('Acompaña a {person}, su {relation}.', as(id), 'es')]));
    expect(said).toEqual({
      son: 'Acompaña a tu hijo, su hijo.',
      daughter: 'Acompaña a tu hija, su hija.',
      child: 'Acompaña a tu hijo o hija, su hijo o hija.',
      partner: 'Acompaña a tu pareja, su pareja.',
      parent: 'Acompaña a tu madre o tu padre, su madre o padre.',
      sibling: 'Acompaña a tu hermano o hermana, su hermano o hermana.',
      friend: 'Acompaña a tu amigo o amiga, su amigo o amiga.',
      other: 'Acompaña a la persona a quien apoyas, su ser querido.',
    });
  });

  it('capitalises {Person} at the start of a sentence', () => {
    expect(personalise('{Person} tiene una semana difícil.', as('son'), 'es')).toBe('Tu hijo tiene una semana difícil.');
    expect(personalise('{Person} tiene una semana difícil.', as('parent'), 'es')).toBe('Tu madre o tu padre tiene una semana difícil.');
    expect(personalise('{Person} tiene una semana difícil.', undefined, 'es')).toBe('La persona a quien apoyas tiene una semana difícil.');
  });

  it('agrees in gender only where the reader said it, and words it without gender elsewhere', () => {
    const text = 'Puede que {person} se sienta {agotado|agotada|sin fuerzas}. Está {solo|sola|sin compañía}.';
    expect(personalise(text, as('son'), 'es')).toBe('Puede que tu hijo se sienta agotado. Está solo.');
    expect(personalise(text, as('daughter'), 'es')).toBe('Puede que tu hija se sienta agotada. Está sola.');
    expect(personalise(text, as('other'), 'es')).toBe('Puede que la persona a quien apoyas se sienta sin fuerzas. Está sin compañía.');
    for (const id of ['child', 'partner', 'parent', 'sibling', 'friend'] as const) {
      expect(personalise(text, as(id), 'es'), id).toBe(personalise(text, as('other'), 'es').replace('la persona a quien apoyas', RELATIONSHIPS_ES[id].person));
    }
  });

  it('leaves text with no token or placeholder as it is', () => {
    expect(personalise('No estás en esto sin compañía.', DEFAULT_PROFILE, 'es')).toBe('No estás en esto sin compañía.');
  });
});
