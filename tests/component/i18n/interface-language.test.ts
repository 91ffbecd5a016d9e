import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { LitElement, html } from 'lit';
import { localized, msg } from '@lit/localize';
import { counted, formatCount, formatDay } from '../../../shared/content/locale.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';

/** A stand-in screen with two of the app shell's own strings, as a component writes them. */
@localized()
class LanguageProbe extends LitElement {
  override render() {
    return html`<nav aria-label=${msg('Main')}><a href="/">${msg('Home')}</a> <a href="/help">${msg('Need help now?')}</a></nav>`;
  }
}
customElements.define('al-language-probe', LanguageProbe);

afterEach(async () => {
  await applyLanguage('en');
  document.body.replaceChildren();
});

test('in Spanish, a screen on show changes its words, numbers and dates without a reload, and the page says lang="es"', async () => {
  document.body.append(document.createElement('al-language-probe'));
  await expect.element(page.getByRole('link', { name: 'Need help now?' })).toBeVisible();
  expect(formatCount(10_000)).toBe('10,000');

  await applyLanguage('es');
  await expect.element(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: 'Inicio' })).toBeVisible();
  await expect.element(page.getByRole('link', { name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  expect(document.documentElement.lang).toBe('es');
  expect(formatCount(10_000)).toBe('10.000');
  expect(counted(1, { one: 'semana', other: 'semanas' })).toBe('1 semana');
  expect(counted(3, { one: 'semana', other: 'semanas' })).toBe('3 semanas');
  expect(formatDay(new Date(Date.UTC(2026, 10, 30)), { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('30 de noviembre');

  await applyLanguage('en');
  await expect.element(page.getByRole('link', { name: 'Home' })).toBeVisible();
  expect(document.documentElement.lang).toBe('en');
});
