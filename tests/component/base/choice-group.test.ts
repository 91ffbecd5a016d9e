import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../shared/ui/base/choice-group.ts';
import type { AlChoiceGroup } from '../../../shared/ui/base/choice-group.ts';
import { deepActiveElement } from '../../../shared/ui/base/deep-active.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { recordEvents } from '../support/events.ts';
import { mount } from '../support/mount.ts';

const OPTIONS = [
  { value: 'a', label: 'Not at all' },
  { value: 'b', label: 'A little', detail: 'Some days' },
  { value: 'c', label: 'A lot' },
];

test('one group named by its legend and question; arrow keys choose, and the page hears each choice', async () => {
  const changes = recordEvents('change');
  const group = await mount('al-choice-group', { legend: 'Sleep', question: 'How well do I sleep?', hint: 'Over the last week.', options: OPTIONS });
  const named = page.getByRole('group', { name: /^Sleep How well do I sleep\?/ });
  await expect.element(named).toBeVisible();
  await expect.element(named).toHaveAccessibleDescription('Over the last week.');
  await expect.element(page.getByRole('radio', { name: 'A little Some days' })).toBeVisible();

  // Tab goes to the group once; the arrows move the choice within it, as in any radio group.
  await userEvent.tab();
  expect(deepActiveElement()).toBe(page.getByRole('radio', { name: 'Not at all' }).element());
  await userEvent.keyboard('{ArrowDown}');
  await expect.element(page.getByRole('radio', { name: 'A little Some days' })).toBeChecked();
  expect(group.value).toBe('b');
  expect(changes.map((e) => (e.target as AlChoiceGroup).value)).toEqual(['b']);
  await expectNoAxeViolationsLightAndDark('a choice group with a choice made');
});

test('an error is shown, tied to the group, announced, and marks every option invalid; focus() goes to the choice or the first', async () => {
  const group = await mount('al-choice-group', { legend: 'Sleep', options: OPTIONS, required: true, error: 'Please choose how well you sleep.' });
  const named = page.getByRole('group', { name: 'Sleep' });
  await expect.element(named).toHaveAccessibleDescription(/Please choose how well you sleep\./);
  for (const radio of page.getByRole('radio').elements()) expect(radio.getAttribute('aria-invalid')).toBe('true');
  expect(group.shadowRoot!.querySelector('.error')!.getAttribute('aria-live')).toBe('polite');
  await expectNoAxeViolationsLightAndDark('a choice group with an error');
  group.focus();
  expect(deepActiveElement()).toBe(page.getByRole('radio', { name: 'Not at all' }).element());
  group.value = 'c';
  group.error = '';
  await group.updateComplete;
  group.focus();
  expect(deepActiveElement()).toBe(page.getByRole('radio', { name: 'A lot' }).element());
  expect(page.getByRole('radio', { name: 'A lot' }).element().getAttribute('aria-invalid')).toBe('false');
});
