import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../../shared/content/course-schema.ts';
import { PLAN_TEMPLATES, planTemplate, planTemplatesIn, templateFields, type PlanTemplateFields } from '../../../shared/content/plan-templates.ts';
import { PLAN_TEMPLATES_ES } from '../../../shared/content/plan-templates-es.ts';
import { spanishTextProblems } from '../../support/spanish-text-checks.ts';

const texts = (f: PlanTemplateFields) => [f.about, f.goal, f.timeAndPlace, f.opening, ...f.keyPoints, ...f.ready, f.avoid, f.exitLine, f.afterCare];

describe('the plan templates in Spanish', () => {
  it('has every English template, in the same order, with the same parts for every situation', () => {
    expect(PLAN_TEMPLATES_ES.map((t) => t.id)).toEqual(PLAN_TEMPLATES.map((t) => t.id));
    for (const [i, en] of PLAN_TEMPLATES.entries()) {
      const es = PLAN_TEMPLATES_ES[i]!;
      expect(Object.keys(es.fields), en.id).toEqual(Object.keys(en.fields));
      expect(es.fields.keyPoints.length, en.id).toBe(en.fields.keyPoints.length);
      expect(es.fields.ready.length, en.id).toBe(en.fields.ready.length);
      for (const s of SITUATIONS) expect(Object.keys(es.bySituation?.[s] ?? {}), `${en.id} ${s}`).toEqual(Object.keys(en.bySituation?.[s] ?? {}));
    }
  });

  it('says every part in Spanish, for every situation', () => {
    for (const [i, en] of PLAN_TEMPLATES.entries()) {
      const es = PLAN_TEMPLATES_ES[i]!;
      expect(es.title).not.toBe(en.title);
      expect(es.summary).not.toBe(en.summary);
      for (const s of [undefined, ...SITUATIONS]) {
        const english = texts(templateFields(en, s));
        expect(texts(templateFields(es, s)).filter((t) => english.includes(t)), `${en.id} ${s}`).toEqual([]);
      }
    }
  });

  it('uses tú, person-first words and no English, and leaves the reader without a gender', () => {
    const all = PLAN_TEMPLATES_ES.flatMap((t) => [
      { where: `${t.id} title`, text: t.title },
      { where: `${t.id} summary`, text: t.summary },
      ...[undefined, ...SITUATIONS].flatMap((s) => texts(templateFields(t, s)).map((text) => ({ where: `${t.id} ${s}`, text }))),
    ]);
    expect(spanishTextProblems(all)).toEqual([]);
  });

  it('says nothing of drinking or drugs to a reader who supports someone with a mental illness only', () => {
    for (const t of PLAN_TEMPLATES_ES) expect(texts(templateFields(t, 'mental-illness')).join(' '), t.id).not.toMatch(/beb|drog|consum|alcohol/i);
    expect(templateFields(planTemplate('suggesting-treatment', 'es')!, 'substance-use').timeAndPlace).toMatch(/la bebida o las drogas/);
  });

  it('is picked by language, by the same id', () => {
    expect(planTemplatesIn('en')).toBe(PLAN_TEMPLATES);
    expect(planTemplatesIn('es')).toBe(PLAN_TEMPLATES_ES);
    expect(planTemplate('suggesting-treatment', 'es')!.title).toBe('Proponer un tratamiento o ayuda');
    expect(planTemplate('suggesting-treatment', 'en')!.title).toBe('Suggesting treatment or help');
  });
});
