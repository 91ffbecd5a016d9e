import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { StarAssessment } from '../../../shared/domain/practice/supporter-star.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/practice/star-page.ts';
import '../../../shared/ui/practice/checkin-form.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { memoryStore } from '../support/memory-stores.ts';
import { mount } from '../support/mount.ts';

/**
 * The practice tools in Spanish: the words a person reads and the names a screen reader says
 * change on the screen already shown, the areas and steps come from the Spanish table, and a
 * star saved in Spanish shows in the table with Spanish steps and a Spanish date.
 */
afterEach(async () => {
  await applyLanguage('en');
  document.body.replaceChildren();
});

const area = (name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
const AREAS_ES = ['Mi bienestar', 'Entender lo que pasa', 'Hablar y escuchar', 'Mis límites', 'Mi apoyo', 'Esperanza', 'Mi propia vida'];

test('in Spanish, the supporter star asks in Spanish, names a missing area in Spanish, and shows a saved star with Spanish steps; in English again, English', async () => {
  await applyLanguage('es');
  const repo = memoryStore<StarAssessment>();
  await mount('al-star-page', { repo, currentWeek: async () => 1 });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Mi estrella de apoyo' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: '¿Dónde estoy hoy?' })).toBeVisible();
  await expect.element(page.getByRole('combobox', { name: '¿Cuándo es esto?' })).toHaveValue('start');
  await expect.element(page.getByRole('option', { name: 'Al empezar el curso' })).toBeInTheDocument();
  await expect.element(area('Mi bienestar').getByRole('radio', { name: /^3\. Creer que se puede / })).toBeInTheDocument();
  await expect.element(page.getByText(/^Cuando guardes tu primera estrella/)).toBeVisible();

  await area('Mi bienestar').getByRole('radio', { name: /^4\.\s/ }).click();
  await page.getByRole('button', { name: 'Guardar mi estrella' }).click();
  await expect.element(page.getByText(/Elige un paso para “Entender lo que pasa”\./)).toBeVisible();
  await expect.element(page.getByText('6 áreas todavía necesitan un paso. Cualquier paso está bien; es solo para ti.', { exact: false })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the supporter star in Spanish, with its errors');

  for (const name of AREAS_ES) await area(name).getByRole('radio', { name: /^2\.\s/ }).click();
  await page.getByRole('button', { name: 'Guardar mi estrella' }).click();
  const table = page.getByRole('table', { name: 'Tu estrella de apoyo a lo largo del tiempo' });
  await expect.element(table.getByRole('rowheader', { name: 'Hablar y escuchar' })).toBeVisible();
  await expect.element(table.getByRole('cell', { name: '2 (Aceptar ayuda)' }).first()).toBeVisible();
  await expect.element(page.getByRole('button', { name: /^Eliminar la estrella del \d{1,2} de [a-z]+ de \d{4}, inicio$/ })).toBeVisible();
  await expect.element(page.getByRole('img', { name: /^Gráfico radial de tu estrella del \d{1,2} de [a-z]+ de \d{4}, inicio\. Todos los pasos están en la tabla de abajo\.$/ })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the supporter star in Spanish, with a star saved');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'My supporter star' })).toBeVisible();
  await expect.element(page.getByRole('table', { name: 'Your supporter star over time' }).getByRole('cell', { name: '2 (Accepting help)' }).first()).toBeVisible();
  await expect.element(area('My wellbeing')).toBeInTheDocument();
});

test('in Spanish, the weekly check-in offers its scales in Spanish words and names a missing one in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-checkin-form');
  await expect.element(page.getByRole('group', { name: /^Estrés/ }).getByRole('radio', { name: '1. Mucha calma' })).toBeInTheDocument();
  await expect.element(page.getByRole('group', { name: /^Esperanza/ }).getByRole('radio', { name: '5. Mucha esperanza' })).toBeInTheDocument();
  await expect.element(page.getByRole('textbox', { name: /^Una frase sobre mi semana/ })).toBeVisible();
  await page.getByRole('button', { name: 'Guardar revisión' }).click();
  await expect.element(page.getByText(/Elige cuánto estrés sientes\./)).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the check-in form in Spanish, with its errors');
});
