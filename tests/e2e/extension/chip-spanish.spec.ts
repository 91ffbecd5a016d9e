import { expect } from '../support/extension.ts';
import { answered, testWithGrantedSites, watchMark } from '../support/granted-sites.ts';
import { serveTestSite, turnOnSite } from '../support/test-site.ts';
import { ClosedShadow } from '../support/closed-shadow.ts';

/*
 * Issue #17: the reader learned from English, so on a message in Spanish it stays quiet
 * rather than guess, and despair in Spanish still brings help. No fixed sleep: the test
 * waits for the background's answer to the pause's read (granted-sites.ts `answered`),
 * then for a frame, and only then says the chip is absent. As in chip.spec.ts, the test
 * site is granted at install.
 */
const test = testWithGrantedSites(['http://127.0.0.1/*'], { watchMessages: true });

const PAGE = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Escribir un mensaje</title></head>
<body><main><h1>Mensaje nuevo</h1><label for="message">Mensaje</label><textarea id="message" rows="6" cols="60"></textarea></main></body></html>`;

const site = serveTestSite(PAGE);

/** Shouting, an absolute, a label: the English reader nudges its English twin. */
const HARD = 'NUNCA ME ESCUCHAS!!! Siempre es lo mismo contigo, eres un mentiroso.';
const DESPAIR = 'Ya no puedo más, mamá. Me quiero morir.';

test('a hard message in Spanish gets no chip, and the background says it did not read its wording; Spanish despair still gets help', async ({ context, extensionUrl, background }) => {
  const page = await context.newPage();
  await turnOnSite(page, extensionUrl('extension/options/index.html'), site.origin);
  await page.goto(`${site.origin}/`);
  const shadow = await ClosedShadow.open(page, 'alongside-chip');
  const chip = page.locator('alongside-chip');
  const message = page.getByRole('textbox', { name: 'Mensaje', exact: true });

  await message.click();
  let mark = await watchMark(background);
  await message.fill(HARD);
  expect(await answered(page, background, mark, 'read-message', { text: HARD })).toMatchObject({ nudge: false, help: null, cues: [], language: 'es', styleRead: false });
  await expect(chip).toHaveCount(0);

  mark = await watchMark(background);
  await message.fill(DESPAIR);
  expect(await answered(page, background, mark, 'read-message', { text: DESPAIR })).toMatchObject({ nudge: true, help: { need: 'crisis' }, styleRead: false });
  await expect(chip).toBeAttached();
  expect(await shadow.names('button')).toEqual(['Alongside: you don’t have to carry this alone', 'Not now']);
});
