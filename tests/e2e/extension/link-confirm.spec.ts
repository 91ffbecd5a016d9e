import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { PWA_URL, askToLink, openPopup } from '../support/course-link.ts';

const emptySync = { snapshot: { records: { boundaries: [], plans: [], ownPrompts: [], favourites: [] }, tombstones: [] } };

test('a page on the course’s origin that asks to link gets nothing until the person says yes in the extension', async ({ context, extensionId }) => {
  // Any page served from the course's origin can talk to the extension: this one is not the settings card.
  const page = await context.newPage();
  await page.goto(`${PWA_URL}/privacy`);
  const ask = (type: string, payload: unknown = {}) => page.evaluate(([id, message]) => chrome.runtime.sendMessage(id, message), [extensionId, { type, payload }] as const);

  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/extension/link-confirm/index.html') });
  expect(await ask('link-accept')).toEqual({ ok: true, value: { linked: false, pending: true } });
  const confirm = await opened;

  // Nothing yet: no sync answer, no wipe; asking only says "pending".
  expect(await ask('sync', emptySync)).toEqual({ ok: false, error: 'not linked' });
  expect(await ask('link-wipe')).toEqual({ ok: false, error: 'not linked' });
  expect(await ask('link-hello')).toEqual({ ok: true, value: { linked: false, pending: true } });

  // The extension names who asked, in its own window.
  await expect(confirm.getByRole('heading', { level: 1, name: 'Link with the course?' })).toBeVisible();
  await expect(confirm.getByText(`The Alongside course at ${PWA_URL} asks to link with this extension.`)).toBeVisible();
  await expect(confirm.getByText(`Development build: trusts ${PWA_URL}`)).toBeVisible();
  await expectNoAxeViolations(confirm, 'link confirmation');

  await confirm.getByRole('button', { name: 'Yes, link them' }).click();
  await expect(confirm.getByRole('status')).toHaveText('Linked. Your toolkit is now the same in the course and here. You can close this window.');
  await expect(confirm.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(confirm, 'link confirmation, linked');

  // Linked: sync answers as before.
  expect(await ask('link-hello')).toEqual({ ok: true, value: { linked: true, pending: false } });
  expect(await ask('sync', emptySync)).toMatchObject({ ok: true, value: { snapshot: { records: { boundaries: [] } } } });
});

test('“No” in the extension leaves both unlinked, and the course says so', async ({ context, extensionId, extensionUrl }) => {
  const course = await context.newPage();
  await course.goto(`${PWA_URL}/settings`);
  const card = course.locator('al-link-card');
  const confirm = await askToLink(context, course);
  await course.bringToFront();
  await expectNoAxeViolations(course, 'settings, waiting for the extension');

  await confirm.bringToFront();
  await confirm.getByRole('button', { name: 'No, don’t link' }).click();
  await expect(confirm.getByRole('status')).toHaveText('Not linked. Nothing was shared. You can close this window.');
  await course.bringToFront();

  // The course notices (it asks the extension while it waits).
  await expect(card.getByText('Not linked: the extension was told no, or the question there ended.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Link', exact: true })).toBeVisible();
  expect(await course.evaluate((id) => chrome.runtime.sendMessage(id, { type: 'sync', payload: { snapshot: { records: { boundaries: [], plans: [], ownPrompts: [], favourites: [] }, tombstones: [] } } }), extensionId)).toEqual({
    ok: false,
    error: 'not linked',
  });

  // Opened again afterwards, the window has nothing to say yes to.
  await confirm.reload();
  await expect(confirm.getByText('No request to link is waiting.')).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Yes, link them' })).toHaveCount(0);

  const popup = await openPopup(context, extensionUrl);
  await expect(popup.getByText('Linked with the course')).toHaveCount(0);
});

test('a development build says so, with the address it trusts, in the popup and the options', async ({ context, extensionUrl }) => {
  const popup = await openPopup(context, extensionUrl);
  await expect(popup.getByText(`Development build: trusts ${PWA_URL}`)).toBeVisible();
  const options = await context.newPage();
  await options.goto(extensionUrl('extension/options/index.html'));
  await expect(options.getByText(`Development build: trusts ${PWA_URL}`)).toBeVisible();
});
