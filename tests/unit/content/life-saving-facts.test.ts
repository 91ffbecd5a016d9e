import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, Situation, Week } from '../../../shared/content/course-types.ts';
import { ROLEPLAY_CARDS_EN } from '../../../shared/content/prompts/roleplay-cards.ts';
import { WEEK_LOADERS } from '../../../shared/content/weeks/index.ts';
import { CRISIS_PLAN_FIELDS } from '../../../shared/domain/crisis/crisis-plan.ts';
import { CRISIS_PLAN_WORDS_EN } from '../../../shared/content/crisis/crisis-plan-words-en.ts';
import { blocksFor } from '../../../shared/domain/course/lesson-blocks.ts';
import { blocksToText } from '../../support/readability.ts';

/**
 * The facts in the lessons that can save a life (issue 12). Each test names what a reader would
 * lose if the words went missing in an edit.
 */

const SUBSTANCE: readonly Situation[] = ['substance-use', 'both'];
const EVERYONE: readonly Situation[] = ['mental-illness', 'substance-use', 'both'];

function section(week: Week, id: string): Block[] {
  const found = week.sections.find((s) => s.id === id);
  expect(found, `week ${week.number} has a section "${id}"`).toBeDefined();
  return found!.blocks;
}

/** Everything a reader facing `situation` reads in a week's sections, story and practice. */
function wholeWeek(week: Week, situation: Situation): string {
  return [
    ...week.sections.map((s) => blocksToText(s.blocks, situation)),
    blocksToText(week.story.variants[situation], situation),
    blocksToText(week.practice.intro, situation),
    week.practice.steps.join(' '),
  ].join(' ');
}

const linksIn = (blocks: readonly Block[], situation: Situation) =>
  blocksFor(blocks, situation).flatMap((b) => (typeof b === 'object' && 'kind' in b && b.kind === 'link' ? [b.href] : []));

describe('week 2: withdrawal can be dangerous', () => {
  it('tells readers whose person drinks or uses that stopping suddenly needs medical help, and which signs need the emergency number', async () => {
    const week2 = await WEEK_LOADERS[2]!();
    for (const situation of SUBSTANCE) {
      const text = blocksToText(section(week2, 'substance-use'), situation);
      expect(text, situation).toMatch(/stopping all at once can be dangerous/);
      expect(text, situation).toMatch(/sedatives/);
      expect(text, situation).toMatch(/a doctor or a drug and alcohol service can help/);
      expect(text, situation).toMatch(/fit.*very confused.*see or hear things/);
      expect(text, situation).toMatch(/local emergency number/);
    }
  });
});

describe('week 5: safety alongside boundaries', () => {
  it('has a part for readers afraid of how the person might react, for every reader, with the safety plan and the way to help right there', async () => {
    const week5 = await WEEK_LOADERS[5]!();
    expect(week5.contentNote).toMatch(/violence at home/);
    const afraid = week5.sections.find((s) => s.id === 'if-you-are-afraid')!;
    expect(afraid.title).toBe('If you are afraid of how they might react');
    for (const situation of EVERYONE) {
      const text = blocksToText(afraid.blocks, situation);
      expect(text, situation).toMatch(/^A note before you read: this part talks about violence at home/);
      expect(text, situation).toMatch(/your safety comes first/);
      expect(text, situation).toMatch(/when you are alone with them\. Don’t say it face to face/);
      expect(text, situation).toMatch(/It is okay not to say it yet/);
      expect(text, situation).toMatch(/domestic violence line/);
      expect(text, situation).toMatch(/safe places to go, people to call, a code word.*important papers.*a bag packed/);
      expect(text, situation).toMatch(/call your local emergency number/);
      expect(linksIn(afraid.blocks, situation), situation).toEqual(['/safety-plan', '/help']);
    }
    expect(week5.practice.tools?.map((t) => t.href)).toContain('/safety-plan');
  });

  it('no longer tells a reader to leave the room while the person is using, and says to check on them instead', async () => {
    const week5 = await WEEK_LOADERS[5]!();
    // Leaving the room when someone shouts is fine; leaving someone alone who is using is not.
    for (const situation of EVERYONE) {
      const paragraphs = wholeWeek(week5, situation).split(/(?<=[.!?”])\s+(?=[A-Z“])/);
      const unsafe = paragraphs.filter((p, i) => /leave the room|go to your room/i.test(p) && /using|drinking|opioid|sedative/i.test(paragraphs.slice(Math.max(0, i - 4), i + 1).join(' ')));
      expect(unsafe, situation).toEqual([]);
    }
    for (const situation of SUBSTANCE) {
      const text = blocksToText(section(week5, 'good-moments-and-consequences'), situation);
      expect(text, situation).toMatch(/never means leaving them alone in danger/);
      expect(text, situation).toMatch(/opioids or sedatives/);
      expect(text, situation).toMatch(/check on them often/);
      expect(text, situation).toMatch(/can’t be woken.*call your local emergency number/);
    }
  });
});

describe('week 6: crisis facts', () => {
  it('teaches naloxone, the recovery position and staying with them to readers whose person uses, and only the recovery position to the others', async () => {
    const week6 = await WEEK_LOADERS[6]!();
    const emergency = section(week6, 'in-an-emergency');
    for (const situation of EVERYONE) {
      const text = blocksToText(emergency, situation);
      expect(text, situation).toMatch(/recovery position/);
      expect(text, situation).toMatch(/onto their side/);
      expect(text, situation).toMatch(/Stay with them/);
    }
    for (const situation of SUBSTANCE) {
      const text = blocksToText(emergency, situation);
      expect(text, situation).toMatch(/give naloxone if you have it/);
      expect(text, situation).toMatch(/Naloxone is a medicine that can undo an opioid overdose/);
      expect(text, situation).toMatch(/Families can carry naloxone/);
      expect(text, situation).toMatch(/pharmacy, a drug service or a doctor/);
      expect(text, situation).toMatch(/after stopping heavy drinking or sedatives/);
    }
    expect(blocksToText(emergency, 'mental-illness')).not.toMatch(/naloxone|opioid|drinking/i);
  });

  it('warns that overdose risk is higher after a break, where setbacks are discussed', async () => {
    const week6 = await WEEK_LOADERS[6]!();
    for (const situation of SUBSTANCE) {
      const text = blocksToText(section(week6, 'setbacks'), situation);
      expect(text, situation).toMatch(/can no longer handle the amount it used to/);
      expect(text, situation).toMatch(/detox, treatment, a hospital stay or prison/);
      expect(text, situation).toMatch(/risk of overdose is much higher/);
      expect(text, situation).toMatch(/local emergency number/);
    }
  });

  it('asks directly about suicide and puts guns and medicines out of reach, for every reader', async () => {
    const week6 = await WEEK_LOADERS[6]!();
    for (const situation of EVERYONE) {
      const text = blocksToText(section(week6, 'warning-signs'), situation);
      expect(text, situation).toMatch(/Asking does not put the idea in their head/);
      expect(text, situation).toMatch(/guns.*keep them somewhere else.*lock them away/);
      expect(text, situation).toMatch(/Lock up medicines/);
      expect(text, situation).toMatch(/get rid of old ones safely/);
      expect(text, situation).toMatch(/crisis line or your local emergency number/);
    }
    expect(week6.selfCheck.map((q) => q.id)).toContain('w6-check-safer-home');
  });

  it('links the crisis plan part to both the crisis plan and the private safety plan', async () => {
    const week6 = await WEEK_LOADERS[6]!();
    for (const situation of EVERYONE) {
      expect(linksIn(section(week6, 'crisis-plan'), situation), situation).toEqual(['/crisis-plan', '/safety-plan']);
    }
    expect(week6.practice.tools?.map((t) => t.href)).toEqual(['/crisis-plan', '/safety-plan']);
  });
});

describe('the family crisis plan form', () => {
  it('keeps every field id people have already written under, and adds the numbers and a safer home', () => {
    const ids = CRISIS_PLAN_FIELDS.map((f) => f.id);
    for (const kept of ['well', 'signs', 'who', 'helps', 'worse', 'practical', 'me']) expect(ids).toContain(kept);
    expect(new Set(ids).size).toBe(ids.length);
    const safer = CRISIS_PLAN_WORDS_EN['safer-home'];
    expect(safer.hint).toMatch(/medicines are locked away/);
    expect(safer.hint).toMatch(/guns/);
    expect(safer.hint).toMatch(/naloxone is, if you keep some/);
    expect(CRISIS_PLAN_WORDS_EN.numbers.hint).toMatch(/emergency number.*crisis line.*domestic violence line/);
  });
});

describe('the "I used last night" role-play card', () => {
  it('names the higher overdose risk after a break, naloxone and when to call', () => {
    const card = ROLEPLAY_CARDS_EN.find((c) => c.id === 'rp-used-last-night')!;
    expect(card.safetyNote).toMatch(/after a break from using/);
    expect(card.safetyNote).toMatch(/risk of overdose is higher/);
    expect(card.safetyNote).toMatch(/naloxone/);
    expect(card.safetyNote).toMatch(/can’t be woken.*call your local emergency number/);
    expect(card.youMightAnswer.join(' ')).toMatch(/Are you safe right now\?/);
  });
});

describe('sources', () => {
  it('cites a checked public source beside the facts in each week file that carries them', () => {
    for (const file of ['week-2.ts', 'week-5.ts', 'week-6.ts']) {
      const source = readFileSync(new URL(`../../../shared/content/weeks/${file}`, import.meta.url), 'utf8');
      expect(source, file).toMatch(/[Cc]hecked (on )?2026-12-05/);
      expect(source, file).toMatch(/https:\/\/(www\.)?(nhs\.uk|nimh\.nih\.gov|thehotline\.org|samhsa\.gov|docslib\.org)/);
    }
  });
});
