// Screenshots of every screen at phone and desktop width, for a person to look at.
// Not a test: it asserts nothing. It walks a fresh profile through getting started and adds a
// little of everything (a reflection, a check-in, a star, a boundary, a plan, a class), so the
// screens show what a person in week 2 would see, then photographs each route and the extension.
//
//   npm run build && npm run screenshots [name ...]   → .cache/screenshots/{phone,desktop,extension}/*.png
//
// ALONGSIDE_DIST and ALONGSIDE_PORT work as for the tests; the build must be made for that port.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { saveBoundaryWithBuilder, fillBoundaryBuilder } from '../tests/e2e/support/boundary-builder.ts';

const DIST = resolve(process.env.ALONGSIDE_DIST ?? 'dist');
const PORT = process.env.ALONGSIDE_PORT ?? '4178';
const ORIGIN = `http://localhost:${PORT}`;
/** ALONGSIDE_SCREENSHOT_LANGUAGE=es: the same screens in Spanish (seeded in English, then switched in Settings), in .cache/screenshots-es. */
const LANGUAGE = process.env.ALONGSIDE_SCREENSHOT_LANGUAGE === 'es' ? 'es' : 'en';
const OUT = resolve(LANGUAGE === 'es' ? '.cache/screenshots-es' : '.cache/screenshots');
const ONLY = process.argv.slice(2);
const wanted = (name: string) => ONLY.length === 0 || ONLY.includes(name);

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
};
/** Long lists (106 prompts) are photographed to this height: what a person sees first. */
const MAX_HEIGHT = 4000;

type Prepare = (page: Page) => Promise<unknown>;
/** Opens a lesson step from the "All steps" list, by its name or its place in the list. */
const openStep = (step: string | number): Prepare => async (page) => {
  await page.getByText('All steps in this week').click();
  const buttons = page.getByRole('list').getByRole('button');
  await (typeof step === 'number' ? buttons.nth(step) : buttons.filter({ hasText: step }).first()).click();
};

/** Screens to photograph: name, path, and an optional step that sets the screen up first. */
const SCREENS: [string, string, Prepare?][] = [
  ['home', '/'],
  ['outline', '/course'],
  ['lesson-welcome', '/course/week/1'],
  ['lesson-story', '/course/week/1', openStep(5)],
  ['lesson-reflect', '/course/week/1', openStep('Reflect')],
  ['lesson-section', '/course/week/4', openStep(2)],
  ['lesson-week6', '/course/week/6', openStep('In an emergency')],
  ['lesson-treatments', '/course/week/9', openStep('The main medicines, in plain words')],
  ['lesson-treatments-story', '/course/week/9', openStep('The list of questions')],
  ['find-support', '/support'],
  ['handout', '/course/week/5/handout'],
  ['journal', '/journal'],
  ['check-in', '/check-in'],
  ['star', '/star'],
  ['help', '/help'],
  ['toolkit', '/toolkit'],
  ['prompts', '/prompts'],
  ['boundaries', '/boundaries'],
  ['builder-review', '/boundaries', (page) => fillBoundaryBuilder(page, { situation: 'when you ask me for money', action: 'You must stop drinking', words: 'You must stop drinking.' })],
  ['plans', '/plans'],
  ['plan-new', '/plans/new'],
  ['plan', '/plans', (page) => page.getByRole('link', { name: /^Talk with Sam/ }).click()],
  ['rehearse', '/plans', async (page) => {
    await page.getByRole('link', { name: /^Talk with Sam/ }).click();
    await page.getByRole('link', { name: 'Rehearse this talk' }).click();
  }],
  ['practice', '/practice'],
  ['patterns', '/patterns'],
  ['plan-template', '/plans/new?template=suggesting-treatment'],
  ['crisis-plan', '/crisis-plan'],
  ['settings', '/settings'],
  ['lock', '/settings/lock'],
  ['backup', '/backup'],
  ['privacy', '/privacy'],
  ['facilitate', '/facilitate', makeClassPack],
  ['join-preview', '/facilitate', async (page) => page.goto(await makeClassPack(page))],
  ['session', '/facilitate/session/4'],
  ['present', '/facilitate/present/4'],
  ['share', '/share'],
  ['start', '/start'],
];

function serve() {
  return spawn('npx', ['vite', 'preview', '--port', PORT, '--strictPort'], { stdio: 'ignore', env: process.env, detached: true });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The course did not start on ${ORIGIN}`);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  // Let fades finish, so the picture shows the colours people see.
  await page.waitForTimeout(500);
}

/** A class of eight Tuesday meetings; returns the member's link. */
async function makeClassPack(page: Page): Promise<string> {
  await page.getByLabel('Class name').fill('Tuesday family group');
  await page.getByLabel('Your first name').fill('Sam');
  await page.getByLabel('Where you meet').fill('Riverside Community Centre, Room 2');
  await page.getByLabel('How many meetings').fill('8');
  await page.getByLabel('Starting from').fill('2026-12-01');
  await page.getByLabel('On', { exact: true }).selectOption({ label: 'Tuesdays' });
  await page.getByLabel('At', { exact: true }).fill('18:30');
  await page.getByRole('button', { name: 'Make 8 weekly meetings' }).click();
  await page.getByRole('button', { name: 'Make the class pack' }).click();
  return page.getByRole('textbox', { name: 'Class link' }).inputValue();
}

/** What a person in their second week has written: each step on its own, so one change in the UI spoils one picture, not all. */
const SEEDS: [string, Prepare][] = [
  ['getting started', async (page) => {
    await page.goto(`${ORIGIN}/start`);
    await page.getByRole('radio', { name: 'My partner' }).check();
    await page.getByRole('radio', { name: 'Substance use (alcohol or drugs)' }).check();
    await page.getByRole('button', { name: 'Start the course' }).click();
  }],
  ['all weeks open', async (page) => {
    await page.goto(`${ORIGIN}/settings`);
    await page.getByRole('radio', { name: 'All weeks open now' }).check();
  }],
  ['a reflection', async (page) => {
    await page.goto(`${ORIGIN}/course/week/1`);
    await openStep('Reflect')(page);
    await page.getByRole('textbox').first().fill('Jo used to love the climbing gym. Maybe a good life, for Jo, has that in it again.');
    await page.waitForTimeout(800);
  }],
  ['a check-in', async (page) => {
    await page.goto(`${ORIGIN}/check-in`);
    await page.getByRole('group', { name: /^Stress/ }).getByRole('radio').nth(3).check();
    await page.getByRole('group', { name: /^Hope/ }).getByRole('radio').nth(2).check();
    await page.getByRole('textbox', { name: 'One sentence about my week' }).fill('A hard week, but we talked on Sunday.');
    await page.getByRole('button', { name: 'Save check-in' }).click();
  }],
  ['a star', async (page) => {
    await page.goto(`${ORIGIN}/star`);
    for (const group of await page.getByRole('group').all()) {
      const radios = group.getByRole('radio');
      if ((await radios.count()) >= 5) await radios.nth(1 + Math.floor(Math.random() * 2)).check();
    }
    await page.getByRole('button', { name: 'Save my star' }).click();
  }],
  ['a boundary', async (page) => {
    await page.goto(`${ORIGIN}/boundaries`);
    await saveBoundaryWithBuilder(page, {
      situation: 'when you have been drinking and want to talk about money',
      feeling: 'worried and tired',
      action: 'say no kindly and talk again in the morning',
      reason: 'I want our talks to be calm, and I care about you',
      words: 'I love you. Let’s talk about this tomorrow morning, over coffee.',
    });
  }],
  ['a plan', async (page) => {
    await page.goto(`${ORIGIN}/plans/new`);
    await page.getByRole('textbox', { name: 'Who you will talk with' }).fill('Sam');
    await page.getByRole('textbox', { name: 'What it is about' }).fill('money for rent');
    await page.getByRole('textbox', { name: 'My goal' }).fill('That Sam knows I care, and hears one worry.');
    await page.getByRole('textbox', { name: 'A good time and place' }).fill('Saturday morning, on a walk');
    await page.getByRole('textbox', { name: 'My opening line' }).fill('Can I share something I’ve noticed? It’s okay to say no.');
    await page.getByRole('textbox', { name: 'Key point 1' }).fill('I love you, and I want to help.');
    await page.getByRole('searchbox', { name: 'Find a prompt to add' }).fill('money');
    await page.getByRole('button', { name: /^Add:/ }).first().click();
    await page.getByRole('textbox', { name: 'My exit line if it gets heated' }).fill('I want to hear you, and I’m getting upset. Can we take ten minutes?');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
  }],
];

async function seed(page: Page): Promise<void> {
  for (const [what, step] of SEEDS) {
    try {
      await step(page);
      await settle(page);
    } catch (error) {
      console.warn(`  could not add ${what}: ${String((error as Error).message).split('\n')[0]}`);
    }
  }
}

async function shoot(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const { width } = page.viewportSize()!;
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
}

async function photographPwa(browser: Browser): Promise<void> {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const dir = join(OUT, size);
    mkdirSync(dir, { recursive: true });
    const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await seed(page);
    if (LANGUAGE === 'es') {
      await page.goto(`${ORIGIN}/settings`);
      await page.getByRole('radio', { name: 'Español' }).check();
      await page.locator('html[lang="es"]').waitFor();
    }
    for (const [name, path, prepare] of SCREENS) {
      if (!wanted(name)) continue;
      await page.goto(`${ORIGIN}${path}`);
      await settle(page);
      try {
        if (prepare) await prepare(page);
        await settle(page);
      } catch (error) {
        console.warn(`  ${name}: could not set up (${String((error as Error).message).split('\n')[0]})`);
      }
      await shoot(page, join(dir, `${name}.png`));
      console.log(`${size}/${name}.png`);
    }
    await context.close();
  }
}

async function photographExtension(): Promise<void> {
  const extensionDir = join(DIST, 'extension');
  const profile = mkdtempSync(join(tmpdir(), 'alongside-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(LANGUAGE === 'es' ? ['--lang=es'] : [])],
    // On Linux, Chromium takes its own language from LANGUAGE.
    ...(LANGUAGE === 'es' ? { env: { ...process.env, LANGUAGE: 'es' }, locale: 'es' } : {}),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}`;
    const dir = join(OUT, 'extension');
    mkdirSync(dir, { recursive: true });
    const page = await context.newPage();
    const take = async (name: string) => {
      await settle(page);
      await shoot(page, join(dir, `${name}.png`));
      console.log(`extension/${name}.png`);
    };
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(url('extension/popup/index.html'));
    await take('popup');
    if (wanted('quick-prep')) {
      await page.getByRole('button', { name: 'I’m about to have a hard conversation' }).click();
      await take('quick-prep-1-breathe');
      await page.getByRole('button', { name: 'I’m ready' }).click();
      await page.getByRole('radio').first().check();
      await take('quick-prep-2-goal');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('radio').first().check();
      await take('quick-prep-3-opening');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await take('quick-prep-4-ready');
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [name, path] of [
      ['options', 'extension/options/index.html'],
      ['plan-page', 'extension/plan/index.html'],
    ] as const) {
      if (!wanted(name)) continue;
      await page.goto(url(path));
      await take(name);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = serve();
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  try {
    await photographPwa(browser);
  } finally {
    await browser.close();
  }
  await photographExtension();
  console.log(`Screenshots in ${OUT}`);
} finally {
  // The server runs in its own process group, so npx and vite stop together.
  process.kill(-server.pid!);
}
