import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

/**
 * The extension in a Spanish browser (issue #17): what the browser shows of it comes from
 * _locales/es, and its own pages (popup, options) are in Spanish.
 */
test.use({ browserLanguage: 'es' });

test('in a Spanish browser, the extension describes itself from _locales/es, and its popup and options are in Spanish', async ({ context, background, extensionUrl }) => {
  const self = await background.evaluate(() => Promise.all([chrome.i18n.getUILanguage(), chrome.management.getSelf()]));
  // Chromium shows an extension's Spanish only with its own Spanish installed (.ci/run installs it).
  expect(self[0], 'Chromium is not running in Spanish: install its languages (Debian: apt-get install chromium-l10n)').toMatch(/^es/);
  expect(self[1].name).toBe('Alongside');
  expect(self[1].description).toBe('Palabras tranquilas y límites que preparaste, listos antes de una conversación difícil. Todo se queda en tu dispositivo.');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await expect(popup.getByRole('heading', { level: 1, name: 'Alongside' })).toBeVisible();
  await expect(popup.getByRole('button', { name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expect(popup.getByText('Se guarda solo en este navegador. No se envía nada a ningún lugar.')).toBeVisible();
  await expectNoAxeViolations(popup, 'the popup in Spanish');

  const options = await context.newPage();
  await options.goto(extensionUrl('extension/options/index.html'));
  await expect(options.locator('html')).toHaveAttribute('lang', 'es');
  await expect(options.getByRole('heading', { level: 1, name: 'Opciones de Alongside' })).toBeVisible();
  await expect(options.getByRole('heading', { level: 2, name: 'Tu privacidad' })).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'Otro sitio' })).toBeVisible();
  await expectNoAxeViolations(options, 'the options page in Spanish');
});
