import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let run = 0; run < 3; run++) {
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile'] });
await page.goto('http://localhost:' + process.argv[2] + (process.argv[3] ?? '/course/week/1'));
await page.getByRole('heading', { level: 1 }).waitFor();
await page.waitForTimeout(1500);
const buf = await browser.stopTracing();
await context.close();
const events = JSON.parse(buf.toString()).traceEvents;
const mains = new Set(events.filter(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(e => `${e.pid}:${e.tid}`));
const tasks = events.filter(e => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && e.name === 'RunTask' && e.dur > 10000);
const t0 = Math.min(...tasks.map(t => t.ts));
const out = [];
for (const t of tasks) {
  const inside = events.filter(e => e.ph === 'X' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e !== t);
  const agg = new Map();
  for (const e of inside) if (/^(v8.evaluateModule|RunMicrotasks|Layout|UpdateLayoutTree|FunctionCall|EvaluateScript|ParseHTML|V8.CompileCode|MinorGC|MajorGC|TimerFire|EventDispatch|Paint|PrePaint|Commit|v8.compileModule|V8.ParseFunction)$/.test(e.name)) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur);
  const urls = [...new Set(inside.map(e => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.data?.fileName).filter(Boolean).map(u => u.replace(/.*\//, '')))].slice(0, 4);
  out.push(`@${((t.ts - t0)/1000).toFixed(0).padStart(5)} ${(t.dur/1000).toFixed(0).padStart(4)}ms ${urls.join(',')} | ` + [...agg].sort((a,b)=>b[1]-a[1]).slice(0,6).map(([k,v])=>`${k}=${(v/1000).toFixed(0)}`).join(' '));
}
console.log(out.join('\n')); console.log('--');
}
await browser.close();
