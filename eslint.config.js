// Lint: typescript-eslint's recommended and stylistic rules (syntax only: the type checker is
// `tsc`, TypeScript 7, which has no JavaScript API; typescript-eslint parses with the
// TypeScript 6 API, installed as `typescript` for exactly this, as TypeScript 7's release notes
// advise), and the Lit and web-component rules for templates and element lifecycles.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', '.cache/**', 'node_modules/**', 'test-results/**', 'bench/**', 'shared/ui/base/locales/**', 'pwa/strings/**'] }, // locales/ and pwa/strings/: written by npm run localize
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.stylistic,
  {
    // Plain JavaScript scripts run in Node, and hand functions to the browser (page.evaluate).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // A leading "_" names what destructuring leaves out on purpose ({ id: _id, ...rest }).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `() => {}` is the house's "nothing to undo yet" default; an empty method is still a smell.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
    },
  },
  {
    files: ['shared/**/*.ts', 'pwa/**/*.ts', 'extension/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['shared/**/*.ts', 'pwa/**/*.ts', 'extension/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
