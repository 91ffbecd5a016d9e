import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchEgress } from '../support/no-egress.ts';

test('a boundary added in the popup is there when the popup opens again', async ({ context, extensionUrl }) => {
  const egress = watchEgress(context);
  const popup = await context.newPage();
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await expect(popup.getByRole('heading', { level: 1, name: 'Alongside' })).toBeVisible();
  await expect(popup.getByText('No boundaries yet.')).toBeVisible();
  await popup.getByRole('textbox', { name: 'When this happens' }).fill('my brother calls after midnight');
  await popup.getByRole('textbox', { name: 'I will' }).fill('text back that I love him and will call in the morning');
  await popup.getByRole('textbox', { name: 'Because' }).fill('I need sleep to be there for him');
  await popup.getByRole('button', { name: 'Save boundary' }).click();
  const sentence = 'When my brother calls after midnight, I will text back that I love him and will call in the morning, because I need sleep to be there for him.';
  await expect(popup.getByText(sentence)).toBeVisible();
  await popup.close();

  const again = await context.newPage();
  await again.goto(extensionUrl('extension/popup/index.html'));
  await expect(again.getByText(sentence)).toBeVisible();
  egress.assertNone();
});

test('the popup and the options page have no axe violations', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('extension/popup/index.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Alongside' })).toBeVisible();
  await expectNoAxeViolations(page, 'popup');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('call your local emergency number')).toBeVisible();
  await expectNoAxeViolations(page, 'popup with help open');
  await page.goto(extensionUrl('extension/options/index.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Alongside options' })).toBeVisible();
  await expectNoAxeViolations(page, 'options');
});

test('the extension asks for no site access at install', async ({ background }) => {
  const perms = await background.evaluate(() => chrome.permissions.getAll());
  expect(perms.origins ?? []).toEqual([]);
  // Each one is explained in the README, under "The extension's permissions".
  expect([...(perms.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
});

test('the popup says so when a newer Alongside upgrades its storage under it', async ({ context, extensionUrl, background }) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl('extension/popup/index.html'));
  // The popup has read its boundaries, so it holds the database open.
  await expect(popup.getByText('No boundaries yet.')).toBeVisible();
  // Another part of the extension opens it at a newer version (as an update would).
  await background.evaluate(async () => {
    const [{ version }] = (await indexedDB.databases()).filter((d) => d.name === 'alongside') as { version: number }[];
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('alongside', version + 1);
      open.onsuccess = () => resolve(open.result.close());
      open.onerror = () => reject(open.error);
    });
  });
  // Announced, and shown.
  await expect(popup.getByRole('alert').filter({ hasText: 'This copy of Alongside is older than the data saved on this device.' })).toHaveCount(1);
  await expect(popup.locator('p', { hasText: 'older than the data saved on this device. Please reload the page' })).toBeVisible();
});
