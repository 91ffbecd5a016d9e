import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The course, served by the e2e web server (its origin is the one the extension was built to allow). */
export const PWA_URL = `http://localhost:${process.env.ALONGSIDE_PORT ?? '4173'}`;

/** The extension's "Link with the course?" window's address ends so. */
const CONFIRM_PATH = '/extension/link-confirm/index.html';

/**
 * Chooses Link in the course's settings (open in `course`) and returns the confirmation
 * window the extension opens; the course's card then says to confirm there.
 */
export async function askToLink(context: BrowserContext, course: Page): Promise<Page> {
  const card = course.locator('al-link-card');
  const opened = context.waitForEvent('page', { predicate: (page) => page.url().includes(CONFIRM_PATH) });
  await card.getByRole('button', { name: 'Link', exact: true }).click();
  const confirm = await opened;
  await expect(confirm.getByRole('heading', { level: 1, name: 'Link with the course?' })).toBeVisible();
  await course.bringToFront();
  await expect(card.getByText('Confirm in the extension.')).toBeVisible();
  await confirm.bringToFront();
  return confirm;
}

/** Opens the course's settings and links it with the extension, as a person would (Link there, yes in the extension); returns the course's page. */
export async function linkCourse(context: BrowserContext): Promise<Page> {
  const course = await context.newPage();
  await course.goto(`${PWA_URL}/settings`);
  const confirm = await askToLink(context, course);
  await confirm.getByRole('button', { name: 'Yes, link them' }).click();
  await expect(confirm.getByText('Linked. Your toolkit is now the same in the course and here.')).toBeVisible();
  await confirm.close();
  // The confirmation was a window of its own: the course's window comes back to the front, as it would for a person.
  await course.bringToFront();
  await expect(course.locator('al-link-card').getByText('Linked with the Alongside extension.')).toBeVisible();
  return course;
}

/** Turns the course's app lock on with this passcode. */
export async function lockCourse(course: Page, passcode: string): Promise<void> {
  await course.goto(`${PWA_URL}/settings/lock`);
  await course.getByLabel('Choose a passcode').fill(passcode);
  await course.getByLabel('Type it again').fill(passcode);
  await course.getByRole('checkbox', { name: /I understand that if I forget my passcode/ }).check();
  await course.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(course.getByRole('heading', { name: 'The lock is on' })).toBeVisible();
}

/** Opens the popup in a page of its own, at its real width. */
export async function openPopup(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await expect(popup.getByRole('heading', { level: 1, name: 'Alongside' })).toBeVisible();
  return popup;
}
