import { expectNoAxeViolations } from '../support/axe.ts';
import { expect, test } from '../support/extension.ts';

const HELP_PAGE = 'extension/help/index.html';

test('the popup, options and a plan page each keep "Need help now?" in view, leading to the help page', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 600 });

  await page.goto(extensionUrl('extension/popup/index.html'));
  const toggle = page.getByRole('button', { name: 'Need help now?' });
  await expect(toggle).toBeInViewport();
  await toggle.click();
  await expect(page.getByText('call your local emergency number')).toBeVisible();
  await expect(page.getByRole('link', { name: 'All help lines, and what to do right now' })).toHaveAttribute('href', `/${HELP_PAGE}`);
  // However long the popup gets, the control stays at the top.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(toggle).toBeInViewport();

  for (const path of ['extension/options/index.html', 'extension/plan/index.html?id=no-such-plan']) {
    await page.goto(extensionUrl(path));
    const needHelp = page.getByRole('link', { name: 'Need help now?' });
    await expect(needHelp).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY), path).toBeGreaterThan(0);
    await expect(needHelp, path).toBeInViewport();
    await expect(needHelp).toHaveAttribute('href', `/${HELP_PAGE}`);
  }

  // It opens the help page in a tab of its own, so nothing on the page is lost.
  const [help] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Need help now?' }).click()]);
  await expect(help.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
});

test("the extension's help page shows the lines for the chosen country, keeps the choice, and puts the help it was opened for first", async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(HELP_PAGE));
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Where are you?' }).selectOption({ label: 'United States' });
  const lines = page.getByRole('region', { name: 'Call or text for help' });
  await expect(lines.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(lines.getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', 'tel:18007997233');
  await expect(lines.getByRole('link', { name: 'Call 1-800-662-4357' })).toHaveAttribute('href', 'tel:18006624357');
  await expect(page.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
  // No crisis plan here (it lives in the course), and no link to course pages.
  await expect(page.getByRole('heading', { name: 'Our crisis plan' })).toHaveCount(0);
  await page.getByText('Violence, or fear of it').click();
  await expect(page.getByText(/Get yourself and any children safe first/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Make a private safety plan' })).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `extension help page (${scheme})`);
  }

  // Opened for safety help (the chip does this), the violence lines come first; the country is remembered.
  await page.goto(extensionUrl(`${HELP_PAGE}?for=safety`));
  await expect(page.getByRole('combobox', { name: 'Where are you?' })).toHaveValue('US');
  const kinds = lines.getByRole('heading', { level: 3 });
  await expect(kinds.first()).toHaveText('Violence or abuse at home');
  await page.goto(extensionUrl(`${HELP_PAGE}?for=crisis`));
  await expect(kinds.first()).toHaveText('Suicide and crisis lines');
});
