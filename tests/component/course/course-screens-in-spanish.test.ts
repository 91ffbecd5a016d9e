import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { JournalEntry } from '../../../shared/domain/course/journal.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/course/home-page.ts';
import '../../../pwa/pages/course/journal-page.ts';
import '../../../pwa/pages/course/outline-page.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { memoryStore } from '../support/memory-stores.ts';
import { mount } from '../support/mount.ts';

/** The course's own screens opened while the interface is Spanish, and English again on the same screen. */
afterEach(async () => {
  await applyLanguage('en');
  await settingsRepo.set('onboarded', false);
});

test('in Spanish, the journal shows its headings, buttons, entries and search in Spanish; in English again, English', async () => {
  const repo = memoryStore<JournalEntry>();
  // Written today, so the day's heading is "Hoy".
  const now = Date.now();
  await repo.putExact({ id: 'n1', kind: 'note', prompt: '', text: 'Hoy hablamos con calma.', createdAt: now, updatedAt: now });
  await repo.putExact({ id: 'r1', kind: 'reflection', week: 1, ref: 'w1-r1', prompt: '¿Qué te dio esperanza?', text: 'Ver que sonríe.', createdAt: now - 1, updatedAt: now - 1 });
  await applyLanguage('es');
  await mount('al-journal-page', { repo });

  await expect.element(page.getByRole('heading', { level: 1, name: 'Diario' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Escribir una nota' })).toBeVisible();
  await expect.element(page.getByRole('searchbox', { name: 'Buscar en tu diario' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Hoy' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Editar la entrada: Hoy hablamos con calma.' })).toBeVisible();
  await expect.element(page.getByText(/^Para pensar · Semana 1 · /)).toBeVisible();

  await page.getByRole('button', { name: 'Por semana' }).click();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Semana 1: La esperanza y el modelo de recuperación' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Otras notas' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Buscar en tu diario' }).fill('calma');
  await expect.element(page.getByRole('status').filter({ hasText: 'encontrada' })).toHaveTextContent('1 entrada encontrada');
  await expectNoAxeViolationsLightAndDark('the journal in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect.element(page.getByRole('status').filter({ hasText: 'found' })).toHaveTextContent('1 entry found');
  // What was typed in the search box stays through both switches.
  await expect.element(page.getByRole('searchbox', { name: 'Search your journal' })).toHaveValue('calma');
});

test('in Spanish, home and the course outline greet and list the weeks in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-home-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Te damos la bienvenida a Alongside' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: '¿Es tu primera vez aquí?' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Empezar', exact: true })).toHaveAttribute('href', '/start');
  await expect.element(page.getByText('Esta semana · Semana 1 de 9')).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Empezar la semana 1' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('home in Spanish');

  document.body.replaceChildren();
  await mount('al-outline-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'El curso' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Semana 1: La esperanza y el modelo de recuperación' })).toBeVisible();
  await expect.element(page.getByText('Abierta siempre: para cuando las cosas se ponen difíciles.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the course outline in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'The course' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Week 1: Hope and the recovery model' })).toBeVisible();
});
