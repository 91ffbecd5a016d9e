import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { AfraidAnswer, SafetyAnswer } from '../../../shared/domain/crisis/safety-plan.ts';
import type { SafetyAnswerStore } from '../../../shared/data/crisis/safety-plan-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/crisis/safety-plan-page.ts';
import '../../../shared/ui/crisis/safety-check.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * The safety question and the private safety plan in Spanish: what a person afraid at home
 * reads, and what a screen reader names, is Spanish, with the same help in view.
 */
afterEach(async () => {
  await applyLanguage('en');
  document.body.replaceChildren();
});

/** An answer kept in memory, as the extension's popup keeps its own. */
function memoryAnswers(): SafetyAnswerStore {
  let kept: SafetyAnswer | undefined;
  return {
    answer: async () => kept,
    setAnswer: async (answer: AfraidAnswer) => (kept = { answer, at: Date.now() }),
  };
}

test('in Spanish, the safety question asks in Spanish, and a yes says what changes, in Spanish; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-safety-check', { store: memoryAnswers() });
  const question = '¿Alguna vez te da miedo cómo pueda reaccionar la persona a quien apoyas?';
  await expect.element(page.getByRole('heading', { name: question })).toBeVisible();
  await expect.element(page.getByRole('group', { name: question }).getByRole('button', { name: 'Saltar esta pregunta' })).toBeVisible();
  await page.getByRole('button', { name: 'Sí', exact: true }).click();
  await expect.element(page.getByRole('heading', { name: 'Tu seguridad es lo primero' })).toBeVisible();
  await expect.element(page.getByText(/^Mereces estar a salvo\./)).toBeVisible();
  await expect.element(page.getByRole('listitem').filter({ hasText: 'Si las cosas empiezan a ponerse mal, vete.' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Haz un plan de seguridad privado' })).toHaveAttribute('href', '/safety-plan');
  await expectNoAxeViolationsLightAndDark('the safety question answered yes, in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { name: 'Your safety comes first' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Make a private safety plan' })).toBeVisible();
});

test('in Spanish, the private safety plan has its heading, its quick way out and every section in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-safety-plan-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Mi plan de seguridad' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Salir rápido de esta página' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Mantener esto en privado' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Imprimir el plan' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: /^Nuestra palabra clave/ })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: /^Lugares seguros a los que puedo ir/ })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the private safety plan in Spanish');
});
