import { expect } from '@playwright/test';
import { PWA_URL, button, choice, everythingKept, field, firefoxTest, tabWhere, text } from '../support/firefox.ts';

// Firefox's host patterns take no port (extension/site-origin.ts): this covers the course.
const test = firefoxTest(() => [`http://${new URL(PWA_URL).hostname}/*`]);

test('in Firefox: "Delete all my data" in the linked course deletes the add-on’s copy too, through the bridge, and says so', async ({ firefox }) => {
  const { browser, options, openExtensionPage } = firefox;
  await (await button(options, 'Link with the course')).click();
  const course = await tabWhere(browser, (href) => href.startsWith(`${PWA_URL}/settings`));
  await expect.poll(() => text(course), { timeout: 15_000 }).toContain('Linked with the Alongside extension.');

  const popup = await openExtensionPage('extension/popup/index.html');
  await (await field(popup, 'When this happens')).type('the shouting starts');
  await (await field(popup, 'I will')).type('leave the room and come back in ten minutes');
  await (await button(popup, 'Save boundary')).click();
  await expect.poll(() => text(popup)).toContain('When the shouting starts, I will leave the room and come back in ten minutes.');
  expect(await everythingKept(options)).toContain('the shouting starts');

  await course.goto(`${PWA_URL}/privacy`);
  await (await button(course, 'Delete all my data…')).click();
  await expect.poll(() => text(course)).toContain('so the extension’s copy will be deleted too');
  await (await choice(course, 'I understand this deletes everything')).click();
  await (await button(course, 'Delete everything')).click();
  await expect.poll(() => text(course), { timeout: 20_000 }).toContain('Everything is deleted');
  expect(await text(course)).toContain('The Alongside extension in this browser has deleted its copy too.');

  // Nothing of the person's is left in the add-on, and the bridge is gone with the rest.
  const kept = await everythingKept(options);
  expect(kept).not.toContain('the shouting starts');
  expect(await options.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});
