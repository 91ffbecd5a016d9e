import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import { encodeClassPack } from '../../../shared/domain/classes/class-pack-codec.ts';
import { typicalPack } from '../../fixtures/hostile-class-packs.ts';
import '../../../pwa/pages/classes/join-page.ts';
import '../../../pwa/pages/classes/facilitate-session-page.ts';
import '../../../pwa/pages/classes/facilitate-page.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * The class screens in Spanish: joining a class (its preview and summary) and a facilitator's
 * session guide, as a Spanish-speaking family group would see them; in English again, English.
 */
afterEach(async () => {
  await applyLanguage('en');
});

test('in Spanish, joining a class says what it is, when it meets and how to join, in Spanish; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-join-page', { hash: '' });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Unirme a un grupo' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Abrir un grupo' })).toBeVisible();
  await expect.element(page.getByLabelText('O abre un archivo del grupo (.json)')).toBeInTheDocument();

  const join = page.getByRole('main').element().querySelector('al-join-page')!;
  join.hash = `#pack=${await encodeClassPack({ ...typicalPack(), language: 'es' })}`;
  await expect.element(page.getByRole('heading', { level: 2, name: 'Tuesday family group' })).toBeVisible();
  await expect.element(page.getByText('Te invitan a un grupo')).toBeVisible();
  await expect.element(page.getByText('Coordina', { exact: true })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 3, name: '9 reuniones' })).toBeVisible();
  await expect.element(page.getByText(/^martes, 10 de marzo/)).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Unirme a este grupo' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Ahora no' })).toBeVisible();
  // Spanish is not offered yet, so the class does not offer to switch the course into it.
  await expect.element(page.getByRole('checkbox')).not.toBeInTheDocument();
  await expectNoAxeViolationsLightAndDark('joining a class in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('button', { name: 'Join this class' })).toBeVisible();
  await expect.element(page.getByText('Facilitator', { exact: true })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 3, name: '9 meetings' })).toBeVisible();
});

test('in Spanish, a pack that can’t be used is explained in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-join-page', { hash: '#pack=not-a-real-pack' });
  await expect.element(page.getByRole('heading', { level: 2, name: 'No pudimos abrir este grupo' })).toBeVisible();
  await expect.element(page.getByText('No se cambió nada en este dispositivo.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('a class that can’t be opened, in Spanish');
});

test('in Spanish, the session guide leads the meeting in Spanish: its parts, questions and agreements', async () => {
  await applyLanguage('es');
  await mount('al-facilitate-session-page', { params: { week: '1' } });
  await expect.element(page.getByRole('link', { name: 'Abrir la vista de presentación' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Ronda de inicio' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 3, name: 'Preguntas para el grupo' })).toBeVisible();
  await expect.element(page.getByText('Di tu nombre y una palabra para cómo te sientes al llegar hoy.')).toBeVisible();
  await expect.element(page.getByText('Lo que se dice aquí se queda aquí.')).toBeVisible();
  await expect.element(page.getByRole('navigation', { name: 'Otras semanas' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the session guide in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 2, name: 'Check-in round' })).toBeVisible();
  await expect.element(page.getByText('Say your first name, and one word for how you feel as you arrive today.')).toBeVisible();
});

test('in Spanish, running a class: the form, the meetings and the starting agreements are in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-facilitate-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Coordinar un grupo' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: 'Nombre del grupo' })).toBeVisible();
  await expect.element(page.getByRole('group', { name: 'Crear las reuniones' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Crear 9 reuniones semanales' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: 'Un acuerdo por línea' })).toHaveValue(expect.stringContaining('Lo que se dice aquí se queda aquí.'));
  await expect.element(page.getByRole('button', { name: 'Crear el paquete del grupo' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('running a class in Spanish');
});
