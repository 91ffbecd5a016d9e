import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';

/**
 * Alongside in Spanish (issue #17), as a Spanish-speaking family meets it: a browser set to
 * Mexican Spanish opens the course in Spanish, with no choice to make first.
 */
test.use({ locale: 'es-MX' });

/** Opens a step of the lesson from the "all steps" list, as a reader would. */
async function openStep(page: Page, name: string): Promise<void> {
  await page.getByText('Todos los pasos de esta semana').click();
  await page.getByRole('list').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

const ANSWER = 'Que vuelva a tocar la guitarra con sus amigos, sin beber, y que duerma tranquilo.';

test('a mother in Mexico supporting her son with substance use does week 1 in Spanish, finds her reflection in the journal and the help for Mexico, and switching to English and back keeps everything', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await expect(nav.getByRole('link', { name: 'Inicio' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Diario' })).toBeVisible();
  await expect(page.getByRole('link', { name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expect(page).toHaveTitle(/Alongside/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest-es.webmanifest');

  // Getting started, in Spanish, with the language already chosen for her.
  await page.getByRole('link', { name: 'Empezar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Primeros pasos' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  await page.getByRole('radio', { name: 'Mi hijo', exact: true }).check();
  await page.getByRole('radio', { name: 'El consumo de alcohol o drogas' }).check();
  await expectNoAxeViolations(page, 'getting started in Spanish');
  await page.getByRole('button', { name: 'Empezar el curso' }).click();

  // Week 1 in Spanish, in her own words: "tu hijo".
  await expect(page.getByRole('heading', { level: 1, name: 'Te damos la bienvenida a Alongside' })).toBeVisible();
  await page.getByRole('link', { name: 'Empezar la semana 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'La esperanza y el modelo de recuperación' })).toBeVisible();
  await expect(page.getByText(/Semana 1 de 9/)).toBeVisible();
  await expectNoAxeViolations(page, 'week 1 in Spanish');
  await openStep(page, 'Para pensar');
  const reflection = page.getByRole('textbox', { name: '¿Cómo sería una buena vida para tu hijo, vista con sus propios ojos?' });
  await reflection.fill(ANSWER);
  await expect(page.getByText('Se guardó en este dispositivo.').first()).toBeVisible();
  await expect(page.getByText(/\{person\}|\{relation\}|\|/)).toHaveCount(0);
  await openStep(page, 'Un momento para ti');
  await page.getByRole('button', { name: 'Terminar esta semana' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Terminaste la semana 1' })).toBeVisible();
  await expect(page.getByText('1 de 9 semanas hechas')).toBeVisible();

  // Her reflection is in the journal, and search finds it.
  await nav.getByRole('link', { name: 'Diario' }).click();
  await page.getByRole('searchbox', { name: 'Buscar en tu diario' }).fill('guitarra');
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expectNoAxeViolations(page, 'the journal in Spanish');

  // Help for Mexico, with numbers she can tap.
  await page.getByRole('link', { name: '¿Necesitas ayuda ahora?' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '¿Necesitas ayuda ahora?' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '¿Dónde estás?' })).toHaveValue('MX');
  await expect(page.getByRole('link', { name: 'Llama al 911', exact: true })).toHaveAttribute('href', 'tel:911');
  await expect(page.getByRole('link', { name: 'Llama al 800 911 2000' })).toHaveAttribute('href', 'tel:8009112000');
  await expectNoAxeViolations(page, 'help in Spanish');

  // English, and back: nothing she wrote or chose is lost, and the choice is kept.
  await nav.getByRole('link', { name: 'Configuración' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText(ANSWER)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course' }).click();
  await expect(page.getByText('1 of 9 weeks done')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await nav.getByRole('link', { name: 'Curso' }).click();
  await expect(page.getByText('1 de 9 semanas hechas')).toBeVisible();
  await page.goto('/course/week/1');
  await openStep(page, 'Para pensar');
  await expect(page.getByRole('textbox', { name: '¿Cómo sería una buena vida para tu hijo, vista con sus propios ojos?' })).toHaveValue(ANSWER);
});

test('on a small phone, "¿Necesitas ayuda ahora?" is whole on screen in Spanish, never cut off', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/');
    const help = page.getByRole('banner').getByRole('link', { name: '¿Necesitas ayuda ahora?' });
    await expect(help).toBeVisible();
    const box = (await help.boundingBox())!;
    expect(box.x, `at ${width}px`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `at ${width}px`).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scroll at ${width}px`).toBeLessThanOrEqual(width);
  }
});

test('a first visit in Spanish downloads the shell’s strings and home’s, and each screen’s come as it opens, in Spanish', async ({ page }) => {
  // Each screen's strings are their own file (scripts/split-strings.ts): shell-….js, al-journal-page-….js.
  const strings: string[] = [];
  page.on('request', (request) => {
    const part = /^\/assets\/(shell|al-[a-z-]+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (part) strings.push(part);
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Empezar', exact: true })).toBeVisible();
  expect(strings.sort()).toEqual(['al-home-page', 'shell']);

  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Diario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diario' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Buscar en tu diario' })).toBeVisible();
  expect(strings.sort()).toEqual(['al-home-page', 'al-journal-page', 'shell']);
});
