import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/crisis/help-page.ts';
import '../../../shared/ui/crisis/find-support.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * "Need help now?" in Spanish, as the course's help page shows it (its header, and the shared
 * right-now help it is made of): the words change, and the numbers and their links stay the
 * same, on the element already on screen, and back again.
 */
beforeEach(async () => {
  // The help screens read the country saved in settings (this browser's IndexedDB).
  await settingsRepo.set('country', 'MX');
});

afterEach(async () => {
  await applyLanguage('en');
  await settingsRepo.set('country', '');
});

const region = (name: string) => page.getByRole('region', { name, exact: true });

test('in Spanish, the help page shows Mexico’s lines, what to say and what to do now in Spanish, with the same links; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-help-page');
  await expect.element(page.getByRole('heading', { level: 1, name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Si una vida está en peligro' })).toBeVisible();
  await expect.element(page.getByRole('combobox', { name: '¿Dónde estás?' })).toHaveValue('MX');
  await expect.element(page.getByRole('option', { name: 'México' })).toBeInTheDocument();
  await expect.element(page.getByText(/llama al número de emergencias de donde estés\. En México, el número es 911\./)).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Llama al 911', exact: true })).toHaveAttribute('href', 'tel:911');

  const lines = region('Llama o escribe para pedir ayuda');
  const crisis = lines.getByRole('region', { name: 'Líneas de crisis y prevención del suicidio' });
  await expect.element(crisis.getByRole('heading', { level: 4, name: 'Línea de la Vida' })).toBeVisible();
  await expect.element(crisis.getByRole('link', { name: 'Llama al 800 911 2000' })).toHaveAttribute('href', 'tel:8009112000');
  await expect.element(crisis.getByText(/^Gratis, las 24 horas, todos los días\. Para pensamientos de suicidio/)).toBeVisible();
  const violence = lines.getByRole('region', { name: 'Violencia o maltrato en casa' });
  await expect.element(violence.getByRole('link', { name: 'Llama al 079' })).toHaveAttribute('href', 'tel:079');
  // A kind with no national line here says, in Spanish, which line covers it.
  await expect.element(lines.getByRole('region', { name: 'Intoxicaciones y sobredosis' }).getByText(/no despierta o le cuesta respirar, llama al 911\.$/)).toBeVisible();

  await expect.element(lines.getByRole('heading', { level: 3, name: 'Qué decir cuando llames' })).toBeVisible();
  await expect.element(lines.getByRole('listitem').filter({ hasText: 'Di quién eres y que te preocupa alguien' })).toBeVisible();

  const now = region('Qué hacer ahora');
  await now.getByText('Puede que esté pensando en el suicidio').click();
  await expect.element(now.getByText(/¿Estás pensando en quitarte la vida\?/)).toBeVisible();
  await expect.element(now.getByRole('link', { name: 'Llama al 800 911 2000, Línea de la Vida' })).toHaveAttribute('href', 'tel:8009112000');
  await expectNoAxeViolationsLightAndDark('the help page in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  await expect.element(page.getByRole('combobox', { name: 'Where are you?' })).toHaveValue('MX');
  await expect.element(page.getByRole('option', { name: 'Mexico' })).toBeInTheDocument();
  await expect.element(page.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
  const english = region('Call or text for help');
  await expect.element(english.getByRole('region', { name: 'Suicide and crisis lines' }).getByRole('link', { name: 'Call 800 911 2000' })).toHaveAttribute('href', 'tel:8009112000');
  await expect.element(english.getByRole('heading', { name: 'What to say when you call' })).toBeVisible();
  await expect.element(english.getByRole('listitem').filter({ hasText: 'Say who you are and that you are worried about someone' })).toBeVisible();
  await expect.element(region('What to do now').getByText('They may be thinking of suicide')).toBeVisible();
});

test('in Spanish, finding support names the countries in Spanish and says when the list was checked as a Spanish date', async () => {
  await applyLanguage('es');
  await mount('al-find-support');
  await expect.element(page.getByRole('combobox', { name: 'Tu país' })).toHaveValue('MX');
  await expect.element(page.getByRole('option', { name: 'Estados Unidos' })).toBeInTheDocument();
  await expect.element(page.getByText(/^Revisado el \d{1,2} de [a-z]+ de \d{4} en las páginas públicas/)).toBeVisible();
  await expectNoAxeViolationsLightAndDark('finding support in Spanish');
});

test('a country with help lines but no family organisations checked yet is shown as chosen, and says so, in either language', async () => {
  await settingsRepo.set('country', 'AR');
  await mount('al-find-support');
  await expect.element(page.getByRole('combobox', { name: 'Your country' })).toHaveValue('AR');
  await expect.element(page.getByText('Organisations for families in Argentina are not listed yet.')).toBeVisible();
  await applyLanguage('es');
  await expect.element(page.getByRole('combobox', { name: 'Tu país' })).toHaveValue('AR');
  await expect.element(page.getByText('Todavía no tenemos una lista de organizaciones para familias en Argentina.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('finding support in a country not yet checked');
});
