// `npm run bench`: builds the product and prints every measured figure next to its budget,
// as a table, and writes the same to bench/results.json. Figures that depend on the
// machine are medians of several runs. Timings live here, never in tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4199;
const rows = [];

/** Adds a figure: `ok` is whether it meets its budget (undefined when there is no budget). */
function row(area, figure, value, unit, budget, ok) {
  rows.push({ area, figure, value: Number(value.toFixed(value < 10 ? 3 : 1)), unit, budget: budget ?? '', ok });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => bytes / 1024;

function step(name, cmd, args) {
  process.stdout.write(`▶ ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout);
    throw new Error(`${name} failed`);
  }
  return r.stdout;
}

// 1. Build both products, as people get them. A development build (extension/course-origin.ts),
// so it needs no https:// origin; the extension's few extra words don't move the figures.
process.env.ALONGSIDE_DEV_BUILD ??= '1';
step('Build', 'npm', ['run', 'build', '--silent']);

// 2. The PWA's first visit to the home screen, in real Chromium: what it fetches, and how much.
const executablePath = ensureChromium();
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await waitForServer(`http://localhost:${PORT}/`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  // The home screen's first visit, in each language the course offers: a Spanish browser
  // (es-MX) gets Spanish, whose strings load on demand. A language the build does not offer yet
  // shows English, and is left out of the table.
  const firstVisit = { en: { js: [], total: [] }, es: { js: [], total: [] } };
  for (const [language, locale] of [['en', 'en-GB'], ['es', 'es-MX']]) {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block', locale });
      const page = await context.newPage();
      const fetched = new Set();
      page.on('response', (res) => fetched.add(new URL(res.url()).pathname));
      await page.goto(`http://localhost:${PORT}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      if ((await page.evaluate(() => document.documentElement.lang)) !== language) {
        await context.close();
        break;
      }
      let js = 0;
      let total = 0;
      for (const path of fetched) {
        const file = join('dist/pwa', path === '/' ? 'index.html' : path);
        if (!existsSync(file) || !statSync(file).isFile()) continue;
        const size = gz(file);
        total += size;
        if (file.endsWith('.js')) js += size;
      }
      firstVisit[language].js.push(js);
      firstVisit[language].total.push(total);
      await context.close();
    }
  }
  // The journal with 10,000 and 50,000 entries: first screen after the data layer is ready, and search.
  for (const [count, firstScreenBudget, searchBudget] of [[10_000, 100, 25], [50_000, undefined, 50]]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    await page.evaluate(async (count) => {
      const words = ['walk', 'river', 'sleep', 'call', 'hope', 'tired', 'dinner', 'group', 'work', 'laugh', 'worry', 'garden'];
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('alongside');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('journal', 'readwrite');
      const now = Date.now();
      for (let i = 0; i < count; i++) {
        const t = now - i * 3_600_000;
        tx.objectStore('journal').put({
          id: `bench-${i}`, kind: i % 5 ? 'reflection' : 'note', week: (i % 8) + 1, prompt: `What did you notice this week? (${i})`,
          text: `Today I tried to ${words[i % 12]} and ${words[(i * 7) % 12]}. It was ${i % 3 ? 'hard' : 'a little easier'} than last time, entry ${i}.`,
          createdAt: t, updatedAt: t,
        });
      }
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    }, count);
    const waitFor = (name) => page.evaluate((n) => new Promise((resolve) => {
      const poll = () => {
        const all = performance.getEntriesByName(n);
        if (all.length) resolve(all[all.length - 1].duration);
        else setTimeout(poll, 20);
      };
      poll();
    }), name);
    const firstScreen = [];
    const search = [];
    const terms = ['river', 'garden easier', 'sleep', 'entry 9999', 'laugh hard'];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
      firstScreen.push(await waitFor('journal:first-screen'));
      // Every term in every run: one search a run left the median to a handful of samples.
      for (const term of terms) {
        await page.evaluate(() => performance.clearMeasures('journal:search'));
        await page.getByRole('searchbox', { name: /Search your journal/ }).or(page.getByRole('textbox', { name: /Search your journal/ })).fill(term);
        search.push(await waitFor('journal:search'));
      }
    }
    await context.close();
    const entries = count.toLocaleString('en-GB');
    if (firstScreenBudget) row('Data', `Journal first screen, ${entries} entries, after data ready`, median(firstScreen), 'ms', `< ${firstScreenBudget} ms`, median(firstScreen) < firstScreenBudget);
    else row('Data', `Journal first screen, ${entries} entries, after data ready`, median(firstScreen), 'ms', '', undefined);
    row('Data', `Journal search, ${entries} entries`, median(search), 'ms', `< ${searchBudget} ms`, median(search) < searchBudget);
  }

  await browser.close();
  // Lighthouse, mobile settings, on the screens people use most. Five runs each: Lighthouse's
  // own advice for its variability (docs/variability.md: the median of five runs about halves it).
  // Seven runs of one build on a lesson, one after another on this machine, scored 86 to 97.
  for (const [name, path] of process.env.BENCH_SKIP_LIGHTHOUSE ? [] : [['home', '/'], ['a lesson', '/course/week/1'], ['the journal', '/journal']]) {
    const scores = { performance: [], accessibility: [], 'best-practices': [] };
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const out = spawnSync('npx', ['lighthouse', `http://localhost:${PORT}${path}`, '--quiet', '--output=json', '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 64 * 2 ** 20 });
      if (out.status !== 0) throw new Error(`Lighthouse failed on ${path}: ${out.stderr.slice(-500)}`);
      const report = JSON.parse(out.stdout);
      for (const k of Object.keys(scores)) scores[k].push(Math.round(report.categories[k].score * 100));
    }
    row('Lighthouse', `Performance, ${name} (runs ${Math.min(...scores.performance)}–${Math.max(...scores.performance)})`, median(scores.performance), '', '≥ 95', median(scores.performance) >= 95);
    row('Lighthouse', `Accessibility, ${name}`, median(scores.accessibility), '', '100', median(scores.accessibility) === 100);
    row('Lighthouse', `Best practices, ${name}`, median(scores['best-practices']), '', '100', median(scores['best-practices']) === 100);
  }
  // Accessibility in Spanish (issue #17), when the build offers it: a browser set to es-MX opens the
  // course in Spanish. One run each: the score does not vary from run to run as timing does.
  for (const [name, path] of process.env.BENCH_SKIP_LIGHTHOUSE || !firstVisit.es.js.length ? [] : [['home', '/'], ['a lesson', '/course/week/1'], ['the journal', '/journal']]) {
    const out = spawnSync('npx', ['lighthouse', `http://localhost:${PORT}${path}`, '--quiet', '--output=json', '--only-categories=accessibility',
      `--chrome-flags=--headless=new --lang=es-MX ${CHROMIUM_FLAGS.join(' ')}`], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: executablePath, LANGUAGE: 'es_MX' }, maxBuffer: 64 * 2 ** 20 });
    if (out.status !== 0) throw new Error(`Lighthouse failed on ${path} in Spanish: ${out.stderr.slice(-500)}`);
    const score = Math.round(JSON.parse(out.stdout).categories.accessibility.score * 100);
    row('Lighthouse', `Accessibility, ${name}, in Spanish`, score, '', '100', score === 100);
  }
  for (const [language, { js, total }] of Object.entries(firstVisit)) {
    if (!js.length) continue;
    const inWhat = language === 'en' ? '' : ', in Spanish';
    row('PWA', `JavaScript for the home screen (gzip)${inWhat}`, kb(median(js)), 'KB', '≤ 60 KB', kb(median(js)) <= 60);
    row('PWA', `First visit transfer for home (gzip)${inWhat}`, kb(median(total)), 'KB', '≤ 150 KB', kb(median(total)) <= 150);
  }
} finally {
  process.kill(-server.pid);
}

// Everything the service worker precaches, for the record (not a first-load cost).
const precache = readdirSync('dist/pwa/assets').filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(join('dist/pwa/assets', f)), 0);
row('PWA', 'All screens and lessons, precached (gzip)', kb(precache), 'KB', '', undefined);

// 3. The extension's in-page script: one self-contained file (vite.config.ts, IN_PAGE_SCRIPT).
const contentGz = gz('dist/extension/content/alongside-in-page.js');
row('Extension', 'Content script (gzip)', kb(contentGz), 'KB', '≤ 15 KB', kb(contentGz) <= 15);

// 3b. One pause in typing on an enabled site, in Chromium: the in-page script's message to the
// background and the answer back, with the background's checks and the read in between.
{
  const { benchTypingPause } = await import('./bench-typing-pause.mjs');
  for (const r of await benchTypingPause(ensureChromium(), RUNS * 40)) {
    const n = r.chars.toLocaleString('en');
    if (r.chars === 200) row('Extension', 'First typing pause after the site is turned on, 200 characters', r.firstMs, 'ms', '', undefined);
    row('Extension', `Typing pause, message to background and back, ${n} characters (p95)`, r.p95Ms, 'ms', r.chars === 2000 ? '< 16 ms' : '', r.chars === 2000 ? r.p95Ms < 16 : undefined);
  }
}

// 3c. Typing a reply above 60 KB of quoted thread: the page's script and main-thread time with
// Alongside on and off there (same page, same keys, interleaved runs; medians).
{
  const { benchQuotedThread } = await import('./bench-typing-pause.mjs');
  const r = await benchQuotedThread(ensureChromium(), RUNS);
  const what = `typing ${r.chars} characters above 60 KB of quoted thread`;
  row('Extension', `Page script time, ${what}, site off`, r.off.scriptMs, 'ms', '', undefined);
  row('Extension', `Page script time, ${what}, site on`, r.on.scriptMs, 'ms', '', undefined);
  // For the record, not budgeted: this page runs little script of its own, so a fixed cost
  // (the pause's read, the chip drawn once, its forced layout counted as script) shows as a large ratio.
  row('Extension', 'Page script time there, on ÷ off (median of pairs)', r.scriptRatio, '×', '', undefined);
  row('Extension', 'Page script time there, Alongside’s share per character typed', (r.on.scriptMs - r.off.scriptMs) / r.chars, 'ms', '', undefined);
  // Main-thread time as CPU time (ThreadTime): the budget's measure. The same as wall-clock task
  // time (TaskDuration) on an idle machine, but task time also counts moments the OS ran
  // another process, so on a busy one it measures the machine as much as the page.
  row('Extension', `Page main-thread CPU time, ${what}, site off`, r.off.cpuMs, 'ms', '', undefined);
  row('Extension', `Page main-thread CPU time, ${what}, site on`, r.on.cpuMs, 'ms', '', undefined);
  row('Extension', 'Page main-thread CPU time there, on ÷ off (median of side-by-side pairs)', r.cpuRatio, '×', '≤ 1.05', r.cpuRatio <= 1.05);
  row('Extension', `Page main-thread task time (wall clock), ${what}, site off`, r.off.taskMs, 'ms', '', undefined);
  row('Extension', `Page main-thread task time (wall clock), ${what}, site on`, r.on.taskMs, 'ms', '', undefined);
  row('Extension', 'Page main-thread task time (wall clock) there, on ÷ off (median of pairs)', r.taskRatio, '×', '', undefined);
}

// 4. The message reader (rules + nudge model, as the background reads), in Node.
if (existsSync('scripts/bench-detector.ts')) {
  const report = JSON.parse(step('Message reader', 'npx', ['tsx', 'scripts/bench-detector.ts', '--json']));
  for (const s of report.sizes) {
    const n = s.chars.toLocaleString('en');
    row('Reader', `Median, ${n} characters of corpus messages (rules + model)`, s.medianMs, 'ms', '', undefined);
    row('Reader', `95th percentile, ${n} characters of corpus messages (rules + model)`, s.p95Ms, 'ms', s.chars === 2000 ? '< 1 ms' : '', s.chars === 2000 ? s.p95Ms < 1 : undefined);
    row('Reader', `95th percentile, ${n} characters, rules alone`, s.rulesP95Ms, 'ms', '', undefined);
  }
  row('Reader', 'First read after the background starts (load, decode model, compile lexicon, read 2,000 characters)', report.coldStart.totalMs, 'ms', '< 100 ms', report.coldStart.totalMs < 100);
  row('Reader', 'First read after the background starts, a 200-character message', report.coldStartShort.totalMs, 'ms', '< 100 ms', report.coldStartShort.totalMs < 100);
  row('Reader', 'Model weights file (gzip)', kb(report.weights.gzipBytes), 'KB', '', undefined);
  row('Reader', 'Model weights file', kb(report.weights.bytes), 'KB', '', undefined);
  // The honest figures: the frozen held-out split, never trained or tuned on.
  const h = report.heldOut;
  // Judged on the exact share, not the rounded figure (283 of 333 is 0.8498, not 0.85).
  const exactRecall = h.standard.tp / Math.max(1, h.standard.tp + h.standard.fn);
  const exactPrecision = h.standard.tp / Math.max(1, h.standard.tp + h.standard.fp);
  row('Reader', `Precision on ${h.standard.messages} held-out messages, standard (never tuned on)`, exactPrecision, '', '≥ 0.92', exactPrecision >= 0.92);
  row('Reader', `Recall on ${h.standard.messages} held-out messages, standard (never tuned on)`, exactRecall, '', '≥ 0.85', exactRecall >= 0.85);
  row('Reader', `F1 on ${h.standard.messages} held-out messages, standard`, h.standard.f1, '', '', undefined);
  row('Reader', `Precision on held-out, gentle`, h.gentle.precision, '', '', undefined);
  row('Reader', `Recall on held-out, gentle`, h.gentle.recall, '', '', undefined);
  for (const k of Object.values(h.byKind)) {
    row('Reader', `F1 on held-out ${k.kind} messages (${k.messages}; precision ${k.precision}, recall ${k.recall})`, k.f1, '', '', undefined);
  }
  // Issue #17: quiet on Spanish rather than guess, and help all the same (scripts/bench-spanish.ts).
  const es = report.spanish;
  row('Reader', `Spanish messages: ${es.styleNudges} style nudges on ${es.messages} (should be 0); help found on ${es.helpFound} of ${es.helpMessages} despair/danger messages`, es.styleNudges, '', '0', es.styleNudges === 0 && es.helpFound === es.helpMessages);
}

// 4b. Prompt search, on every keystroke in the library and the plan's picker.
if (existsSync('scripts/bench-search.ts')) {
  for (const r of JSON.parse(step('Prompt search', 'npx', ['tsx', 'scripts/bench-search.ts', '--json']))) {
    row('Toolkit', `Prompt search, one keystroke, ${r.prompts} prompts (p95)`, r.p95Ms, 'ms', '< 5 ms', r.p95Ms < 5);
  }
}

// 5. Backup and the app lock, in Node with fake-indexeddb.
if (existsSync('scripts/bench-backup.ts')) {
  const report = JSON.parse(step('Backup and lock', 'npx', ['tsx', 'scripts/bench-backup.ts', '--json']));
  for (const s of report.sizes) {
    const n = s.records.toLocaleString('en');
    row('Backup', `Export, ${n} records (${s.fileMb} MB file)`, s.exportMs, 'ms', '', undefined);
    row('Backup', `Export with a passphrase, ${n} records`, s.exportProtectedMs, 'ms', '', undefined);
    row('Backup', `Import (replace everything), ${n} records`, s.importReplaceMs, 'ms', '', undefined);
    row('Backup', `Import (add to what I have), ${n} records`, s.importMergeMs, 'ms', '', undefined);
    row('Lock', `Turn the lock on (seal), ${n} records`, s.lockOnMs, 'ms', '', undefined);
    row('Lock', `Read everything with the lock on, ${n} records`, s.readAllLockedMs, 'ms', '', undefined);
  }
  row('Lock', `Unlock (PBKDF2 ${report.pbkdf2Iterations.toLocaleString('en')} iterations + check)`, report.unlockMs, 'ms', '< 1,000 ms', report.unlockMs < 1000);
}

// The table, and the same as JSON.
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
console.log(`\nAlongside bench — ${date} — ${machine} — medians of ${RUNS} runs where timed\n`);
const header = ['Area', 'Figure', 'Value', 'Budget', ''];
const lines = rows.map((r) => [r.area, r.figure, `${r.value} ${r.unit}`.trim(), r.budget, r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER']);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const fmt = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ date, machine, runs: RUNS, figures: rows }, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
if (rows.some((r) => r.ok === false)) {
  console.log('Some figures are over budget.');
  process.exitCode = 1;
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The preview server did not start at ${url}`);
}
