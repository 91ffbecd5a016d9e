import { chooseCountry } from '../support/page-db.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { tabTo } from '../support/deep.ts';
import { expect, test } from '../support/pwa-test.ts';
import { SUPPORTS, SUPPORT_KIND_TITLES, supportsByKind, telHref } from '../../../shared/content/supports/index.ts';
import { countryHelp } from '../../../shared/content/crisis-lines.ts';
import { codeFor, typicalPack } from '../../fixtures/hostile-class-packs.ts';

/**
 * "Find support": national organisations for families in the reader's country, grouped by
 * what they offer, following the country chosen on "Need help now?", and beside the class's
 * own local resources once a class is joined.
 */

test('choosing a country shows its organisations by kind, with https websites and tap-to-call numbers', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/support');
  await expect(page.getByRole('heading', { level: 1, name: 'Find support' })).toBeVisible();
  // Danger right now belongs to "Need help now?": the page says so before anything else.
  await expect(page.locator('al-find-support-page').getByRole('link', { name: 'Need help now?' })).toHaveAttribute('href', '/help');
  const where = page.getByRole('combobox', { name: 'Your country' });

  for (const listed of SUPPORTS) {
    const place = countryHelp(listed.code)!;
    await where.selectOption({ label: place.country });
    for (const { kind, supports } of supportsByKind(listed)) {
      const group = page.getByRole('region', { name: `${SUPPORT_KIND_TITLES[kind]} in ${place.inCountry}` });
      await expect(group.getByRole('heading', { level: 2, name: SUPPORT_KIND_TITLES[kind] }), `${listed.code} ${kind}`).toBeVisible();
      for (const s of supports) {
        const card = group.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: s.name, exact: true }) });
        await expect(card, `${listed.code}: ${s.name}`).toContainText(s.offer);
        if (s.website) {
          const site = card.getByRole('link', { name: new URL(s.website).host.replace(/^www\./, '') });
          await expect(site).toHaveAttribute('href', /^https:\/\//);
          await expect(site).toHaveAttribute('href', s.website);
          await expect(site).toHaveAttribute('rel', /noopener/);
        }
        if (s.phone) await expect(card.getByRole('link', { name: `Call ${s.phone}` })).toHaveAttribute('href', telHref(s.phone));
      }
    }
  }

  // A country's kinds come in the page's order, and another country's organisations are gone.
  await where.selectOption({ label: 'United States' });
  await expect(page.getByRole('heading', { level: 3, name: 'NAMI Family-to-Family' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 1-800-950-6264' })).toHaveAttribute('href', 'tel:18009506264');
  await where.selectOption({ label: 'Australia' });
  await expect(page.getByRole('heading', { level: 3, name: 'NAMI Family-to-Family' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Call 1300 368 186' })).toHaveAttribute('href', 'tel:1300368186');

  // Somewhere else: no list to guess with, and a way to look.
  await where.selectOption({ label: 'Somewhere else' });
  await expect(page.getByText('We only list countries we have checked.')).toBeVisible();
  await expect(page.locator('al-find-support').getByRole('listitem')).toHaveCount(0);
});

test('the country follows "Need help now?" both ways, and is kept for next time', async ({ page }) => {
  await page.goto('/help');
  await page.getByRole('combobox', { name: 'Where are you?' }).selectOption({ label: 'Ireland' });
  await expect(page.getByText('Kept on this device for next time.')).toBeVisible();

  await page.goto('/support');
  await expect(page.getByRole('combobox', { name: 'Your country' })).toHaveValue('IE');
  await expect(page.getByRole('heading', { level: 3, name: 'Shine' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Your country' }).selectOption({ label: 'New Zealand' });
  await expect(page.getByRole('status').filter({ hasText: 'Kept on this device' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Your country' })).toHaveValue('NZ');
  await page.goto('/help');
  await expect(page.getByRole('combobox', { name: 'Where are you?' })).toHaveValue('NZ');
});

test('a keyboard reaches the country, every website and every number, and axe finds nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/support');
  const where = page.getByRole('combobox', { name: 'Your country' });
  await where.selectOption({ label: 'Australia' });
  await expect(page.getByRole('heading', { level: 3, name: 'Family Drug Support' })).toBeVisible();
  await expectNoAxeViolations(page, '/support (Australia)');

  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await tabTo(page, where);
  const links = page.locator('al-find-support').getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) await tabTo(page, links.nth(i), 6);
});

test('with a class joined, its own resources come after ours, labelled as the class\'s, and its page leads here', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/support');
  // Stored before the page is left: the choice is saved in the background (page-db.ts).
  await chooseCountry(page, page.getByRole('combobox', { name: 'Your country' }), 'Australia');
  await page.goto(`/join#pack=${await codeFor(JSON.stringify(typicalPack()))}`);
  await page.getByRole('button', { name: 'Join this class' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You joined Tuesday family group.' })).toBeVisible();
  await page.goto('/support');
  const local = page.getByRole('region', { name: 'From your class: Tuesday family group' });
  await expect(local).toContainText('Family support line');
  await expect(local).toContainText('Alongside has not checked these.');
  await expect(page.getByRole('heading', { level: 3, name: 'Family Drug Support' })).toBeVisible();
  // And from the class's own page, its local support leads to the national groups.
  await page.goto('/class');
  await page.getByRole('link', { name: 'National groups for families' }).click();
  await expect(page).toHaveURL(/\/support$/);
  await expect(local).toContainText('Family support line');
  const ours = await page.locator('al-find-support').boundingBox();
  const theirs = await local.boundingBox();
  expect(theirs!.y).toBeGreaterThan(ours!.y + ours!.height - 1);
  await expectNoAxeViolations(page, '/support (with a class)');
});

test('home and the toolkit lead to Find support', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Find support' }).click();
  await expect(page).toHaveURL(/\/support$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Find support' })).toBeVisible();

  await page.goto('/toolkit');
  await page.getByRole('link', { name: 'Find support' }).click();
  await expect(page).toHaveURL(/\/support$/);
});
