import { describe, expect, it } from 'vitest';
import { PLAN_TEMPLATES, planTemplate, templateFields } from '../../../shared/content/plan-templates.ts';
import type { Situation } from '../../../shared/content/course-types.ts';
import { PLAN_KEY_POINTS_MAX, PLAN_READY_MAX, emptyPlan, tidyPlan, validatePlan } from '../../../shared/domain/toolkit/conversation-plan.ts';
import { checkBoundary } from '../../../shared/domain/toolkit/boundary-pitfalls.ts';
import { blocksToText, readingGrade } from '../../support/readability.ts';
import { avoidedWordsIn, stringsIn } from '../../support/voice-words.ts';

const SITUATIONS: (Situation | undefined)[] = [undefined, 'mental-illness', 'substance-use', 'both'];
/** Drink and drug words, which a reader supporting someone with a mental illness only should not meet (as in weeks.test.ts). */
const SUBSTANCE = /\b(?:drink(?:s|ing)?|drunk|alcohol|drugs?|cannabis|pills?|opioids?|sober|hangover|using)\b/i;
/** Pressure, control and clinical advice have no place in what the person is offered to say. */
const PRESSURE = /\b(?:must|have to go|or else|ultimatum|make (?:him|her|them)|force|you need treatment|medication|medicine|dose)\b/i;

const all = PLAN_TEMPLATES.flatMap((t) => SITUATIONS.map((situation) => ({ t, situation, f: templateFields(t, situation) })));
const texts = (f: ReturnType<typeof templateFields>) => [f.about, f.goal, f.timeAndPlace, f.opening, ...f.keyPoints, ...f.ready, f.avoid, f.exitLine, f.afterCare];

describe('plan templates', () => {
  it('offers "Suggesting treatment or help", with what to have ready', () => {
    const t = planTemplate('suggesting-treatment')!;
    expect(t.title).toBe('Suggesting treatment or help');
    expect(t.fields.ready).toEqual(['A number to call', 'An appointment time you could book', 'A ride there']);
    expect(planTemplate('nope')).toBeUndefined();
    expect(new Set(PLAN_TEMPLATES.map((x) => x.id)).size).toBe(PLAN_TEMPLATES.length);
  });

  it('fills in a plan that saves as it is, in every situation', () => {
    for (const { t, situation, f } of all) {
      const plan = tidyPlan({ ...emptyPlan(), ...f });
      expect(validatePlan(plan), `${t.id} ${situation}`).toEqual({});
      expect(plan.keyPoints).toHaveLength(f.keyPoints.length);
      expect(f.keyPoints.length).toBeLessThanOrEqual(PLAN_KEY_POINTS_MAX);
      expect(f.ready.length).toBeLessThanOrEqual(PLAN_READY_MAX);
      for (const text of texts(f)) expect(text.trim(), `${t.id} ${situation}`).not.toBe('');
    }
  });

  it('reads at grade 8 or lower, in every situation', () => {
    for (const { t, situation, f } of all) {
      expect(readingGrade(blocksToText([t.summary, ...texts(f)])), `${t.id} ${situation}`).toBeLessThanOrEqual(8);
    }
  });

  it('passes the voice test: no avoided words, no pressure, no control, no clinical advice', () => {
    const avoided = stringsIn(PLAN_TEMPLATES, 'plan templates').flatMap(({ where, text }) => avoidedWordsIn(text).map((w) => `${where}: ${w}`));
    expect(avoided).toEqual([]);
    const said = all.flatMap(({ t, situation, f }) => [f.opening, ...f.keyPoints, f.exitLine].map((text) => ({ where: `${t.id} ${situation}`, text })));
    const found = said.flatMap(({ where, text }) => [
      ...(PRESSURE.test(text) ? [`${where}: "${text}" pressures`] : []),
      ...checkBoundary({ words: text }).filter((p) => p.kind !== 'unkeepable').map((p) => `${where}: ${p.kind} "${p.match}"`),
    ]);
    expect(found).toEqual([]);
  });

  it('speaks of drink and drugs only to readers who face them', () => {
    for (const t of PLAN_TEMPLATES) {
      const f = templateFields(t, 'mental-illness');
      expect(texts(f).filter((x) => SUBSTANCE.test(x))).toEqual([]);
    }
    expect(templateFields(planTemplate('suggesting-treatment')!, 'substance-use').timeAndPlace).toMatch(/drinking or drugs/);
  });

  it('gives each plan its own lists, so editing one never changes the template', () => {
    const t = planTemplate('suggesting-treatment')!;
    templateFields(t, undefined).ready.push('changed');
    expect(t.fields.ready).toHaveLength(3);
  });
});
