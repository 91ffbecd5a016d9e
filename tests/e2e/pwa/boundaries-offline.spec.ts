import { waitForServiceWorkerControl } from '../support/service-worker.ts';
import { expect, test } from '../support/pwa-test.ts';
import { watchEgress } from '../support/no-egress.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';

// Offline needs the service worker.
test.use({ serviceWorkers: 'allow' });

test('a boundary written in the PWA is still there offline after a reload', async ({ page, context }) => {
  const egress = watchEgress(context);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();
  // The service worker has taken control: from now on the app shell comes from its cache.
  await waitForServiceWorkerControl(page);

  await page.getByRole('link', { name: 'My boundaries' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'My boundaries' })).toBeVisible();
  await saveBoundaryWithBuilder(page, {
    situation: 'you ask me for money',
    action: 'say no kindly, and offer to drive you to your appointment',
    reason: 'I want to support you, not the drinking',
  });
  const sentence = 'When you ask me for money, I will say no kindly, and offer to drive you to your appointment, because I want to support you, not the drinking.';
  await expect(page.getByText(sentence)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Boundary saved' })).toBeAttached();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My boundaries' })).toBeVisible();
  await expect(page.getByText(sentence)).toBeVisible();
  // Other screens open offline too, including ones not visited yet.
  await page.getByRole('link', { name: 'Need help now?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  await context.setOffline(false);
  egress.assertNone();
});

test('a boundary can be edited, and a deleted one brought back with undo', async ({ page }) => {
  await page.goto('/boundaries');
  await saveBoundaryWithBuilder(page, { situation: 'the shouting starts', action: 'leave the room and come back in ten minutes' });
  const first = 'When the shouting starts, I will leave the room and come back in ten minutes.';
  await expect(page.getByText(first)).toBeVisible();

  await page.getByRole('button', { name: `Edit: ${first}` }).click();
  const editor = page.getByRole('listitem').getByRole('textbox', { name: 'I will' });
  await expect(editor).toBeFocused({ timeout: 2000 }).catch(() => undefined);
  await editor.fill('step outside and come back in ten minutes');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const edited = 'When the shouting starts, I will step outside and come back in ten minutes.';
  await expect(page.getByText(edited)).toBeVisible();
  await expect(page.getByText(first)).toHaveCount(0);

  await page.getByRole('button', { name: `Delete: ${edited}` }).click();
  await expect(page.getByText(edited)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(edited)).toBeVisible();
  await page.reload();
  await expect(page.getByText(edited)).toBeVisible();
});

// An empty first step (the message, the field focused and marked invalid, nothing asked to be
// saved): tests/component/toolkit/boundary-builder.test.ts.
