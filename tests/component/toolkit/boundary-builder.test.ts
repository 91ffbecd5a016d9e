import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../shared/ui/toolkit/boundary-builder.ts';
import type { AlBoundarySaveEvent } from '../../../shared/ui/base/events.ts';
import { deepActiveElement } from '../../../shared/ui/base/deep-active.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { recordEvents, textOf } from '../support/events.ts';
import { mount } from '../support/mount.ts';

/** The builder's six steps: each field's label, and what the person types there. */
const STEPS: [label: string, words: string][] = [
  ['When this happens', 'you come home after drinking'],
  ['What I feel', 'scared, and very tired'],
  ['I will', 'go to my sister’s for the night'],
  ['Because', 'I need to feel safe, and I love you'],
  ['My words', 'You must stop drinking'],
  ['If it is tested', 'I will say it once, calmly, and go'],
];
const SENTENCE = 'When you come home after drinking, I will go to my sister’s for the night, because I need to feel safe, and I love you.';
const button = (name: string) => page.getByRole('button', { name, exact: true });
const focusedHeading = (name: RegExp) => expect.poll(() => deepActiveElement()).toBe(page.getByRole('heading', { name }).element());

test('the builder walks six steps, gently flags a demand, comes back from the fix to the review, and asks to save once it is fixed', async () => {
  const saved = recordEvents<AlBoundarySaveEvent>('al-boundary-save');
  await mount('al-boundary-builder');
  await expect.element(page.getByRole('heading', { name: /Step 1 of 6.*The situation/ })).toBeVisible();
  // Moving on needs the situation; the message says why, and the field has focus.
  await button('Next').click();
  await expect.element(page.getByText(/Add when this boundary applies, in a few words\./)).toBeVisible();
  const situation = page.getByRole('textbox', { name: 'When this happens' });
  await expect.poll(() => deepActiveElement()).toBe(situation.element());
  await expect.element(situation).toHaveAttribute('aria-invalid', 'true');
  await expect.element(page.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();

  for (const [i, [label, words]] of STEPS.entries()) {
    await expect.element(page.getByRole('heading', { name: new RegExp(`^Step ${i + 1} of 6`) })).toBeVisible();
    await page.getByRole('textbox', { name: label }).fill(words);
    await button(i === STEPS.length - 1 ? 'Review' : 'Next').click();
  }
  await focusedHeading(/Check your boundary/);
  await expect.element(page.getByText(SENTENCE)).toBeVisible();
  const hints = page.getByRole('status').filter({ hasText: 'A few gentle ideas' });
  await expect.poll(() => textOf(hints)).toContain('This reads like a rule for the other person.');
  // The kinder wording is built from the person's own words.
  expect(textOf(hints)).toContain('Try saying what you will do if it happens: “If you’ve been drinking, I will …”');
  await expectNoAxeViolationsLightAndDark('the builder’s review, with hints');
  // The review fits a small phone without sideways scrolling.
  await page.viewport(320, 700);
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  await page.viewport(390, 844);

  // Fix it from the hint, and come straight back to the review.
  await hints.getByRole('button', { name: 'Change: The words you will say' }).click();
  await focusedHeading(/Step 5 of 6.*The words you will say/);
  await expect.element(page.getByText('An idea for this part:')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the builder, fixing a step');
  await page.getByRole('textbox', { name: 'My words' }).fill('I love you. If you have been drinking, I will stay at my sister’s tonight.');
  await button('Back to review').click();
  await focusedHeading(/Check your boundary/);
  await expect.element(page.getByText(/This reads like a rule for the other person\./)).not.toBeInTheDocument();
  await expect.element(page.getByRole('status').filter({ hasText: 'It looks ready.' })).toBeVisible();
  expect(saved).toEqual([]);

  await button('Save boundary').click();
  expect(saved.map((e) => e.detail)).toEqual([
    {
      situation: 'you come home after drinking',
      feeling: 'scared, and very tired',
      action: 'go to my sister’s for the night',
      reason: 'I need to feel safe, and I love you',
      words: 'I love you. If you have been drinking, I will stay at my sister’s tonight.',
      holdPlan: 'I will say it once, calmly, and go',
    },
  ]);
});

test('the builder works from the keyboard alone', async () => {
  await mount('al-boundary-builder');
  await page.getByRole('textbox', { name: 'When this happens' }).click();
  await userEvent.keyboard('the shouting starts');
  await userEvent.tab();
  expect(deepActiveElement()).toBe(button('Next').element());
  await userEvent.keyboard('{Enter}');
  await focusedHeading(/Step 2 of 6/);
});
