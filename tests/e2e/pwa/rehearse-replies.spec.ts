import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { readRecord } from '../support/page-db.ts';

/** Opens the suggesting-treatment template from the plans screen, and waits for its words. */
async function startFromTemplate(page: Page): Promise<void> {
  await page.goto('/plans');
  await expect(page.getByRole('heading', { level: 2, name: 'Start from a template' })).toBeVisible();
  await page.getByRole('link', { name: 'Suggesting treatment or help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a conversation' })).toBeVisible();
  await expect(page.getByText('Started from “Suggesting treatment or help”.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What it is about' })).toHaveValue('suggesting treatment or help');
}

test('a suggesting-treatment plan starts from its template, is edited and saved, and is rehearsed reply by reply, their own guess first', async ({ page }) => {
  await startFromTemplate(page);
  // Every part is filled in with ideas to change.
  await expect(page.getByRole('textbox', { name: 'A good time and place' })).toHaveValue(/^A calm moment: after they talk about a problem/);
  await expect(page.getByRole('textbox', { name: 'My opening line' })).toHaveValue(/Can I share an idea\? It’s fine to say no\./);
  await expect(page.getByRole('textbox', { name: 'Key point 3' })).toHaveValue('You don’t have to decide now. The offer stays open.');
  await expect(page.getByRole('textbox', { name: 'My exit line if it gets heated' })).toHaveValue(/I won’t push/);
  const ready = page.getByRole('group', { name: 'What to have ready (optional)' });
  await expect(ready.getByRole('textbox', { name: 'Have ready 1' })).toHaveValue('A number to call');
  await expect(ready.getByRole('textbox', { name: 'Have ready 2' })).toHaveValue('An appointment time you could book');
  await expect(ready.getByRole('textbox', { name: 'Have ready 3' })).toHaveValue('A ride there');

  // The person makes it theirs.
  await page.getByRole('textbox', { name: 'Who you will talk with' }).fill('Alex');
  await ready.getByRole('textbox', { name: 'Have ready 1' }).fill('The walk-in clinic’s number');
  await ready.getByRole('textbox', { name: 'Have ready 4' }).fill('Time off work on Tuesday');
  await page.getByRole('textbox', { name: 'They might say 1' }).fill('I can’t afford it.');
  await page.getByRole('button', { name: 'Save plan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Talk with Alex about suggesting treatment or help' })).toBeVisible();
  const planId = new URL(page.url()).pathname.split('/').pop()!;
  await page.reload();
  const readyList = page.getByRole('definition').filter({ has: page.getByRole('listitem') }).filter({ hasText: 'A ride there' });
  await expect(page.getByRole('term').filter({ hasText: 'What to have ready' })).toBeVisible();
  await expect(readyList.getByRole('listitem')).toHaveText(['The walk-in clinic’s number', 'An appointment time you could book', 'A ride there', 'Time off work on Tuesday']);
  await expect(page.getByRole('heading', { name: 'What they might say' })).toBeVisible();
  await expect(page.getByText('“I can’t afford it.”')).toBeVisible();
  expect(await readRecord(page, 'plans', planId)).toMatchObject({
    about: 'suggesting treatment or help',
    theyMightSay: ['I can’t afford it.'],
    ready: ['The walk-in clinic’s number', 'An appointment time you could book', 'A ride there', 'Time off work on Tuesday'],
  });

  // Rehearse: their own guess first, then cards that fit a talk about treatment.
  await page.getByRole('link', { name: 'Rehearse this talk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse: Talk with Alex about suggesting treatment or help' })).toBeVisible();
  // Each reply is a direct item of the list (the answers inside it are lists of their own).
  const replies = page.getByRole('list', { name: 'What they might say' }).locator(':scope > li');
  await expect(replies.nth(2)).toBeVisible();
  const count = await replies.count();
  expect(count, 'their own guess and at least two likely replies').toBeGreaterThanOrEqual(3);
  await expect(replies.first()).toContainText('they might say (your guess)');
  await expect(replies.first()).toContainText('“I can’t afford it.”');
  await expect(replies.nth(1)).toContainText(/treatment|doctors|help|group/i);

  const lines = 5; // opening, three key points, exit line
  const total = lines + count;
  await expect(page.getByRole('status').filter({ hasText: `0 of ${total} practised` })).toBeVisible();
  for (let i = 1; i <= count; i++) {
    const reply = replies.nth(i - 1);
    const show = page.getByRole('button', { name: `Show a way to answer: Reply ${i}` });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    // By keyboard, as a screen-reader user would.
    await show.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Hide the answer: Reply ${i}` })).toHaveAttribute('aria-expanded', 'true');
    await expect(reply).toContainText('You might answer');
    if (i === 1) await expect(reply).toContainText('There is no set answer. Listen first');
    else await expect(reply.getByRole('listitem')).toHaveCount(2);
    await page.getByRole('checkbox', { name: `Practised: Reply ${i}` }).check();
    await expect(page.getByRole('status').filter({ hasText: `${i} of ${total} practised` })).toBeVisible();
    await expect(reply).toHaveClass('done');
  }
  for (const box of await page.getByRole('checkbox', { name: /^Practised:/ }).all()) await box.check();
  await expect(page.getByRole('status').filter({ hasText: 'You practised every line.' })).toBeVisible();
});

test('the template choice, the plan editor from a template and the rehearsal with replies have no axe violations, light and dark', async ({ page }) => {
  test.slow(); // Four screens through axe: room for a busy machine.
  await page.goto('/plans');
  await expect(page.getByRole('link', { name: 'Suggesting treatment or help' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/plans with templates');
  await startFromTemplate(page);
  await expectNoAxeViolationsLightAndDark(page, '/plans/new?template=suggesting-treatment');
  await page.getByRole('textbox', { name: 'They might say 1' }).fill('Who told you to say this?');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Talk about suggesting treatment or help' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/plans/:id from a template');
  await page.getByRole('link', { name: 'Rehearse this talk' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What they might say' })).toBeVisible();
  await page.getByRole('button', { name: 'Show a way to answer: Reply 2' }).click();
  await page.getByRole('checkbox', { name: 'Practised: Reply 2' }).check();
  await expectNoAxeViolationsLightAndDark(page, '/plans/:id/rehearse with replies');
});
