#!/usr/bin/env node
/* global window, document, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// Real-browser check of every Storybook story, in Debian's Chromium through playwright-core.
//
//   node packages/react-components/scripts/browser-check.mjs                 build, open every story, check
//   node packages/react-components/scripts/browser-check.mjs --no-build      reuse storybook-static/
//   node packages/react-components/scripts/browser-check.mjs --screenshots   refresh docs/screenshots/ (persona pages)
//   node packages/react-components/scripts/browser-check.mjs --only workqueue
//
// For each story listed in storybook-static/index.json it waits until Storybook reports the
// story finished (render, play function, the a11y addon's afterEach), then fails on: a console
// error or uncaught exception, a failed play function, any axe-core violation (axe injected into
// the page, run on #storybook-root), and in the 10,000-account WorkQueue story, 100 or more
// cards in the DOM (checked at the top, the middle and the end of the list), or keys that do not
// move focus through it (End, Page Up, Home). Screenshots of every
// story go to the git-ignored artifacts/storybook/, and a JSON report to artifacts/browser-check.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(pkgDir, '../..');
const staticDir = join(pkgDir, 'storybook-static');
const artifacts = join(repoRoot, 'artifacts');
const shotsDir = join(artifacts, 'storybook');
const docsShots = join(repoRoot, 'docs', 'screenshots');
const require = createRequire(join(pkgDir, 'package.json'));

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1]?.toLowerCase() : undefined;
const screenshotsMode = flag('--screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BIG_QUEUE_STORY = 'work-queue-workqueue--ten-thousand-accounts';
const STORY_TIMEOUT_MS = 30_000;

const t0 = performance.now();
const ms = (since) => Math.round(performance.now() - since);
const log = (line) => process.stdout.write(`${line}\n`);

if (!existsSync(chromiumPath)) {
  log(
    `browser-check: ${chromiumPath} not found. Install it with: apt-get update && apt-get install -y chromium fonts-liberation`,
  );
  process.exit(1);
}

// 1. Build Storybook statically.
let buildMs = 0;
if (!flag('--no-build') || !existsSync(join(staticDir, 'index.json'))) {
  const started = performance.now();
  const sbPkg = require.resolve('storybook/package.json');
  const bin = join(dirname(sbPkg), JSON.parse(readFileSync(sbPkg, 'utf8')).bin);
  log('browser-check: building Storybook…');
  const r = spawnSync(process.execPath, [bin, 'build', '-o', staticDir, '--quiet', '--disable-telemetry'], {
    cwd: pkgDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      STORYBOOK_DISABLE_TELEMETRY: '1',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=4096'].filter(Boolean).join(' '),
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    log('browser-check: storybook build failed');
    process.exit(1);
  }
  buildMs = ms(started);
  log(`browser-check: built in ${(buildMs / 1000).toFixed(1)} s`);
}

// 2. Serve it on 127.0.0.1.
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // Browsers ask for /favicon.ico on their own; Storybook ships an SVG one.
  const pathname = url.pathname === '/favicon.ico' ? '/favicon.svg' : url.pathname;
  let path = normalize(join(staticDir, decodeURIComponent(pathname)));
  if (!path.startsWith(staticDir)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// 3. The stories.
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
let stories = Object.values(index.entries).filter((e) => e.type === 'story');
const isPage = (s) => s.title === 'Pages';
// `npm run screenshots`: the three persona pages (light theme) into docs/screenshots/.
const PERSONAS = new Set(['Collector queue', 'Manager team dashboard', 'Admin agency dashboard']);
const isPersona = (s) => isPage(s) && PERSONAS.has(s.name);
if (screenshotsMode) stories = stories.filter(isPersona);
if (only) stories = stories.filter((s) => s.id.includes(only));

const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-dev-shm-usage',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
});
// Hook Storybook's channel as soon as the preview creates it, to learn when a story finished.
await context.addInitScript(() => {
  const hook = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return void setTimeout(hook, 5);
    channel.on('storyFinished', (e) => (window.__hlFinished = e));
    channel.on('playFunctionThrewException', (e) => (window.__hlPlayError = e));
    channel.on('storyThrewException', (e) => (window.__hlStoryError = e));
    channel.on('storyErrored', (e) => (window.__hlStoryError = e));
    channel.on('storyMissing', (e) => (window.__hlStoryError = { message: `story missing: ${e}` }));
  };
  hook();
});

mkdirSync(shotsDir, { recursive: true });
if (screenshotsMode) mkdirSync(docsShots, { recursive: true });

const results = [];
let bigQueue;

async function checkStory(page, story) {
  const started = performance.now();
  const consoleErrors = [];
  const onConsole = (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  };
  const onPageError = (err) => consoleErrors.push(`uncaught: ${err.message}`);
  const failedRequests = [];
  const onResponse = (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.status()} ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  const problems = [];
  let axeViolations = [];
  let cards;
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__hlFinished || window.__hlStoryError, null, { timeout: STORY_TIMEOUT_MS });
    const state = await page.evaluate(() => ({
      finished: window.__hlFinished,
      playError: window.__hlPlayError,
      storyError: window.__hlStoryError,
    }));
    if (state.storyError) problems.push(`story error: ${state.storyError.message ?? JSON.stringify(state.storyError)}`);
    if (state.playError)
      problems.push(`play function failed: ${state.playError.message ?? JSON.stringify(state.playError)}`);
    if (state.finished?.status === 'error') {
      const failed = (state.finished.reporters ?? []).filter((r) => r.status === 'failed').map((r) => r.type);
      problems.push(`storybook reported the story as failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
    }
    const rootChildren = await page.evaluate(() => document.querySelector('#storybook-root')?.childElementCount ?? 0);
    if (rootChildren === 0) problems.push('nothing rendered in #storybook-root');

    // axe-core, injected into the page.
    await page.addScriptTag({ content: axeSource });
    axeViolations = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    for (const v of axeViolations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`);

    if (story.id === BIG_QUEUE_STORY) {
      cards = await checkBigQueue(page);
      const keys = await checkQueueKeyboard(page);
      cards.keyboard = keys;
      if (keys.cardsInDom >= 100)
        problems.push(`10,000-account queue had ${keys.cardsInDom} cards in the DOM after the key presses`);
      if (keys.afterEnd !== 10_000 || keys.afterPageUp !== 9_999 || keys.afterHome !== 1) {
        problems.push(
          `keyboard: End/PageUp/Home reached cards ${keys.afterEnd}/${keys.afterPageUp}/${keys.afterHome} (want 10000/9999/1)`,
        );
      }
      if (!(cards.max < 100 && cards.min > 0))
        problems.push(`10,000-account queue had ${cards.max} cards in the DOM (must be 1..99)`);
      if (!(cards.lastPosition === 10_000))
        problems.push(`scrolling to the end did not reach the last account (last aria-posinset ${cards.lastPosition})`);
    }

    const shot = join(shotsDir, `${story.id}.png`);
    if (isPage(story)) await page.locator('#storybook-root').screenshot({ path: shot });
    else await page.screenshot({ path: shot });
    if (screenshotsMode && isPersona(story)) {
      const name = story.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      await page.locator('#storybook-root').screenshot({ path: join(docsShots, `${name}.png`) });
    }
  } catch (err) {
    problems.push(`check failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
  for (const f of failedRequests) problems.push(`request failed: ${f}`);
  for (const e of consoleErrors) problems.push(`console error: ${e.slice(0, 300)}`);
  return {
    id: story.id,
    title: story.title,
    name: story.name,
    ms: ms(started),
    consoleErrors: consoleErrors.length,
    axeViolations: axeViolations.length,
    cards,
    problems,
  };
}

// Scrolls the virtualized queue through the book, counting cards in the DOM at each stop and
// timing frames while scrolling.
async function checkBigQueue(page) {
  return page.evaluate(async () => {
    const feed = document.querySelector('[role="feed"]');
    const count = () => feed.querySelectorAll('article').length;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const counts = [count()];
    // Smooth-scroll test: 120 frames of 240 px each, measuring frame times.
    const times = [];
    let last = await frame();
    for (let i = 0; i < 120; i++) {
      feed.scrollTop += 240;
      const t = await frame();
      times.push(t - last);
      last = t;
      if (i % 30 === 0) counts.push(count());
    }
    feed.scrollTop = feed.scrollHeight / 2;
    await frame();
    await frame();
    counts.push(count());
    // The end: card heights are measured as they render, so the total height settles over a
    // few frames; keep scrolling to the bottom until it stops growing.
    let height = -1;
    for (let i = 0; i < 60 && height !== feed.scrollHeight; i++) {
      height = feed.scrollHeight;
      feed.scrollTop = height;
      await frame();
      await frame();
      counts.push(count());
    }
    const positions = [...feed.querySelectorAll('article')].map((a) => Number(a.getAttribute('aria-posinset')));
    times.sort((a, b) => a - b);
    return {
      counts,
      min: Math.min(...counts),
      max: Math.max(...counts),
      lastPosition: Math.max(...positions),
      medianFrameMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
      p95FrameMs: Math.round(times[Math.floor(times.length * 0.95)] * 10) / 10,
    };
  });
}

// Real keys in the virtualized queue: End must reach (and focus) the 10,000th card, which is not
// in the DOM until the list scrolls to it; Page Up the one before; Home the first again.
async function checkQueueKeyboard(page) {
  const focused = () => page.evaluate(() => Number(document.activeElement?.getAttribute('aria-posinset') ?? 0));
  const settle = async (want) => {
    await page
      .waitForFunction((n) => Number(document.activeElement?.getAttribute('aria-posinset') ?? 0) === n, want, {
        timeout: 3000,
      })
      .catch(() => {});
    return focused();
  };
  await page.evaluate(() => {
    const feed = document.querySelector('[role="feed"]');
    feed.scrollTop = 0;
  });
  await page.waitForFunction(() => document.querySelector('[role="feed"] article[aria-posinset="1"]'));
  await page.focus('[role="feed"] article[aria-posinset="1"]');
  await page.keyboard.press('End');
  const afterEnd = await settle(10_000);
  await page.keyboard.press('PageUp');
  const afterPageUp = await settle(9_999);
  await page.keyboard.press('Home');
  const afterHome = await settle(1);
  const cardsInDom = await page.evaluate(() => document.querySelectorAll('[role="feed"] article').length);
  return { afterEnd, afterPageUp, afterHome, cardsInDom };
}

// Two pages in parallel (2 cores).
const queue = [...stories];
const workers = await Promise.all(
  [0, 1].map(async () => {
    const page = await context.newPage();
    for (let story = queue.shift(); story; story = queue.shift()) {
      const r = await checkStory(page, story);
      results.push(r);
      if (r.cards) bigQueue = r.cards;
      log(
        `${r.problems.length ? 'FAIL' : 'ok  '} ${r.id} (${r.ms} ms${r.cards ? `, cards in DOM ${r.cards.counts.join('/')}, frame median ${r.cards.medianFrameMs} ms p95 ${r.cards.p95FrameMs} ms, End/PageUp/Home focused cards ${r.cards.keyboard?.afterEnd}/${r.cards.keyboard?.afterPageUp}/${r.cards.keyboard?.afterHome}` : ''})`,
      );
      for (const p of r.problems) log(`       ${p}`);
    }
    await page.close();
  }),
);
void workers;
await browser.close();
server.close();

const failed = results.filter((r) => r.problems.length > 0);
const report = {
  at: new Date().toISOString(),
  chromium: chromiumPath,
  stories: results.length,
  failed: failed.length,
  consoleErrors: results.reduce((n, r) => n + r.consoleErrors, 0),
  axeViolations: results.reduce((n, r) => n + r.axeViolations, 0),
  bigQueue,
  buildMs,
  totalMs: ms(t0),
  results: results.sort((a, b) => a.id.localeCompare(b.id)),
};
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'browser-check.json'), `${JSON.stringify(report, null, 2)}\n`);
log(
  `browser-check: ${results.length} stories, ${failed.length} failed, ${report.consoleErrors} console errors, ${report.axeViolations} axe violations` +
    (bigQueue ? `, 10k queue max ${bigQueue.max} cards in DOM` : '') +
    `; build ${(buildMs / 1000).toFixed(1)} s, total ${(report.totalMs / 1000).toFixed(1)} s`,
);
if (stories.length === 0) {
  log('browser-check: no stories matched');
  process.exit(1);
}
process.exit(failed.length > 0 ? 1 : 0);
