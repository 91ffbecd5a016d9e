import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { StorageError } from '../../../shared/data/errors.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/trust/lock-page.ts';
import '../../../pwa/pages/trust/privacy-page.ts';
import '../../../shared/ui/trust/lock-screen.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * The trust screens in Spanish: the app lock (what it hides, said in full, and its warning about
 * a lost passcode), the lock screen with a wrong passcode said in Spanish by the one place that
 * words problems, and the privacy page; then English again on the same elements.
 */
afterEach(async () => {
  await applyLanguage('en');
});

test('in Spanish, the app lock says what it hides and warns that a lost passcode cannot be recovered; in English again, English', async () => {
  await applyLanguage('es');
  await mount('al-lock-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Bloqueo de la app' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: '← Configuración' })).toHaveAttribute('href', '/settings');
  // The lock is off in a fresh browser: the settings offer to turn it on.
  await expect.element(page.getByRole('heading', { level: 2, name: 'Activar el bloqueo' })).toBeVisible();
  await expect.element(page.getByText(/^Lee esto primero\./)).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'guarda una copia de seguridad' })).toHaveAttribute('href', '/backup');
  await expect.element(page.getByText(/^Con el bloqueo activado, esto se guarda cifrado: tu diario y tus reflexiones/)).toBeVisible();
  await expect.element(page.getByText(/^Esto se puede leer en este dispositivo, porque Alongside lo necesita antes de que escribas tu código de acceso/)).toBeVisible();
  await expect.element(page.getByLabelText('Elige un código de acceso')).toBeVisible();
  await expect.element(page.getByRole('checkbox', { name: 'Entiendo que si olvido mi código de acceso, lo que escribí no se puede recuperar.' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Activar el bloqueo' })).toBeVisible();

  // Two passcodes that differ: the form's problem, in Spanish.
  await page.getByLabelText('Elige un código de acceso').fill('un día tranquilo');
  await page.getByLabelText('Escríbelo otra vez').fill('un día tranquil');
  await page.getByRole('button', { name: 'Activar el bloqueo' }).click();
  await expect.element(page.getByRole('alert')).toHaveTextContent('Los dos códigos de acceso no son iguales. Vuelve a escribirlos.');
  await expectNoAxeViolationsLightAndDark('the app lock settings in Spanish');

  await applyLanguage('en');
  await expect.element(page.getByRole('heading', { level: 1, name: 'App lock' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();
});

test('in Spanish, the lock screen asks for the passcode and says a wrong one kindly, in Spanish', async () => {
  await applyLanguage('es');
  await mount('al-lock-screen', { unlock: () => Promise.reject(new StorageError('wrong-passcode')) });
  await expect.element(page.getByRole('heading', { level: 1, name: 'Alongside está bloqueado' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: '¿Necesitas ayuda ahora?' })).toHaveAttribute('href', '/help');
  await page.getByLabelText('Código de acceso').fill('no es este');
  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await expect.element(page.getByRole('alert')).toHaveTextContent('Ese código de acceso no coincide. Vuelve a intentarlo con calma. No se cambió nada.');
  await expect.element(page.getByText('¿Olvidaste tu código de acceso?')).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the lock screen in Spanish');
});

test('in Spanish, the privacy page says what stays on the device and where to delete it', async () => {
  await applyLanguage('es');
  await mount('al-privacy-page');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Privacidad y almacenamiento' })).toBeVisible();
  await expect.element(page.getByText(/^Alongside no tiene cuentas ni servidor\. Lo que escribes se queda en este navegador, en este dispositivo/)).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 2, name: 'Qué se guarda aquí' })).toBeVisible();
  await expect.element(page.getByText('No se envía nada a ningún lugar. Alongside no hace solicitudes a otros sitios web.')).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Ajustes del bloqueo de la app' })).toHaveAttribute('href', '/settings/lock');
  await expect.element(page.getByRole('button', { name: 'Borrar todos mis datos…' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('the privacy page in Spanish');
});
