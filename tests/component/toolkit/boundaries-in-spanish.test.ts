import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../shared/ui/toolkit/boundary-builder.ts';
import '../../../shared/ui/toolkit/boundary-item.ts';
import '../../../pwa/pages/toolkit/boundaries-page.ts';
import '../../../pwa/pages/toolkit/toolkit-page.ts';
import type { Boundary } from '../../../shared/domain/toolkit/boundary.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { textOf } from '../support/events.ts';
import { mount } from '../support/mount.ts';

/**
 * Boundaries in Spanish: the builder's steps, its sentence and its gentle hints (from the
 * Spanish checks), a saved boundary with its tries, and the toolkit's front page; and back to
 * English on the element already on screen.
 */
afterEach(async () => {
  await applyLanguage('en');
  document.body.replaceChildren();
});

const button = (name: string) => page.getByRole('button', { name, exact: true });

/** The builder's six steps in Spanish: each field's label, and what the person types there. */
const STEPS: [label: string, words: string][] = [
  ['Cuando pase esto', 'llegas a casa después de beber'],
  ['Lo que siento', 'miedo y mucho cansancio'],
  ['Voy a', 'pasar la noche en casa de mi hermana'],
  ['Porque', 'necesito sentirme a salvo, y te quiero'],
  ['Mis palabras', 'Tienes que dejar de beber'],
  ['Si lo ponen a prueba', 'lo digo una vez, con calma, y me voy'],
];

test('in Spanish, the builder asks each step in Spanish, reads the boundary as a Spanish sentence, and flags a demand with the Spanish checks', async () => {
  await applyLanguage('es');
  await mount('al-boundary-builder');
  await expect.element(page.getByRole('heading', { name: /Paso 1 de 6.*La situación/ })).toBeVisible();
  for (const [i, [label, words]] of STEPS.entries()) {
    await expect.element(page.getByRole('heading', { name: new RegExp(`^Paso ${i + 1} de 6`) })).toBeVisible();
    await page.getByRole('textbox', { name: label }).fill(words);
    await button(i === STEPS.length - 1 ? 'Revisar' : 'Siguiente').click();
  }
  await expect.element(page.getByRole('heading', { name: /Revisa tu límite/ })).toBeVisible();
  await expect
    .element(page.getByText('Cuando llegas a casa después de beber, voy a pasar la noche en casa de mi hermana, porque necesito sentirme a salvo, y te quiero.'))
    .toBeVisible();
  const hints = page.getByRole('status').filter({ hasText: 'Algunas ideas' });
  await expect.poll(() => textOf(hints)).toContain('Esto suena a una regla para la otra persona.');
  expect(textOf(hints)).toContain('“Si vuelves a beber, voy a …”');
  await expect.element(hints.getByRole('button', { name: 'Cambiar: Las palabras que vas a decir' })).toBeVisible();
  await expect.element(button('Guardar límite')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the builder’s review in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { name: /Check your boundary/ })).toBeVisible();
  await expect.element(button('Save boundary')).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Change: The words you will say' }).first()).toBeVisible();
});

test('in Spanish, a saved boundary reads as a Spanish sentence, with its parts, its tries and a Spanish date', async () => {
  await applyLanguage('es');
  const boundary: Boundary = {
    id: 'b1',
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
    situation: 'me pides dinero',
    action: 'decir que no con cariño',
    reason: 'me importas',
    words: 'Te quiero, y no voy a prestarte dinero.',
    tries: [
      { at: Date.UTC(2026, 10, 20, 12), howItWent: 'Difícil, pero lo dije.' },
      { at: Date.UTC(2026, 10, 30, 12), howItWent: 'Mejor.' },
    ],
  };
  await mount('al-boundary-item', { boundary });
  await expect.element(page.getByText('Cuando me pides dinero, voy a decir que no con cariño, porque me importas.')).toBeVisible();
  await expect.element(page.getByText('Mis palabras')).toBeVisible();
  await expect.element(page.getByText('Lo intentaste 2 veces.')).toBeVisible();
  await expect.element(page.getByText(/La última vez, el 30 de noviembre de 2026/)).toBeVisible();
  await expect.element(page.getByRole('button', { name: /^Editar: Cuando me pides dinero/ })).toBeVisible();
  await expect.element(page.getByRole('button', { name: /^Eliminar: Cuando me pides dinero/ })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('a saved boundary in Spanish');
});

test('in Spanish, the boundaries page and the toolkit show their headings and links in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-boundaries-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Mis límites' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Escribir un límite' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Tus límites' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: 'Cuando pase esto' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the boundaries page in Spanish');
  document.body.replaceChildren();

  await mount('al-toolkit-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Tus herramientas' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Abrir mis límites' })).toHaveAttribute('href', '/boundaries');
  await expectNoAxeViolationsLightAndDark('the toolkit in Spanish');
  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Your toolkit' })).toBeVisible();
});
