import { describe, expect, it } from 'vitest';
import type { Situation } from '../../../shared/content/course-types.ts';
import { week as treatments } from '../../../shared/content/weeks/week-treatments.ts';
import { week as treatmentsEs } from '../../../shared/content/weeks/week-treatments-es.ts';
import { blocksFor } from '../../../shared/domain/course/lesson-blocks.ts';
import { blocksToText } from '../../support/readability.ts';

/** The lesson's reading and story, as a reader facing `situation` sees them. */
function lessonText(situation: Situation): string {
  return [
    blocksToText(treatments.welcome, situation),
    ...treatments.sections.map((s) => `${s.title}. ${blocksToText(s.blocks, situation)}`),
    blocksToText(treatments.story.variants[situation], situation),
  ].join(' ');
}

/** Each treatment issue #14 asks the lesson to name and explain, with the words that name it. */
const FOR_MENTAL_ILLNESS: Record<string, RegExp> = {
  antipsychotics: /\bantipsychotics?\b/i,
  'antipsychotic side effects': /antipsychotics[\s\S]{0,120}weight gain/i,
  'long-acting injections': /long-acting injection/i,
  clozapine: /\bclozapine\b/i,
  'early intervention teams': /early intervention team/i,
  'mood stabilisers': /mood stabilisers?/i,
  antidepressants: /\bantidepressants?\b/i,
  CBT: /cognitive behavioural therapy/i,
  DBT: /dialectical behaviour therapy/i,
  'family therapy': /family therapy/i,
  'family psychoeducation': /family psychoeducation/i,
};
const FOR_SUBSTANCE_USE: Record<string, RegExp> = {
  buprenorphine: /\bbuprenorphine\b/i,
  methadone: /\bmethadone\b/i,
  'naltrexone for opioids': /naltrexone blocks the effect of opioids/i,
  'naltrexone for alcohol': /for alcohol, naltrexone/i,
  acamprosate: /\bacamprosate\b/i,
  naloxone: /\bnaloxone\b/i,
  antidepressants: /\bantidepressants?\b/i,
  CBT: /cognitive behavioural therapy/i,
  'family therapy': /family therapy/i,
};

function missing(situation: Situation, wanted: Record<string, RegExp>): string[] {
  const text = lessonText(situation);
  return Object.entries(wanted)
    .filter(([, pattern]) => !pattern.test(text))
    .map(([name]) => name);
}

describe('the treatments lesson', () => {
  it('names and explains every treatment for mental illness to a reader supporting someone with a mental illness', () => {
    expect(missing('mental-illness', FOR_MENTAL_ILLNESS)).toEqual([]);
  });

  it('names and explains every treatment for drink and drug problems to a reader supporting someone who uses', () => {
    expect(missing('substance-use', FOR_SUBSTANCE_USE)).toEqual([]);
  });

  it('names all of them to a reader facing both', () => {
    expect(missing('both', { ...FOR_MENTAL_ILLNESS, ...FOR_SUBSTANCE_USE })).toEqual([]);
  });

  it("points every reader to week 6 for a crisis, and for naloxone, rather than teaching it again", () => {
    const links = treatments.sections.flatMap((s) => s.blocks).filter((b) => typeof b === 'object' && 'kind' in b && b.kind === 'link');
    expect(links).toContainEqual(expect.objectContaining({ href: '/course/week/6' }));
    for (const situation of ['mental-illness', 'substance-use', 'both'] as const) {
      expect(lessonText(situation), situation).toMatch(/week 7/i);
    }
    for (const situation of ['substance-use', 'both'] as const) {
      expect(lessonText(situation), situation).toMatch(/naloxone[^.]*reverse an opioid overdose/i);
    }
  });

  it('sends every reader to the prescriber about stopping or changing a medicine, and tells no one to do it', () => {
    for (const situation of ['mental-illness', 'substance-use', 'both'] as const) {
      const text = lessonText(situation);
      expect(text, situation).toMatch(/stop or change a medicine, the safest step is to talk with the prescriber/i);
      // An order to the reader or the person to start, stop, skip or change a dose: never.
      expect(text.match(/(?:^|[.!?:]\s+['‘]?)(?:Stop|Start|Skip|Change|Cut|Double|Halve|Lower|Raise)\b[^.!?]*/g) ?? [], situation).toEqual([]);
    }
  });

  it('gives questions a reader can take to a prescriber', () => {
    const section = treatments.sections.find((s) => s.id === 'questions-to-ask');
    const questions = blocksFor(section?.blocks ?? [], 'both').flatMap((b) => (typeof b === 'object' && 'list' in b ? b.list : []));
    expect(questions.filter((q) => q.endsWith('?')).length).toBeGreaterThanOrEqual(5);
    expect(questions.join(' ')).toMatch(/side effects/i);
  });
});

/** The Spanish lesson (issue #17) names the same treatments, in the words a Spanish reader meets. */
describe('the treatments lesson in Spanish', () => {
  const textEs = (situation: Situation): string =>
    [
      blocksToText(treatmentsEs.welcome, situation),
      ...treatmentsEs.sections.map((s) => `${s.title}. ${blocksToText(s.blocks, situation)}`),
      blocksToText(treatmentsEs.story.variants[situation], situation),
    ].join(' ');
  const MENTAL_ILLNESS_ES: Record<string, RegExp> = {
    antipsychotics: /antipsicóticos?/i,
    'antipsychotic side effects': /antipsicóticos[\s\S]{0,120}subida de peso/i,
    'long-acting injections': /inyección de acción prolongada/i,
    clozapine: /clozapina/i,
    'early intervention teams': /equipo de intervención temprana/i,
    'mood stabilisers': /estabilizadores del ánimo/i,
    antidepressants: /antidepresivos?/i,
    CBT: /terapia cognitivo-conductual/i,
    DBT: /terapia dialéctica conductual/i,
    'family therapy': /terapia familiar/i,
    'family psychoeducation': /psicoeducación familiar/i,
  };
  const SUBSTANCE_USE_ES: Record<string, RegExp> = {
    buprenorphine: /buprenorfina/i,
    methadone: /metadona/i,
    'naltrexone for opioids': /la naltrexona bloquea el efecto de los opioides/i,
    'naltrexone for alcohol': /para el alcohol, la naltrexona/i,
    acamprosate: /acamprosato/i,
    naloxone: /naloxona/i,
    antidepressants: /antidepresivos?/i,
    CBT: /terapia cognitivo-conductual/i,
    'family therapy': /terapia familiar/i,
  };
  const missingEs = (situation: Situation, wanted: Record<string, RegExp>) =>
    Object.entries(wanted).filter(([, pattern]) => !pattern.test(textEs(situation))).map(([name]) => name);

  it('names every treatment to each reader, as the English does', () => {
    expect(missingEs('mental-illness', MENTAL_ILLNESS_ES)).toEqual([]);
    expect(missingEs('substance-use', SUBSTANCE_USE_ES)).toEqual([]);
    expect(missingEs('both', { ...MENTAL_ILLNESS_ES, ...SUBSTANCE_USE_ES })).toEqual([]);
  });

  it('sends every reader to the prescriber and tells no one to start, stop or change a medicine', () => {
    for (const situation of ['mental-illness', 'substance-use', 'both'] as const) {
      const text = textEs(situation);
      expect(text, situation).toMatch(/dejar o cambiar un medicamento, lo más seguro es hablar primero con quien receta/i);
      // An order, in tú, to stop, start, skip or change a medicine ("¡Tómatelas y ya!" is Luis's thought, kept in quotes, and "Toma" alone is left out on purpose).
      expect(text.match(/(?:^|[.!?:]\s+["“'‘]?¡?)(?:Deja|Empieza|Cambia|Sáltate|Reduce|Suspende|Dobla|Baja|Sube)\b[^.!?]*/g) ?? [], situation).toEqual([]);
    }
  });
});
