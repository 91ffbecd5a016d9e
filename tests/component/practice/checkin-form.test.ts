import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/practice/checkin-form.ts';
import type { AlCheckinSaveEvent } from '../../../shared/ui/practice/checkin-form.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { recordEvents } from '../support/events.ts';
import { deepActiveElement } from '../../../shared/ui/base/deep-active.ts';
import { mount } from '../support/mount.ts';

const save = () => page.getByRole('button', { name: 'Save check-in' }).click();

test('a missing scale is named, announced and focused, and nothing is saved; the form has no axe violations with its errors', async () => {
  const saved = recordEvents<AlCheckinSaveEvent>('al-checkin-save');
  await mount('al-checkin-form');
  await save();
  await expect.element(page.getByText(/Please choose how stressed you feel\./)).toBeVisible();
  await expect.element(page.getByText(/Please choose how much hope you feel\./)).toBeVisible();
  const veryCalm = page.getByRole('radio', { name: '1. Very calm' });
  await expect.poll(() => deepActiveElement()).toBe(veryCalm.element());
  await expect.element(veryCalm).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolationsLightAndDark('the check-in form with both errors');

  await page.getByRole('radio', { name: '3. Some stress' }).click();
  await expect.element(page.getByText(/Please choose how stressed you feel\./)).not.toBeInTheDocument();
  await save();
  await expect.poll(() => deepActiveElement()).toBe(page.getByRole('radio', { name: '1. Very little hope' }).element());
  expect(saved).toEqual([]);

  // Complete, it asks to save what was chosen, and nothing more.
  await page.getByRole('radio', { name: '4. Hopeful' }).click();
  await page.getByRole('textbox', { name: 'One sentence about my week' }).fill('  A hard week at home.  ');
  await save();
  expect(saved.map((e) => e.detail)).toEqual([{ stress: 3, hope: 4, note: 'A hard week at home.' }]);
});

test('the scales are easy to tap on a small phone: every option is at least 44 by 44 pixels, with no sideways scrolling', async () => {
  await page.viewport(320, 700);
  const form = await mount('al-checkin-form');
  for (const name of ['1. Very calm', '5. Very stressed', '1. Very little hope', '5. Very hopeful']) {
    const box = page.getByRole('radio', { name }).element().closest('label')!.getBoundingClientRect();
    expect(box.width, name).toBeGreaterThanOrEqual(44);
    expect(box.height, name).toBeGreaterThanOrEqual(44);
  }
  expect(form.getBoundingClientRect().right).toBeLessThanOrEqual(320);
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
});
