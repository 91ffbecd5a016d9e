import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require('source-map-js');
const DIR = '/tmp/dist-nm/pwa/assets/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const selfBySource = new Map(); const topLines = new Map();
const maps = new Map();
const mapFor = (url) => { const f = url.split('/assets/')[1]; if (!maps.has(f)) { try { maps.set(f, { smc: new SourceMapConsumer(JSON.parse(readFileSync(DIR + f + '.map', 'utf8'))), lines: readFileSync(DIR + f, 'utf8').split('\n') }); } catch { maps.set(f, null); } } return maps.get(f); };
const R = 4;
for (let r = 0; r < R; r++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto('http://localhost:4193' + process.argv[2]);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(400);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const total = new Map(); // node id -> ms
  profile.samples.forEach((id, i) => total.set(id, (total.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  for (const n of profile.nodes) {
    const ms = total.get(n.id) ?? 0;
    const cf = n.callFrame;
    let src = cf.functionName ? `(${cf.functionName})` : '(anon)';
    if (cf.url.includes('/assets/')) {
      const m = mapFor(cf.url);
      // per-line ticks inside the function: attribute by line to source
      if (m && n.positionTicks?.length) {
        const sum = n.positionTicks.reduce((a, p) => a + p.ticks, 0);
        for (const pt of n.positionTicks) {
          const o = m.smc.originalPositionFor({ line: pt.line, column: (m.lines[pt.line - 1]?.search(/\S/) ?? 0) });
          const s = (o.source ?? '?').replace(/.*work\/main\//, '').replace(/^(\.\.\/)+/, '');
          selfBySource.set(s, (selfBySource.get(s) ?? 0) + ms * pt.ticks / sum / R);
          if (cf.lineNumber === 0 && cf.columnNumber === 0) { const k = `${s}:${o.line}`; topLines.set(k, (topLines.get(k) ?? 0) + ms * pt.ticks / sum / R); }
        }
        continue;
      }
      const o = m?.smc.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
      src = (o?.source ?? cf.url).replace(/.*work\/main\//, '').replace(/^(\.\.\/)+/, '');
    }
    selfBySource.set(src, (selfBySource.get(src) ?? 0) + ms / R);
  }
}
console.log('SELF by source'); console.log([...selfBySource].sort((a, b) => b[1] - a[1]).slice(0, 28).map(([k, v]) => `${v.toFixed(1).padStart(6)}ms ${k}`).join('\n'));
console.log('TOP-LEVEL lines'); console.log([...topLines].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(1).padStart(6)}ms ${k}`).join('\n'));
await browser.close();
