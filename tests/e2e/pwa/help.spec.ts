import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { expect, test } from '../support/pwa-test.ts';

/** Some of each country's lines, as the team keeps them in shared/content/crisis-lines.ts. */
const COUNTRIES = [
  { country: 'United States', line: '988 Suicide & Crisis Lifeline', contact: 'Call 988', emergency: '911', in: 'the United States' },
  { country: 'Canada', line: '9-8-8 Suicide Crisis Helpline', contact: 'Call 988', emergency: '911' },
  { country: 'United Kingdom', line: 'National Domestic Abuse Helpline', contact: 'Call 0808 2000 247', emergency: '999', in: 'the United Kingdom' },
  { country: 'Ireland', line: 'Samaritans', contact: 'Call 116 123', emergency: '112 or 999', call: '112' },
  { country: 'Australia', line: 'National Alcohol and Other Drug Hotline', contact: 'Call 1800 250 015', emergency: '000' },
  { country: 'New Zealand', line: 'National Poisons Centre', contact: 'Call 0800 764 766', emergency: '111' },
  { country: 'Spain', line: '016', contact: 'Call 016', emergency: '112' },
  { country: 'Mexico', line: 'Línea de la Vida', contact: 'Call 800 911 2000', emergency: '911' },
  { country: 'Argentina', line: 'Línea 144', contact: 'Call 144', emergency: '911' },
  { country: 'Colombia', line: 'Línea 155', contact: 'Call 155', emergency: '123' },
  { country: 'Chile', line: 'Fono Drogas y Alcohol 1412 (SENDA)', contact: 'Call 1412', emergency: '131 or 133', call: '131' },
];

const help = (page: Page) => page.locator('al-help-page');
const lines = (page: Page) => help(page).getByRole('region', { name: 'Call or text for help' });

test('"Need help now?" opens with the emergency number, then each country\'s lines by what they are for, and what to say', async ({ page }) => {
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  const emergency = page.getByText('If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.');
  const where = page.getByRole('combobox', { name: 'Where are you?' });

  for (const { country, line, contact, emergency: number, in: inCountry = country, call = number } of COUNTRIES) {
    await where.selectOption({ label: country });
    await expect(lines(page).getByRole('heading', { name: line, exact: true })).toBeVisible();
    await expect(lines(page).getByRole('link', { name: contact }).first()).toHaveAttribute('href', `tel:${contact.replace(/\D/g, '')}`);
    await expect(emergency).toContainText(`In ${inCountry}, that is ${number}.`);
    await expect(page.getByRole('link', { name: `Call ${call}`, exact: true }).first()).toHaveAttribute('href', `tel:${call}`);
  }

  // Each kind of help has its heading, and a kind a country has no national line for says how to find one.
  await where.selectOption({ label: 'Canada' });
  for (const kind of ['Suicide and crisis lines', 'Violence or abuse at home', 'Alcohol and drug use', 'Poison and overdose advice']) {
    await expect(lines(page).getByRole('heading', { level: 3, name: kind })).toBeVisible();
  }
  await expect(lines(page).getByRole('region', { name: 'Violence or abuse at home' })).toContainText('sheltersafe.ca');

  await expect(page.getByRole('heading', { level: 3, name: 'What to say when you call' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Say who you are and that you are worried about someone' })).toBeVisible();
  await expect(page.getByText('Saying "I am worried and I don\'t know what to do" is enough to start.')).toBeVisible();

  // The choice is kept for next time.
  const kept = help(page).getByRole('status').filter({ hasText: 'Kept on this device for next time.' });
  await where.selectOption({ label: 'Australia' });
  await expect(kept).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Call 13 11 14' }).first()).toBeVisible();
  await expect(where).toHaveValue('AU');

  // Somewhere else is a choice too: no other country's line or number is guessed over it, then or later.
  await where.selectOption({ label: 'Somewhere else' });
  await expect(page.getByText('Many countries have a free crisis line.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Call/ })).toHaveCount(0);
  await expect(emergency).not.toContainText('that is');
  await expect(kept).toBeVisible();
  await page.reload();
  await expect(where).toHaveValue('elsewhere');
  await expect(page.getByText('Many countries have a free crisis line.')).toBeVisible();
  await expect(emergency).not.toContainText('that is');
});

test('the "what to do now" cards open from the keyboard, with the lines that fit them', async ({ page }) => {
  await page.goto('/help');
  await page.getByRole('combobox', { name: 'Where are you?' }).selectOption({ label: 'United States' });
  const now = help(page).getByRole('region', { name: 'What to do now' });
  await expect(now.getByText('Lay them on their side')).toBeHidden();
  await now.getByText('They may have taken too much').focus();
  await page.keyboard.press('Enter');
  await expect(now.getByText(/If opioids may be involved and you have naloxone, give it/)).toBeVisible();
  await expect(now.getByText(/lay them on their side \(the recovery position\)/)).toBeVisible();
  await expect(now.getByRole('link', { name: /Call 1-800-222-1222/ })).toHaveAttribute('href', 'tel:18002221222');

  await now.getByText('Violence, or fear of it').click();
  await expect(now.getByText(/Get yourself and any children safe first/)).toBeVisible();
  await expect(now.getByRole('link', { name: /Text START to 88788/ })).toHaveAttribute('href', 'sms:88788?body=START');
  await expect(now.getByRole('link', { name: 'Make a private safety plan' })).toHaveAttribute('href', '/safety-plan');
});

test.describe('in the United States', () => {
  test.use({ locale: 'en-US' });

  test('there are tap-to-call links for 988, the National Domestic Violence Hotline and the SAMHSA National Helpline, and axe finds nothing, light or dark', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('combobox', { name: 'Where are you?' })).toHaveValue('US');
    await expect(page.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
    const crisis = lines(page).getByRole('region', { name: 'Suicide and crisis lines' });
    await expect(crisis.getByRole('heading', { name: '988 Suicide & Crisis Lifeline' })).toBeVisible();
    await expect(crisis.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(crisis.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    const violence = lines(page).getByRole('region', { name: 'Violence or abuse at home' });
    await expect(violence.getByRole('heading', { name: 'National Domestic Violence Hotline' })).toBeVisible();
    await expect(violence.getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', 'tel:18007997233');
    await expect(violence.getByRole('link', { name: 'Text START to 88788' })).toHaveAttribute('href', 'sms:88788?body=START');
    const substance = lines(page).getByRole('region', { name: 'Alcohol and drug use' });
    await expect(substance.getByRole('heading', { name: 'SAMHSA National Helpline' })).toBeVisible();
    await expect(substance.getByRole('link', { name: 'Call 1-800-662-4357' })).toHaveAttribute('href', 'tel:18006624357');

    // With a card open, so its steps and links are checked too.
    await help(page).getByText('They may be thinking of suicide').click();
    await expect(help(page).getByText(/Are you thinking about suicide\?/)).toBeVisible();
    await expectNoAxeViolationsLightAndDark(page, '/help');
  });

  test('the family crisis plan the person wrote shows on the help page, between the emergency number and the lines', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('link', { name: 'Call 988' }).first()).toBeVisible();
    // No plan written: nothing about one.
    await expect(page.getByRole('heading', { name: 'Our crisis plan' })).toHaveCount(0);

    await writePlan(page);
    await page.goto('/help');
    const plan = page.getByRole('region', { name: 'Our crisis plan' });
    await expect(plan.getByText('Aunt Mei 555 0100, then the clinic 555 0199')).toBeVisible();
    await expect(plan.getByText('A quiet room and one calm voice')).toBeVisible();
    await expect(plan.getByText('Who to call, in order')).toBeVisible();
    // Fields left empty are not shown.
    await expect(plan.getByText('What makes things worse')).toHaveCount(0);
    // In order: the emergency number, the plan, then the lines.
    const top = async (name: string) => (await page.getByRole('heading', { level: 2, name, exact: true }).boundingBox())!.y;
    expect(await top('If a life is in danger')).toBeLessThan(await top('Our crisis plan'));
    expect(await top('Our crisis plan')).toBeLessThan(await top('Call or text for help'));
    await expectNoAxeViolations(page, '/help with a crisis plan');

    await plan.getByRole('link', { name: 'Edit our crisis plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Our family crisis plan' })).toBeVisible();
  });

  test('with the lock on, the plan stays hidden until unlocked, and the lines still show', async ({ page }) => {
    await page.clock.install();
    await writePlan(page);
    await page.goto('/settings/lock');
    await page.getByLabel('Choose a passcode').fill('kettle on sunday');
    await page.getByLabel('Type it again').fill('kettle on sunday');
    await page.getByRole('checkbox', { name: /I understand that if I forget my passcode/ }).check();
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(page.getByRole('heading', { name: 'The lock is on' })).toBeVisible();
    await page.getByLabel('Lock after').selectOption('1');
    await expect(page.getByText('Alongside will lock after 1 minute without use.')).toBeVisible();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect(page.getByRole('dialog', { name: 'Alongside is locked' })).toBeVisible();

    await page.goto('/help');
    const plan = page.getByRole('region', { name: 'Our crisis plan' });
    await expect(plan.getByText('Your crisis plan is locked behind your passcode. The lines and steps on this page work without it.')).toBeVisible();
    await expect(page.getByText('Aunt Mei 555 0100')).toHaveCount(0);
    await expect(lines(page).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Call 911', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, '/help while locked');

    await plan.getByLabel('Course passcode').fill('kettle on monday');
    await plan.getByRole('button', { name: 'Unlock' }).click();
    await expect(plan.getByRole('alert')).toHaveText('That passcode did not match. Please try again slowly. Nothing has been changed.');
    await expect(page.getByText('Aunt Mei 555 0100')).toHaveCount(0);
    await plan.getByLabel('Course passcode').fill('kettle on sunday');
    await plan.getByRole('button', { name: 'Unlock' }).click();
    await expect(plan.getByText('Aunt Mei 555 0100, then the clinic 555 0199')).toBeVisible();
    await expect(plan.getByText('Your crisis plan is locked')).toHaveCount(0);

    // Left open, the app locks itself on this page too: the plan goes at once, the lines stay.
    await page.clock.fastForward('01:05');
    await expect(plan.getByText('Your crisis plan is locked behind your passcode.', { exact: false })).toBeVisible();
    await expect(page.getByText('Aunt Mei 555 0100')).toHaveCount(0);
    await expect(lines(page).getByRole('link', { name: 'Call 988' })).toBeVisible();
  });
});

test.describe('always in reach, on a phone', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 390, height: 844 }));

  for (const path of ['/', '/course/week/1']) {
    test(`after scrolling to the bottom of ${path}, "Need help now?" is still in view and leads to help`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // A lesson's steps arrive after its heading: scroll again until the bottom is the real one.
      await expect(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        await expect(page.getByText('Everything you write stays on this device.')).toBeInViewport({ timeout: 1000 });
      }).toPass({ timeout: 10_000 });
      const needHelp = page.locator('al-app').getByRole('link', { name: 'Need help now?' }).first();
      await expect(needHelp).toBeInViewport();
      await needHelp.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
    });
  }

  test('the pinned bar is one slim row even at 320px, keeps the skip link usable, and is left off the printout', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    const needHelp = page.locator('al-app').getByRole('link', { name: 'Need help now?' }).first();
    await expect(needHelp).toBeVisible();
    const bar = await page.locator('al-app header').boundingBox();
    expect(bar!.height).toBeLessThan(640 / 8);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    // The skip link sits on top of the bar, not under it.
    expect(await skip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const root = el.getRootNode() as ShadowRoot;
      return root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    })).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(needHelp).toBeHidden();
  });
});

/** Writes two parts of the family crisis plan and waits until they are saved. */
async function writePlan(page: Page): Promise<void> {
  await page.goto('/crisis-plan');
  await page.getByRole('textbox', { name: 'Who to call, in order' }).fill('Aunt Mei 555 0100, then the clinic 555 0199');
  await page.getByRole('textbox', { name: 'What helps them when things get hard' }).fill('A quiet room and one calm voice');
  await expect(page.getByText('Saved on this device.').nth(1)).toBeVisible();
}
