import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';
import { SOMEWHERE_ELSE } from '../../../shared/content/crisis/emergency-numbers.ts';
import '../../../shared/ui/crisis/emergency-call.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

/**
 * The emergency number that needs nothing else loaded: what a person sees where a help screen
 * or a lesson's crisis help could not come. The country is the one saved on the help screen,
 * else the browser's region; with neither, it names no number rather than a wrong one.
 */
const ADVICE = 'If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.';

/** Makes the browser say its languages are `languages`, until the test ends. */
function browserLanguages(languages: readonly string[]): void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
}

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'languages');
  await applyLanguage('en');
  await settingsRepo.set('country', '');
});

test('with the United Kingdom saved on the help screen, it offers to call 999, and passes axe', async () => {
  await settingsRepo.set('country', 'GB');
  await mount('al-emergency-call');
  await expect.element(page.getByText(ADVICE)).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expectNoAxeViolationsLightAndDark('the emergency number on its own');
});

test('with no country saved, a browser in Mexican Spanish gets Mexico’s 911; one with no region gets no number', async () => {
  browserLanguages(['es-MX', 'es']);
  await mount('al-emergency-call');
  await expect.element(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');

  document.body.replaceChildren();
  browserLanguages(['es']);
  await mount('al-emergency-call');
  await expect.element(page.getByText(ADVICE)).toBeVisible();
  expect(page.getByRole('link').elements()).toHaveLength(0);
});

test('a person who said they live somewhere else is never given a guessed number', async () => {
  browserLanguages(['en-US']);
  await settingsRepo.set('country', SOMEWHERE_ELSE);
  await mount('al-emergency-call');
  await expect.element(page.getByText(ADVICE)).toBeVisible();
  await expect.element(page.getByRole('link')).not.toBeInTheDocument();
});

test('in Spanish, with Spain saved, it says so in Spanish and offers to call 112', async () => {
  await settingsRepo.set('country', 'ES');
  await applyLanguage('es');
  await mount('al-emergency-call');
  await expect.element(page.getByText('Si alguien está en peligro ahora mismo, o podría intentar quitarse la vida, llama al número de emergencias de donde estés.')).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Llama al 112' })).toHaveAttribute('href', 'tel:112');
});
