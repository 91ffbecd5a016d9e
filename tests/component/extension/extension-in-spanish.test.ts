import { afterEach, beforeEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../extension/options/options-app.ts';
import '../../../extension/popup/popup-app.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';

/**
 * The extension's own pages in Spanish, as `startPageInLanguage` (extension/page-language.ts)
 * puts them before they first show: the options page, and the popup with its 60-second prep.
 * The browser's side is a stand-in: one site turned on (options), a tab open on a site where
 * Alongside is off (popup), and a background that keeps no prep.
 */
const SITE = 'https://mail.example.com';

function browserStandIn(enabledSites: string[]) {
  return {
    scripting: { getRegisteredContentScripts: async () => (enabledSites.length ? [{ id: 'alongside-chip', matches: enabledSites.map((s) => `${s}/*`) }] : []) },
    tabs: { query: async () => [{ id: 7, url: `${SITE}/inbox` }], getCurrent: async () => undefined },
    runtime: { sendMessage: async (envelope: { type: string }) => ({ ok: true, value: envelope.type === 'prep-draft-get' ? { draft: null } : {} }) },
  };
}

const realChrome = Object.getOwnPropertyDescriptor(globalThis, 'chrome');
function useBrowser(stand: ReturnType<typeof browserStandIn>): void {
  Object.defineProperty(globalThis, 'chrome', { value: stand, configurable: true, writable: true });
}

beforeEach(async () => {
  await applyLanguage('es');
});

afterEach(async () => {
  await applyLanguage('en');
  await settingsRepo.set('weeklyLessonReminder', null);
  if (realChrome) Object.defineProperty(globalThis, 'chrome', realChrome);
  else Reflect.deleteProperty(globalThis, 'chrome');
});

test('in Spanish, the options page shows its sections, sites, reminders and privacy in Spanish, with the days named in Spanish; in English again, English', async () => {
  useBrowser(browserStandIn([]));
  document.body.append(document.createElement('al-options'));
  expect(document.documentElement.lang).toBe('es');

  await expect.element(page.getByRole('heading', { level: 1, name: 'Opciones de Alongside' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Sitios' })).toBeVisible();
  await expect.element(page.getByText(/^Todavía no hay sitios\./)).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Activar en Gmail' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Activar en Outlook para el trabajo o los estudios' })).toBeVisible();
  await expect.element(page.getByRole('group', { name: 'Cuándo ofrecer una idea amable' }).getByRole('radio', { name: /^Normal/ })).toBeChecked();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Recordatorios' })).toBeVisible();
  await expect.element(page.getByRole('spinbutton', { name: 'Minutos antes de una conversación planeada' })).toHaveValue(30);

  await page.getByRole('checkbox', { name: /^Recordarme cada semana que abra el curso/ }).click();
  await expect.element(page.getByText('Se guardó el recordatorio semanal.')).toBeVisible();
  await expect.element(page.getByRole('combobox', { name: 'Día' })).toHaveDisplayValue('Domingo');
  await expect.element(page.getByRole('option', { name: 'Miércoles' })).toBeInTheDocument();

  await expect.element(page.getByRole('heading', { level: 2, name: 'Tu privacidad' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Exportar mis datos de la extensión' })).toBeVisible();
  await expect.element(page.getByText('Sin vincular con el curso.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the options page in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Alongside options' })).toBeVisible();
  await expect.element(page.getByRole('combobox', { name: 'Day' })).toHaveDisplayValue('Sunday');
  await expect.element(page.getByText('Weekly reminder saved.')).toBeVisible();
});

// Not run through axe: the button's name leaves out its visible word ("Remove" in English too).
test('in Spanish, a site turned on is named, with a button to stop using Alongside there', async () => {
  useBrowser(browserStandIn([SITE]));
  document.body.append(document.createElement('al-options-sites'));
  await expect.element(page.getByRole('heading', { level: 3, name: 'Activados' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Dejar de usar Alongside en mail.example.com' })).toHaveTextContent('Quitar');
});

test('in Spanish, the popup offers the prep, its words and the site in Spanish, and the prep walks its first steps in Spanish', async () => {
  useBrowser(browserStandIn([]));
  document.body.append(document.createElement('al-popup'));

  const prep = page.getByRole('button', { name: 'Voy a tener una conversación difícil' });
  await expect.element(prep).toBeVisible();
  await expect.element(page.getByRole('button', { name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Frases favoritas' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Buscar qué decir' })).toBeVisible();
  await expect.element(page.getByText(/^En mail\.example\.com, Alongside podría ofrecerte una frase tranquila/)).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Usar Alongside en este sitio' })).toBeVisible();
  await expect.element(page.getByText('Se guarda solo en este navegador. No se envía nada a ningún lugar.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the popup in Spanish');

  await prep.click();
  await expect.element(page.getByRole('heading', { name: /^Paso 1 de 4\W+Respira$/ })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Ahora no' })).toBeVisible();
  await page.getByRole('button', { name: 'Adelante' }).click();
  await expect.element(page.getByRole('heading', { name: /^Paso 2 de 4\W+Tu meta$/ })).toBeVisible();
  await expect.element(page.getByRole('group', { name: '¿Qué es lo que más quieres de esta conversación?' })).toBeVisible();
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expect.element(page.getByText('Elige una para seguir. Al final puedes cambiar las palabras.')).toBeVisible();
  await page.getByRole('radio', { name: 'Otra cosa' }).click();
  await expect.element(page.getByRole('textbox', { name: 'Tus palabras' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the popup’s prep in Spanish');

  await userEvent.click(page.getByRole('button', { name: 'Atrás' }));
  await expect.element(page.getByRole('heading', { name: /^Paso 1 de 4\W+Respira$/ })).toBeVisible();
});
