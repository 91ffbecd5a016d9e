// The custom-elements manifest (custom-elements.json), generated from the components' JSDoc
// with @custom-elements-manifest/analyzer, for editors and documentation; and two checks on
// it that `npm test` runs: every element says what it is (a summary or a description), and
// every tag matches its file ("al-plan-editor" lives in plan-editor.ts; an app's root element
// in its *-app.ts or app-shell.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const DIST = process.env.ALONGSIDE_DIST ?? 'dist';
const out = `${DIST}/custom-elements.json`;
const run = spawnSync(
  'npx',
  ['cem', 'analyze', '--litelement', '--quiet', '--globs', 'shared/ui/**/*.ts', 'pwa/**/*.ts', 'extension/**/*.ts', '--exclude', '**/*.d.ts', '--outdir', DIST],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const manifest = JSON.parse(readFileSync(out, 'utf8'));
const problems = [];
let count = 0;
for (const mod of manifest.modules) {
  const file = mod.path.split('/').pop().replace(/\.ts$/, '');
  for (const d of mod.declarations ?? []) {
    if (!d.customElement) continue;
    count++;
    if (!d.summary && !d.description) problems.push(`${mod.path}: <${d.tagName}> has no JSDoc summary or description`);
    const names = new Set([`al-${file}`, `al-${file.replace(/-app$|-shell$/, '')}`]);
    if (!names.has(d.tagName)) problems.push(`${mod.path}: <${d.tagName}> should be <${[...names][0]}>, after its file`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${out}: ${count} elements, each described and named after its file`);
