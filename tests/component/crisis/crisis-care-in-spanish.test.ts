import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../shared/ui/crisis/country-crisis-care.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/** Week 6's note on crisis care where the reader lives, in Spanish: Spain's and Mexico's law in Spanish words, with the same links. */
beforeEach(async () => {
  await settingsRepo.set('country', 'ES');
});

afterEach(async () => {
  await applyLanguage('en');
  await settingsRepo.set('country', '');
});

test('in Spanish, the crisis care note for Spain is in Spanish, with its link to the law; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-country-crisis-care');
  await expect.element(page.getByRole('heading', { level: 3, name: 'Donde vives: España' })).toBeVisible();
  await expect.element(page.getByText(/^Atención sin consentimiento\. Para un ingreso en el hospital sin consentimiento/)).toBeVisible();
  await expect.element(page.getByText(/^Voluntades anticipadas\. Las personas adultas pueden escribir un documento de instrucciones previas/)).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Ley 41/2002, artículo 11 (BOE)' })).toHaveAttribute('href', 'https://www.boe.es/buscar/act.php?id=BOE-A-2002-22188');
  await expect.element(page.getByText(/no un consejo legal/)).toBeVisible();
  await expectNoAxeViolationsLightAndDark('crisis care note in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByText(/^Care without consent\. A hospital stay without consent/)).toBeVisible();
  await expect.element(page.getByText(/not legal advice/)).toBeVisible();
});
