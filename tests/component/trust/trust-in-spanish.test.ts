import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { StorageError } from '../../../shared/data/errors.ts';
import type { BackupContents } from '../../../shared/domain/trust/backup-format.ts';
import { BACKUP_STORES } from '../../../shared/domain/trust/record-schemas.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import '../../../pwa/pages/trust/lock-page.ts';
import '../../../pwa/pages/trust/privacy-page.ts';
import '../../../shared/ui/trust/lock-screen.ts';
import '../../../shared/ui/trust/backup-import.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * The trust screens in Spanish: the app lock (what it hides, said in full, and its warning about
 * a lost passcode), the lock screen with a wrong passcode said in Spanish by the one place that
 * words problems, the privacy page, and a backup's preview; the lock settings in English again
 * on the same element.
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

test('in Spanish, a backup’s preview counts what it holds, says which settings stay out and which dates were set back, and asks how it should come back', async () => {
  const stores = Object.fromEntries(BACKUP_STORES.map((store) => [store, []])) as unknown as BackupContents['stores'];
  Object.assign(stores, { journal: [{}, {}], boundaries: [{}] });
  const contents: BackupContents = { schemaVersion: 1, exportedAt: Date.UTC(2026, 4, 12, 12), stores, skippedSettings: 3, futureDated: new Set(['journal:1']) };
  await applyLanguage('es');
  const importer = await mount('al-backup-import', { open: () => Promise.resolve(contents) });
  const input = importer.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
  await expect.element(page.getByLabelText('Elige un archivo de copia de seguridad')).toBeVisible();
  const files = new DataTransfer();
  files.items.add(new File(['{}'], 'alongside-backup-2026-05-12.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));

  await expect.element(page.getByRole('heading', { level: 3, name: 'Qué tiene esta copia de seguridad' })).toBeVisible();
  await expect.element(page.getByText(/^Se guardó el 12 de mayo de 2026\D+\d{1,2}:\d\d\. Contiene:$/)).toBeVisible();
  await expect.element(page.getByRole('listitem').filter({ hasText: '2 entradas del diario' })).toBeVisible();
  await expect.element(page.getByRole('listitem').filter({ hasText: '1 límite' })).toBeVisible();
  await expect.element(page.getByText('3 ajustes son del dispositivo de donde vinieron, así que se quedan fuera.')).toBeVisible();
  await expect.element(page.getByText(/^1 elemento de esta copia de seguridad tiene una fecha que todavía no ha llegado.* Alongside le pondrá la fecha en que se guardó la copia de seguridad en su lugar\./)).toBeVisible();
  await expect.element(page.getByRole('group', { name: '¿Cómo quieres recuperarla?' })).toBeVisible();
  await expect.element(page.getByRole('radio', { name: /^Agregarla a lo que tengo\./ })).toBeChecked();
  await expect.element(page.getByRole('button', { name: 'Recuperarla' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark('a backup’s preview in Spanish');
});
