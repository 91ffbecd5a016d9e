import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await b.newContext({ viewport: { width: 412, height: 823 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto('http://localhost:' + (process.argv[3] ?? '4402') + (process.argv[2] ?? '/course/week/1'));
await page.waitForTimeout(4000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
// Walk samples; a "task" = run of non-idle samples with gaps < 1ms.
let t = profile.startTime; const tasks = []; let cur = null;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  const n = byId.get(id); const name = n.callFrame.functionName;
  if (name === '(idle)') { if (cur) { tasks.push(cur); cur = null; } return; }
  if (!cur) cur = { start: t, end: t, frames: new Map() };
  cur.end = t;
  // inclusive counts for every frame on the stack, excluding (root)
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) { const l = label(byId.get(x)); if (l.startsWith('(root)') || seen.has(l)) continue; seen.add(l); cur.frames.set(l, (cur.frames.get(l) ?? 0) + profile.timeDeltas[i]); }
});
if (cur) tasks.push(cur);
const t0 = profile.startTime;
for (const task of tasks.filter(x => x.end - x.start > 40000).slice(0, 12)) {
  console.log(`TASK at ${((task.start - t0) / 1000).toFixed(0)} ms, ${((task.end - task.start) / 1000).toFixed(0)} ms`);
  [...task.frames].sort((a, b) => b[1] - a[1]).slice(0, 14).forEach(([k, v]) => console.log('   ', (v / 1000).toFixed(0).padStart(5), k));
}
await b.close();
