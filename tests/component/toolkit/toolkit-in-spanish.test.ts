import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/toolkit/prompt-library.ts';
import '../../../shared/ui/toolkit/plan-view.ts';
import '../../../shared/ui/toolkit/rehearsal.ts';
import { PROMPTS_EN } from '../../../shared/content/prompts/prompts-en.ts';
import type { OwnPromptRecord } from '../../../shared/data/schema.ts';
import type { JournalEntry } from '../../../shared/domain/course/journal.ts';
import { emptyPlan, type ConversationPlan } from '../../../shared/domain/toolkit/conversation-plan.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { memoryFavourites, memoryStore } from '../support/memory-stores.ts';
import { mount } from '../support/mount.ts';

/**
 * The prompt library, a plan and its rehearsal with the interface in Spanish: their own words
 * (headings, labels, buttons, counts) change on the element already on screen, and back again.
 * The prompts, cards and what the person wrote stay as they are.
 */
afterEach(async () => {
  await applyLanguage('en');
  document.body.replaceChildren();
});

/** The rehearsal's count of lines practised. */
const progress = () => page.getByRole('status').filter({ hasText: /practi/ });

async function storedPlan() {
  const plans = memoryStore<ConversationPlan>();
  const plan = await plans.save({
    ...emptyPlan(),
    who: 'Sam',
    about: 'money',
    opening: 'Can I share something I’ve noticed?',
    keyPoints: ['I love you', 'I am worried about rent'],
    exitLine: 'Can we take ten minutes?',
  } as ConversationPlan);
  return { plans, plan };
}

test('in Spanish, the prompt library names its search, kinds, count and form in Spanish; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-prompt-library', { favouritesStore: memoryFavourites(), ownStore: memoryStore<OwnPromptRecord>() });
  await expect.element(page.getByRole('searchbox', { name: 'Buscar frases' })).toBeVisible();
  await expect.element(page.getByRole('combobox', { name: 'Tipo de palabras' }).first()).toBeVisible();
  await expect.element(page.getByRole('option', { name: 'Todos los tipos' })).toBeInTheDocument();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Escuchar y reflejar' })).toBeVisible();
  await expect.element(page.getByRole('checkbox', { name: 'Solo favoritas (0)' })).toBeInTheDocument();
  await expect.element(page.getByText(`${PROMPTS_EN.length} frases`, { exact: true })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Escribe la tuya' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: 'Tus palabras' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Guardar mi frase' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: /^Copiar: / }).first()).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the prompt library in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('searchbox', { name: 'Search prompts' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Listening and reflecting' })).toBeVisible();
  await expect.element(page.getByText(`${PROMPTS_EN.length} prompts`, { exact: true })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Save my prompt' })).toBeVisible();
});

test('in Spanish, a plan is named, read and edited in Spanish, with the person’s own words unchanged', async () => {
  const { plans, plan } = await storedPlan();
  await applyLanguage('es');
  await mount('al-plan-view', { planId: plan.id, plans, journal: memoryStore<JournalEntry>(), ownStore: memoryStore<OwnPromptRecord>(), rehearseHref: '/plans/x/rehearse' });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Hablar con Sam sobre money' })).toBeVisible();
  await expect.element(page.getByText('Sin fecha', { exact: true })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Ensayar esta charla' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'La charla' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Lo que voy a decir' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Copiar mi frase para empezar' })).toBeVisible();
  await expect.element(page.getByText('Can I share something I’ve noticed?')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('a plan in Spanish');

  await page.getByRole('button', { name: 'Editar plan' }).click();
  await expect.element(page.getByRole('heading', { level: 1, name: 'Editar tu plan' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: 'Con quién vas a hablar' })).toHaveValue('Sam');
  await expect.element(page.getByRole('textbox', { name: 'Punto clave 2' })).toHaveValue('I am worried about rent');
  await expect.element(page.getByRole('searchbox', { name: 'Buscar una frase para agregar' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Guardar plan' })).toBeVisible();

  await applyLanguage('en');
  await expect.element(page.getByRole('textbox', { name: 'Who you will talk with' })).toHaveValue('Sam');
  await expect.element(page.getByRole('button', { name: 'Save plan' })).toBeVisible();
});

test('in Spanish, the rehearsal names each line, its buttons and the progress in Spanish', async () => {
  const { plans, plan } = await storedPlan();
  await applyLanguage('es');
  await mount('al-rehearsal', { planId: plan.id, plans, ownStore: memoryStore<OwnPromptRecord>(), planHref: '/plans/x' });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Ensayar: Hablar con Sam sobre money' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Tus frases' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ya lo practiqué: Frase para empezar' }).click();
  await expect.element(page.getByRole('checkbox', { name: 'Ya lo practiqué: Punto clave 2' })).not.toBeChecked();
  await expect.poll(() => progress().element().textContent).toMatch(/^1 de \d+ practicadas$/);
  await expect.element(page.getByRole('button', { name: 'Ver una forma de responder: Respuesta 1' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Empezar de nuevo' })).toBeEnabled();
  await expectNoAxeViolationsLightAndDark('a rehearsal in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Rehearse: Talk with Sam about money' })).toBeVisible();
  await expect.poll(() => progress().element().textContent).toMatch(/^1 of \d+ practised$/);
});
