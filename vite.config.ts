import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { VitePWA } from 'vite-plugin-pwa';
import { EXTENSION_ID } from './extension/extension-key.ts';
import manifest from './extension/manifest.config.ts';
import { tokenCss } from './shared/ui/tokens.ts';

/**
 * One config, two products:
 * - `vite build` → the PWA in dist/pwa (root: pwa/)
 * - `vite build --mode extension` → the MV3 extension in dist/extension (inputs from its manifest)
 * Both import the same code from shared/.
 */
/** Where builds go (ALONGSIDE_DIST moves them, so two builds and test runs can share a checkout). */
const DIST = process.env.ALONGSIDE_DIST ?? 'dist';

export default defineConfig(({ mode }): UserConfig => (mode === 'extension' ? extensionConfig() : pwaConfig()));

function extensionConfig(): UserConfig {
  return {
    root: '.',
    publicDir: 'extension/public',
    build: {
      outDir: `${DIST}/extension`,
      emptyOutDir: true,
      target: 'chrome116',
      sourcemap: false,
      // No <link rel=modulepreload>: from the in-page script it would be added to the web page
      // and point at that site's own server. Extension files load from disk anyway.
      modulePreload: false,
      // Pages the manifest doesn't name: a plan opened from its reminder, and the chip's
      // preview (the in-page panel in an open shadow root, for axe and screenshots).
      rollupOptions: { input: { plan: 'extension/plan/index.html', 'chip-preview': 'extension/dev/chip-preview.html' } },
    },
    plugins: [crx({ manifest }), chipTokens()],
    server: { port: 5174, strictPort: true },
  };
}

/**
 * `virtual:chip-tokens`: the design tokens for the in-page chip's shadow root
 * (`tokenCss(':host')` from shared/ui/tokens.ts), computed here at build time as a plain
 * string, so the content script doesn't ship Lit's element classes just to read them.
 */
function chipTokens(): Plugin {
  const id = 'virtual:chip-tokens';
  return {
    name: 'alongside-chip-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(tokenCss(':host').cssText)};` : null),
  };
}

function pwaConfig(): UserConfig {
  return {
    root: 'pwa',
    publicDir: 'public',
    build: { outDir: `../${DIST}/pwa`, emptyOutDir: true, target: 'es2022' },
    preview: { port: 4173, strictPort: true },
    // The extension the course may link with (its id is fixed by its key).
    define: { 'import.meta.env.VITE_EXTENSION_ID': JSON.stringify(EXTENSION_ID) },
    server: { port: 5173 },
    plugins: [
      VitePWA({
        strategies: 'generateSW',
        injectRegister: false,
        registerType: 'prompt',
        includeAssets: ['favicon.ico', 'icons/apple-touch-icon.png'],
        manifest: {
          name: 'Alongside — for families and supporters',
          short_name: 'Alongside',
          description:
            'A week-by-week course and toolkit for people supporting someone living with mental illness or addiction. Private: everything stays on your device.',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          background_color: '#faf6f1',
          theme_color: '#1d6561',
          lang: 'en',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
            { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // The whole shell and every lazily loaded screen and lesson: offline after one visit.
          globPatterns: ['**/*.{js,css,html,png,svg,ico,woff2}'],
          navigateFallback: '/index.html',
          cleanupOutdatedCaches: true,
          // No runtime caching of anything else: the product makes no other requests.
        },
      }),
    ],
  };
}
