import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, RELATIONSHIPS, personalise, type Relationship } from '../../../../shared/domain/course/profile.ts';
import { RELATIONSHIPS_ES } from '../../../../shared/content/profile-words-es.ts';
import { CONDITIONS as CONDITION_IDS, SITUATIONS, type Condition, type Situation, type Week } from '../../../../shared/content/course-schema.ts';
import { blocksFor, type ShownBlock } from '../../../../shared/domain/course/lesson-blocks.ts';
import { storyFor } from '../../../../shared/domain/course/story-variant.ts';
import { stringsIn } from '../../../support/voice-words.ts';

/** The Spanish weeks, found by a glob so each new one is checked too. */
const SPANISH_WEEKS = import.meta.glob<{ week: Week }>('../../../../shared/content/weeks/*-es.ts', { eager: true });

/** Every line a reader facing `situation`, who named `condition` (or none), reads in a week. */
function seenBy(week: Week, situation: Situation, condition: Condition | undefined): string[] {
  const words = (blocks: readonly ShownBlock[]) =>
    blocks.flatMap((b) => (typeof b === 'string' ? [b] : 'list' in b ? b.list : 'label' in b ? [b.label] : []));
  const p = week.practice;
  return [
    week.title,
    week.summary,
    ...(week.contentNote ? [week.contentNote] : []),
    ...words(blocksFor(week.welcome, situation)),
    ...week.sections.flatMap((s) => [s.title, ...words(blocksFor(s.blocks, situation))]),
    week.story.title,
    ...words(storyFor(week.story, situation, condition)),
    ...week.takeaways,
    ...week.reflections.flatMap((r) => [r.prompt, r.hint ?? '']),
    p.title,
    ...words(blocksFor(p.intro, situation)),
    ...p.steps,
    ...p.plan.flatMap((f) => [f.label, f.hint ?? '']),
    ...(p.tools ?? []).map((t) => t.label),
    ...week.selfCheck.flatMap((q) => [q.question, ...q.options.map((o) => o.text), q.explanation]),
    week.forYou.title,
    ...words(blocksFor(week.forYou.blocks, situation)),
  ];
}

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
    expect(Object.keys(RELATIONSHIPS_ES).sort()).toEqual([...RELATIONSHIPS].sort());
  });

  it('names each relationship as a sentence says it', () => {
    const said = Object.fromEntries(RELATIONSHIPS.map((id) => [id, personalise('Acompaña a {person}, su {relation}.', as(id), 'es')]));
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

  it('leaves no brace or bar in any Spanish week, for every relationship, situation and condition', () => {
    expect(Object.keys(SPANISH_WEEKS)).toContain('../../../../shared/content/weeks/week-1-es.ts');
    const left: string[] = [];
    for (const [file, { week }] of Object.entries(SPANISH_WEEKS)) {
      for (const relationship of RELATIONSHIPS) {
        for (const situation of SITUATIONS) {
          for (const condition of [undefined, ...CONDITION_IDS]) {
            for (const text of seenBy(week, situation, condition)) {
              const read = personalise(text, { relationship, situation, condition }, 'es');
              if (/[{}|]/.test(read)) left.push(`${file} ${relationship} ${situation} ${condition ?? '-'}: ${read}`);
            }
          }
        }
        // And every string in the file, hidden variants included, in case the walk above missed one.
        for (const { where, text } of stringsIn(week, file)) {
          const read = personalise(text, { relationship, situation: 'both' }, 'es');
          if (/[{}|]/.test(read)) left.push(`${where} ${relationship}: ${read}`);
        }
      }
    }
    expect(left).toEqual([]);
  });
});
