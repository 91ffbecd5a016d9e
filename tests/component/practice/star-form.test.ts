import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/practice/star-form.ts';
import type { AlStarSaveEvent } from '../../../shared/ui/practice/star-form.ts';
import { deepActiveElement } from '../../../shared/ui/base/deep-active.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { recordEvents } from '../support/events.ts';
import { mount } from '../support/mount.ts';

const AREAS = ['My wellbeing', 'Knowing about it', 'Talking together', 'My boundaries', 'My support', 'Hope', 'My own life'];
const area = (name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
const save = () => page.getByRole('button', { name: 'Save my star' }).click();

test('every area needs a step; the first missing one is named and focused, nothing is saved, and the form has no axe violations with its errors', async () => {
  const saved = recordEvents<AlStarSaveEvent>('al-star-save');
  await mount('al-star-form', { moment: 'start' });
  await area('My wellbeing').getByRole('radio', { name: /^4\.\s/ }).click();
  await save();
  await expect.element(page.getByText(/Please choose a step for \u201cKnowing about it\u201d\./)).toBeVisible();
  await expect.element(page.getByText('6 areas still need a step.', { exact: false })).toBeVisible();
  await expect.poll(() => deepActiveElement()).toBe(area('Knowing about it').getByRole('radio').first().element());
  expect(saved).toEqual([]);
  await expectNoAxeViolationsLightAndDark('the star form with six errors');

  // Every area placed: the star is asked to be saved, for the moment shown.
  for (const [i, name] of AREAS.entries()) await area(name).getByRole('radio', { name: new RegExp(`^${(i % 5) + 1}\\.\\s`) }).click();
  await save();
  expect(saved.map((e) => e.detail.moment)).toEqual(['start']);
  expect(Object.values(saved[0]!.detail.scores).sort()).toEqual([1, 1, 2, 2, 3, 4, 5]);
});
