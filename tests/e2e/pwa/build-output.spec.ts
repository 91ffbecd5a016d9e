import { expect, test } from '../support/pwa-test.ts';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { IN_PAGE_SCRIPT } from '../../../extension/in-page-script.ts';
import { importsToHoist } from '../../../scripts/hoist-transitive-imports.ts';
import { staticImportsIn } from '../../support/built-imports.ts';

const DIST = process.env.ALONGSIDE_DIST ?? 'dist';

test('the build wrote an installable PWA and an MV3 extension', async ({ request }) => {
  const ext = JSON.parse(readFileSync(`${DIST}/extension/manifest.json`, 'utf8'));
  expect(ext.manifest_version).toBe(3);
  for (const page of [ext.action.default_popup, ext.options_page, ext.background.service_worker]) {
    expect(existsSync(`${DIST}/extension/${page}`), page).toBe(true);
  }
  expect(ext.host_permissions ?? []).toEqual([]);
  // No file a web site could fetch to learn Alongside is installed; the in-page script is
  // one classic script that loads nothing else (chip.spec.ts tries the fetch from a site).
  expect(ext.web_accessible_resources ?? []).toEqual([]);
  const inPage = readFileSync(`${DIST}/extension/${IN_PAGE_SCRIPT}`, 'utf8');
  expect(inPage).not.toMatch(/\bimport\s*[({"'*]|\bexport\s*[{*]|getURL\(/);
  expect(existsSync(`${DIST}/pwa/sw.js`)).toBe(true);
  expect(existsSync(`${DIST}/pwa/manifest.webmanifest`)).toBe(true);

  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Alongside'), start_url: '/', display: 'standalone', theme_color: expect.any(String) });
  const sizes = (purpose: string) => manifest.icons.filter((i: { purpose: string }) => i.purpose === purpose).map((i: { sizes: string }) => i.sizes);
  expect(sizes('maskable')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);

  // The Spanish manifest: the same app in Spanish words, linked from a Spanish page (pwa/language.ts).
  const spanish = await (await request.get('/manifest-es.webmanifest')).json();
  expect(manifest.lang).toBe('en');
  expect(spanish).toMatchObject({ lang: 'es', name: expect.stringContaining('para familias'), short_name: manifest.short_name, start_url: '/', icons: manifest.icons });
});

test("a screen's code names every file it needs, so a browser asks for them all at once", () => {
  // scripts/hoist-transitive-imports.ts: without it, each level of shared code cost a phone one
  // more round trip before the screen could draw.
  const assets = `${DIST}/pwa/assets`;
  const importsOf = new Map(
    readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, staticImportsIn(readFileSync(`${assets}/${f}`, 'utf8'))]),
  );
  const lesson = [...importsOf.keys()].find((f) => f.startsWith('lesson-page-'));
  expect(importsOf.get(lesson!)?.length, 'the lesson imports shared code').toBeGreaterThan(3);
  for (const file of importsOf.keys()) {
    expect(importsToHoist(file, (f) => importsOf.get(f) ?? []), `${file} reaches these only through other files`).toEqual([]);
  }
});
