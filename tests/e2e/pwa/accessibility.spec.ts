import { expect, test } from '../support/pwa-test.ts';
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';

const SCREENS = ['/', '/boundaries', '/help', '/no-such-page'];

// The screens in the route table are checked, empty as here, by every-screen.spec.ts; the
// "not found" screen is in no route, so it is checked here.
test('/no-such-page has no axe violations, light and dark', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/no-such-page');
});

test('a boundary list with items and a form error has no axe violations', async ({ page }) => {
  await page.goto('/boundaries');
  await saveBoundaryWithBuilder(page, { situation: 'I feel worn out', action: 'take a short walk before I reply' });
  await expect(page.getByText('When I feel worn out, I will take a short walk before I reply.')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Add when this boundary applies, in a few words.')).toBeVisible();
  await expectNoAxeViolations(page, '/boundaries with items and errors');
});

test('"Need help now?" is one step away on every screen', async ({ page }) => {
  for (const path of SCREENS) {
    await page.goto(path);
    await page.getByRole('link', { name: 'Need help now?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
    await expect(page.getByText('call your local emergency number')).toBeVisible();
  }
});
