import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { LitElement } from 'lit';
import '../../../shared/ui/toolkit/prompt-library.ts';
import '../../../shared/ui/toolkit/roleplay-cards.ts';
import '../../../shared/ui/base/toast.ts';
import type { OwnPromptRecord } from '../../../shared/data/schema.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { memoryFavourites, memoryStore } from '../support/memory-stores.ts';
import { mount } from '../support/mount.ts';

// Only the toolkit's content is asserted here (prompts, categories, cards): the screens' own
// labels are the interface's strings, in Spanish through msg() and es.xlf.
afterEach(async () => {
  await applyLanguage('en');
  document.body.replaceChildren();
});

const library = () => mount('al-prompt-library', { favouritesStore: memoryFavourites(), ownStore: memoryStore<OwnPromptRecord>() });

test('in Spanish, the prompt library shows the Spanish prompts under Spanish headings, and stays axe clean', async () => {
  document.body.append(document.createElement('al-toast'));
  await applyLanguage('es');
  await library();
  await expect.element(page.getByRole('heading', { name: 'Bajar la tensión' })).toBeVisible();
  await expect.element(page.getByRole('heading', { name: 'Decir que no con cariño' })).toBeVisible();
  await expect.element(page.getByText('Tómate tu tiempo. Aquí sigo.')).toBeVisible();
  await expect.element(page.getByText('No, eso no lo voy a hacer. Y te sigo queriendo.')).toBeVisible();
  expect(page.getByText('Take your time. I’m not going anywhere.').elements()).toEqual([]);
  await expectNoAxeViolationsLightAndDark('the prompt library in Spanish');
});

test('the library picks its prompts when it renders, so a switch of language shows the other library', async () => {
  document.body.append(document.createElement('al-toast'));
  const el = (await library()) as unknown as LitElement;
  await expect.element(page.getByText('Take your time. I’m not going anywhere.')).toBeVisible();
  await applyLanguage('es');
  el.requestUpdate();
  await expect.element(page.getByText('Tómate tu tiempo. Aquí sigo.')).toBeVisible();
  await expect.element(page.getByRole('heading', { name: 'Escuchar y reflejar' })).toBeVisible();
});

test('in Spanish, the role-play cards say what they might say, and their skill, in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-roleplay-cards');
  await expect.element(page.getByText(/Estoy bien\. Deja de preguntar\./)).toBeVisible();
  await expect.element(page.getByText(/¿Me prestas algo de dinero\? Solo esta vez\./)).toBeVisible();
  await expect.element(page.getByText(/Escuchar y reflejar/).first()).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the role-play cards in Spanish');
});
