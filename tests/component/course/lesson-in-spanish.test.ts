import { afterEach, beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { progressRepo } from '../../../shared/data/course/course-repos.ts';
import { progressId } from '../../../shared/data/course/course-state.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/course/lesson-page.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * Week 1 opened while the interface is Spanish: the Spanish week, in a Spanish frame, filled in
 * with the reader's own words in Spanish; and English again, on the same screen, when the
 * language switches back. The lesson screen is mounted (not only the player) because it is
 * the one that reads the week in the interface's language.
 */
beforeEach(async () => {
  // The lesson screen reads the profile from settings and the week's place from its progress (this browser's IndexedDB).
  await settingsRepo.set('profile', { relationship: 'son', situation: 'substance-use' });
  await forgetWeek1();
});

afterEach(async () => {
  await applyLanguage('en');
  await settingsRepo.set('profile', null);
  await forgetWeek1();
});

/** Each test opens week 1 at its start, whatever the one before left. */
async function forgetWeek1(): Promise<void> {
  if (await progressRepo.get(progressId(1))) await progressRepo.remove(progressId(1));
}

test('in Spanish, week 1 is the Spanish week in a Spanish frame, with "tu hijo"; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-lesson-page', { params: { week: '1' } });
  await expect.element(page.getByRole('heading', { level: 1, name: 'La esperanza y el modelo de recuperación' })).toBeVisible();
  await expect.element(page.getByText('Semana 1 de 9')).toBeVisible();
  await expect.element(page.getByRole('link', { name: '← Todas las semanas' })).toBeVisible();
  await expect.element(page.getByText(/^Paso 1 de \d+$/)).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Bienvenida' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Siguiente: La recuperación es posible' })).toBeVisible();

  // The reflection, chosen from the list of steps: its question names "tu hijo".
  await page.getByText('Todos los pasos de esta semana').click();
  await page.getByRole('button', { name: 'Para pensar' }).click();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Para pensar' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: '¿Cómo sería una buena vida para tu hijo, vista con sus propios ojos?' })).toBeVisible();
  await expect.element(page.getByText('No hay respuestas correctas.', { exact: false })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Atrás' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: /^Siguiente: Prueba esto: Separa lo que te toca cargar$/ })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('week 1 in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' })).toBeVisible();
  await expect.element(page.getByText('Week 1 of 9')).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Reflect' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: /your son/ })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Back' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: /^Next: Try this: / })).toBeVisible();
});
