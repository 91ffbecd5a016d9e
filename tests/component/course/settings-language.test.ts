import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/trust/settings-page.ts';
import '../../../pwa/pages/course/start-page.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * The language choice, as Settings and Getting started show it once Spanish is offered (the
 * test offers it; people are not offered it yet): choosing turns the screen on show into the
 * language at once, with no reload, keeps what the person had chosen on the form, and stores
 * the choice for the next visit.
 */
beforeEach(async () => {
  await settingsRepo.set('language', null);
  await settingsRepo.set('profile', null);
});

afterEach(async () => {
  await applyLanguage('en');
  await settingsRepo.set('language', null);
});

test('in Settings, choosing Español turns the screen Spanish and stores it; choosing English turns it back', async () => {
  await mount('al-settings-page', { languages: ['en', 'es'] });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // Each language is named in itself, and marked as written in it.
  await expect.element(page.getByRole('radio', { name: 'Español' })).toBeVisible();
  await expect.element(page.getByText('Español')).toHaveAttribute('lang', 'es');
  await expect.element(page.getByText('English', { exact: true })).toHaveAttribute('lang', 'en');
  await expect.element(page.getByRole('radio', { name: 'English' })).toBeChecked();

  // Something chosen on the form, not saved yet: the switch must not lose it.
  await page.getByRole('radio', { name: 'My daughter' }).click();

  await page.getByRole('radio', { name: 'Español' }).click();
  await expect.element(page.getByRole('heading', { level: 1, name: 'Configuración' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Sobre ti' })).toBeVisible();
  await expect.element(page.getByRole('group', { name: '¿A quién apoyas?' })).toBeVisible();
  await expect.element(page.getByRole('radio', { name: 'Mi hija' })).toBeChecked();
  await expect.element(page.getByRole('button', { name: 'Guardar mis respuestas' })).toBeVisible();
  await expect.element(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  expect(document.documentElement.lang).toBe('es');
  // Already kept when the screen shows it: a reload now would not bring English back.
  expect(await settingsRepo.get('language', null)).toBe('es');
  await expectNoAxeViolationsLightAndDark('settings in Spanish');

  await page.getByRole('radio', { name: 'English' }).click();
  await expect.element(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect.element(page.getByRole('radio', { name: 'My daughter' })).toBeChecked();
  expect(await settingsRepo.get('language', null)).toBe('en');
  expect(document.documentElement.lang).toBe('en');
});

test('with one language offered, neither screen shows a choice of language', async () => {
  await mount('al-settings-page', { languages: ['en'] });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'About you' })).toBeVisible();
  expect(page.getByRole('radio', { name: 'Español' }).elements()).toHaveLength(0);
  document.body.replaceChildren();
  await mount('al-start-page', { languages: ['en'] });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  expect(page.getByRole('radio', { name: 'Español' }).elements()).toHaveLength(0);
});

test('as offered today, English and Español, Settings offers both, each named in its own language', async () => {
  await mount('al-settings-page');
  await expect.element(page.getByRole('radio', { name: 'English' })).toHaveAttribute('value', 'en');
  await expect.element(page.getByRole('radio', { name: 'Español' })).toHaveAttribute('value', 'es');
  expect(page.getByRole('radio', { name: 'Español' }).element().closest('label')?.getAttribute('lang')).toBe('es');
});

test('at Getting started, the language comes first, and choosing Español turns the questions Spanish', async () => {
  await mount('al-start-page', { languages: ['en', 'es'] });
  await page.getByRole('radio', { name: 'Español' }).click();
  await expect.element(page.getByRole('heading', { level: 1, name: 'Primeros pasos' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: '¿Está pasando algo ahora mismo?' })).toBeVisible();
  await expect.element(page.getByRole('radio', { name: 'Las dos cosas' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Empezar el curso' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Saltar por ahora' })).toBeVisible();

  // Saving with nothing chosen says so in Spanish, naming the Spanish choice.
  await page.getByRole('button', { name: 'Empezar el curso' }).click();
  await expect.element(page.getByRole('alert')).toHaveTextContent('Elige a quién apoyas, o elige "Otra persona".');
  await expectNoAxeViolationsLightAndDark('getting started in Spanish');
});
