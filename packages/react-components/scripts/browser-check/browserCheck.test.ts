// The browser check's own test: each check, run in the real Chromium on a stand-in for
// Storybook's preview (fixtures/site/iframe.html), must fail on its planted defect, name the
// defect, and pass the clean fixtures. Nothing here touches the real Storybook.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newStoryContext, storyViewport } from './browser';
import { createPaymentFormatter } from '@hotleads/payments';
import { receiptPdf } from '@hotleads/payments/pdf';
import { cashPayment, jane, SAMPLE_NOW, sampleWorld, seedSample } from '@hotleads/payments/testing';
import type { MadePdf } from '../../src/fixtures/pdfDownloads';
import {
  axeCheck,
  consoleCheck,
  expectedPdfText,
  layoutCheck,
  pdfDownloadCheck,
  requestsCheck,
  storyChecks,
  storybookCheck,
  virtualizedFeedCheck,
  type LayoutData,
  type PdfDownloadData,
  type PdfDownloadOptions,
  type StoryCheck,
} from './checks';
import { describeProblems } from './checks/layout';
import { parseOptions } from './options';
import { runStories, runStory, type StoryResult } from './runStories';
import { personaScreenshot, storyScreenshot } from './screenshots';
import { serveStatic, type StaticServer } from './serve';
import { hookStorybook, readStories, type StoryEntry } from './storybook';

const site = join(import.meta.dirname, 'fixtures', 'site');
const fixtures = readStories(site);
const fixture = (name: string): StoryEntry => {
  const story = fixtures.find((s) => s.id === `fixtures--${name}`);
  if (!story) throw new Error(`no fixture ${name} in fixtures/site/index.json`);
  return story;
};

/** Every check but the feed's, as in a real run. */
const pageChecks: readonly StoryCheck[] = [storybookCheck, axeCheck, requestsCheck, consoleCheck];
/** The feed check aimed at one fixture, with a shorter scroll and a short wait for keys that do nothing. */
const feedChecks = (name: string): readonly StoryCheck[] => [
  storybookCheck,
  virtualizedFeedCheck({
    storyId: `fixtures--${name}`,
    total: 10_000,
    maxCards: 100,
    scrollFrames: 40,
    keyTimeoutMs: 500,
  }),
  consoleCheck,
];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(site);
  browser = await launchChromium(parseOptions([], process.env).chromiumPath);
  context = await newStoryContext(browser);
  await hookStorybook(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const run = (name: string, checks: readonly StoryCheck[] = pageChecks, timeoutMs = 10_000) =>
  runStory(page, fixture(name), { baseUrl: server.url, checks, timeoutMs });

/** The problems of a result as `check: message` lines. */
const problems = (result: StoryResult) => result.problems.map((p) => `${p.check}: ${p.message}`);

describe('the clean fixtures pass every check', () => {
  it.each(['clean', 'wasm'])('%s', async (name) => {
    expect(problems(await run(name))).toEqual([]);
  });

  it('a virtualized 10,000-card feed passes the feed check and reports what it measured', async () => {
    const result = await run('feed-virtualized', feedChecks('feed-virtualized'));
    expect(problems(result)).toEqual([]);
    const data = result.data['virtualized-feed'] as { max: number; lastPosition: number; keyboard: object };
    expect(data.max).toBeLessThan(100);
    expect(data.lastPosition).toBe(10_000);
    expect(data.keyboard).toEqual({
      afterEnd: 10_000,
      afterPageUp: 9_999,
      afterHome: 1,
      cardsInDom: expect.any(Number),
    });
    expect(result.summaries.join()).toContain('End/Page Up/Home focused cards 10000/9999/1');
  });
});

describe('each planted defect fails the story, found by its check', () => {
  it('console.error', async () => {
    expect(problems(await run('console-error'))).toEqual(['console: console error: planted console error']);
  });

  it('an uncaught exception', async () => {
    expect(problems(await run('uncaught-exception'))).toEqual([
      'console: uncaught exception: planted uncaught exception',
    ]);
  });

  it('an axe violation', async () => {
    const result = await run('axe-violation');
    expect(problems(result)).toEqual(['axe: button-name (critical): Buttons must have discernible text — button']);
    expect(result.data['axe']).toEqual([expect.objectContaining({ id: 'button-name' })]);
  });

  it('a play function that throws', async () => {
    expect(problems(await run('play-function-throws'))).toEqual([
      'storybook: play function failed: planted: expected 3 to be 4',
      'storybook: Storybook reported the story as failed',
    ]);
  });

  it("a failed reporter (the a11y addon's afterEach)", async () => {
    expect(problems(await run('a11y-reporter-failed'))).toEqual([
      'storybook: Storybook reported the story as failed (a11y)',
    ]);
  });

  it('a story that throws while rendering', async () => {
    expect(problems(await run('render-throws'))).toEqual([
      'storybook: story error (storyThrewException): planted render error',
    ]);
  });

  it('a story that renders nothing', async () => {
    expect(problems(await run('nothing-rendered'))).toEqual(['storybook: nothing rendered in #storybook-root']);
  });

  it('a story that never finishes', async () => {
    const [first, ...rest] = problems(await run('never-finishes', pageChecks, 500));
    expect(first).toMatch(/^storybook: the story did not finish: .*Timeout 500ms exceeded/);
    expect(rest).toEqual([]);
  });

  it('a story id missing from the build', async () => {
    const missing = { id: 'fixtures--no-such-story', title: 'Fixtures', name: 'missing', tags: [] };
    const result = await runStory(page, missing, { baseUrl: server.url, checks: pageChecks });
    expect(problems(result)).toEqual(['storybook: story error (storyMissing): fixtures--no-such-story']);
  });

  it('a request that fails', async () => {
    const found = problems(await run('failed-request'));
    expect(found).toContain(`requests: request failed: 404 ${server.url}/missing.json`);
    // Chromium logs the 404 too.
    expect(found.filter((p) => !p.startsWith('requests:'))).toEqual([
      expect.stringMatching(/^console: console error: Failed to load resource: .* 404/),
    ]);
  });

  it('a .wasm file served without application/wasm (instantiateStreaming refuses it)', async () => {
    expect(problems(await run('wasm-wrong-type'))).toEqual([
      expect.stringMatching(/^console: console error: fixture fixtures--wasm-wrong-type threw: .*MIME type/),
    ]);
  });

  it('a big feed that is not virtualized', async () => {
    expect(problems(await run('feed-not-virtualized', feedChecks('feed-not-virtualized')))).toEqual([
      'virtualized-feed: the feed held 10000..10000 cards in the DOM while scrolling (must be 1..99)',
      'virtualized-feed: the feed held 10000 cards in the DOM after the key presses',
    ]);
  });

  it('a feed where End does not move focus', async () => {
    // Unhandled, End scrolls the feed to its bottom: the focused first card leaves the DOM.
    expect(problems(await run('feed-end-ignored', feedChecks('feed-end-ignored')))).toEqual([
      'virtualized-feed: End/Page Up/Home focused cards 0/0/0 (want 10000/9999/1)',
    ]);
  });
});

describe('the layout check, at 1280, 768 and 320 px', () => {
  const layout = [storybookCheck, layoutCheck(), consoleCheck];
  const measured = (result: StoryResult) => (result.data['layout'] as LayoutData).widths;

  it('passes text that wraps, hidden text, a popover over the page and text scrolled out of view', async () => {
    const result = await run('layout-clean', layout);
    expect(problems(result)).toEqual([]);
    expect(measured(result).map((m) => m.width)).toEqual([1280, 768, 320]);
    // The hidden table's two cells and the scroller's third line are not measured.
    for (const m of measured(result)) expect(m.texts).toBe(7);
  });

  it('finds text that overlaps other text at one width only', async () => {
    expect(problems(await run('layout-overlap', layout))).toEqual([
      expect.stringMatching(
        /^layout: at 320 px: "Acct 1234567 · Balance \$1,234.56" \(span.meta\) overlaps "Do not contact: dispute on file" \(p.blocked\) by \d+ px$/,
      ),
    ]);
  });

  it('finds a line cut with an ellipsis that has no title', async () => {
    expect(problems(await run('layout-clipped', layout))).toEqual([
      expect.stringMatching(
        /^layout: at 320 px: "Abandoned a \$240.00 payment 2 hours ago…" \(p.reason\) is clipped by p.reason \(\d+ px hidden\) with no title, aria-label or tooltip$/,
      ),
    ]);
  });

  it('lets a clipped line through when its title holds the full text, and counts it', async () => {
    const result = await run('layout-clipped-titled', layout);
    expect(problems(result)).toEqual([]);
    expect(measured(result).map((m) => m.clippedWithTitle)).toEqual([0, 0, 1]);
  });

  it("finds a chart's tick label cut by the edge of its SVG, at every width", async () => {
    const found = problems(await run('layout-svg-tick-clipped', layout));
    expect(found).toHaveLength(3);
    for (const [i, width] of [1280, 768, 320].entries())
      expect(found[i]).toMatch(
        new RegExp(`^layout: at ${width} px: "Week of Nov 16" \\(text\\) is clipped by svg \\(\\d+ px hidden\\)`),
      );
  });

  it('finds a page wider than the viewport', async () => {
    expect(problems(await run('layout-page-overflow', layout))).toEqual([
      expect.stringMatching(/^layout: at 320 px: the page is \d+ px wider than the viewport$/),
    ]);
  });

  it('puts the viewport back, and saves a screenshot per width when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-check-'));
    try {
      await run('layout-clean', [layoutCheck({ shotsDir: dir })]);
      expect(page.viewportSize()).toEqual(storyViewport);
      for (const width of [1280, 768, 320])
        expect(existsSync(join(dir, `fixtures--layout-clean@${width}.png`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports the first few problems of a kind and counts the rest', () => {
    const text = { element: 'span', text: 'x' };
    const lines = describeProblems(
      {
        width: 320,
        texts: 10,
        overlaps: Array.from({ length: 5 }, () => ({ a: text, b: text, px: 4 })),
        clipped: [],
        clippedWithTitle: 0,
        pageOverflowPx: 0,
      },
      2,
    );
    expect(lines).toEqual([
      'at 320 px: "x" (span) overlaps "x" (span) by 4 px',
      'at 320 px: "x" (span) overlaps "x" (span) by 4 px',
      'at 320 px: 3 more overlaps',
    ]);
  });
});

describe('the PDF check: Download PDF, the file, its text and its first page', { timeout: 60_000 }, () => {
  const NAME = 'Анна Петрова';
  let under: MadePdf;
  let other: MadePdf;
  let shots: string;

  beforeAll(async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await ledger.addConsumer({ accountNumber: 'WU-30000', name: NAME, balance: '145.50' });
    await ledger.addBill({
      accountNumber: 'WU-30000',
      invoiceNumber: 'INV-RU-1',
      period: 'Mar 2025',
      amount: '145.50',
      issuedAt: '2025-03-31T12:00:00Z',
      dueDate: '2025-04-15',
    });
    const short = await ledger.recordPayment({
      accountNumber: 'WU-30000',
      type: 'bill',
      items: ['INV-RU-1'],
      amount: '100.00',
      method: 'Check',
      actor: jane,
    });
    const cash = await ledger.recordPayment(cashPayment);
    const settings = { currency: ledger.settings.currency, timeZone: ledger.settings.timeZone };
    const made = (receipt: typeof short.receipt): MadePdf => ({
      kind: 'receipt',
      fileName: `${receipt.receiptNumber}.pdf`,
      document: receipt,
      settings,
      now: SAMPLE_NOW,
      issuer: 'Westfield Utilities',
    });
    under = made(short.receipt);
    other = made(cash.receipt);
    const pdf = Buffer.from(await receiptPdf(short.receipt, { settings, now: SAMPLE_NOW, issuer: under.issuer }));
    await page.route('**/fixture.pdf', (route) => route.fulfill({ body: pdf, contentType: 'application/pdf' }));
    await page.route('**/fixture-pdf.json', (route) => route.fulfill({ json: under }));
    await page.route('**/fixture-other-pdf.json', (route) => route.fulfill({ json: other }));
    shots = mkdtempSync(join(tmpdir(), 'browser-check-pdf-shots-'));
  });

  afterAll(async () => {
    await page.unrouteAll();
    rmSync(shots, { recursive: true, force: true });
  });

  const pdfCheck = (name: string, options: Partial<PdfDownloadOptions> = {}) =>
    pdfDownloadCheck({
      targets: [
        {
          storyId: `fixtures--${name}`,
          kind: 'receipt',
          shot: 'receipt.png',
          features: ['negative-difference', 'non-latin-name'],
        },
      ],
      shotsDir: shots,
      timeoutMs: 5_000,
      ...options,
    });
  const runPdf = (name: string, options?: Partial<PdfDownloadOptions>) =>
    run(name, [storybookCheck, pdfCheck(name, options), consoleCheck]);

  it('expects the values of the document as the library formats them: a "−" difference and the Cyrillic name', () => {
    const f = createPaymentFormatter(under.settings);
    const receipt = under.kind === 'receipt' ? under.document : undefined;
    const expected = expectedPdfText(under);
    expect(expected).toContain(NAME);
    expect(expected).toContain(f.money(receipt!.items[0]!.difference));
    expect(f.money(receipt!.items[0]!.difference)).toMatch(/^\u2212/);
    expect(expected).toContain(f.dateTime(SAMPLE_NOW));
  });

  it('passes the real receipt: every text found by pdftotext, its first page a small PNG', async () => {
    const result = await runPdf('pdf-download');
    expect(problems(result)).toEqual([]);
    const data = result.data['pdf-download'] as PdfDownloadData;
    expect(data.fileName).toBe(under.fileName);
    expect(data.missing).toEqual([]);
    expect(data.expected).toEqual(expectedPdfText(under));
    expect(data.shot).toBe(join(shots, 'receipt.png'));
    expect(readFileSync(data.shot!).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(data.shotBytes).toBeLessThan(150_000);
    expect(result.summaries.join()).toMatch(/^pdf .*\.pdf \d+ KB, (\d+)\/\1 texts$/m);
  });

  it('finds a download that is not a PDF', async () => {
    expect(problems(await runPdf('pdf-not-a-pdf'))).toEqual([
      `pdf-download: ${under.fileName} is not a PDF (it starts "Receipt R-50")`,
    ]);
  });

  it('finds a PDF of another document than the one the story made, and a document without the features', async () => {
    const result = await runPdf('pdf-other-document');
    const found = problems(result);
    expect((result.data['pdf-download'] as PdfDownloadData).shot).toBeNull();
    const receipt = other.kind === 'receipt' ? other.document : undefined;
    expect(found).toContain('pdf-download: the receipt has no negative difference (a "−" amount)');
    expect(found).toContain('pdf-download: the receipt has no consumer name outside Latin script');
    expect(found).toContain(
      `pdf-download: ${other.fileName}: pdftotext does not find ${JSON.stringify(receipt!.consumer.name)}`,
    );
    expect(found).toContain(
      `pdf-download: ${other.fileName}: pdftotext does not find ${JSON.stringify(receipt!.receiptNumber)}`,
    );
  });

  it('finds a Download PDF that downloads nothing', async () => {
    expect(problems(await runPdf('pdf-no-download', { timeoutMs: 1_000 }))).toEqual([
      expect.stringMatching(
        /^pdf-download: check failed: .*Timeout 1000ms exceeded while waiting for event "download"/,
      ),
    ]);
  });

  it('without pdftotext and pdftoppm: fails when they are required, else says so and checks the rest', async () => {
    const tools = { pdftotext: false, pdftoppm: false };
    expect(problems(await runPdf('pdf-download', { tools, requireTools: true }))).toEqual([
      'pdf-download: pdftotext and pdftoppm not found; install poppler-utils: apt-get update && apt-get install -y poppler-utils',
    ]);
    const lenient = await runPdf('pdf-not-a-pdf', { tools, requireTools: false });
    expect(problems(lenient)).toEqual([`pdf-download: ${under.fileName} is not a PDF (it starts "Receipt R-50")`]);
    const clean = await runPdf('pdf-download', { tools, requireTools: false });
    expect(problems(clean)).toEqual([]);
    expect(clean.summaries.join()).toContain('text not read, pdftotext, pdftoppm missing');
  });
});

describe('runStories', () => {
  it('opens stories on two pages at once and returns results in story order', async () => {
    const stories = ['console-error', 'clean', 'axe-violation', 'wasm'].map(fixture);
    const seen: string[] = [];
    const results = await runStories({
      context,
      baseUrl: server.url,
      stories,
      checks: pageChecks,
      workers: 2,
      onResult: (r) => seen.push(r.id),
    });
    expect(results.map((r) => r.id)).toEqual(stories.map((s) => s.id));
    expect([...seen].sort()).toEqual(stories.map((s) => s.id).sort());
    expect(results.map((r) => r.problems.map((p) => p.check))).toEqual([['console'], [], ['axe'], []]);
  });

  it('skips a check whose appliesTo leaves the story out', async () => {
    const result = await run('feed-not-virtualized', [
      virtualizedFeedCheck({ storyId: 'fixtures--some-other-story', total: 10_000, maxCards: 100 }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({});
  });

  it('turns a check that throws into a problem of that check and goes on', async () => {
    const throws: StoryCheck = {
      name: 'throws',
      run: async () => {
        throw new Error('planted check bug');
      },
    };
    expect(problems(await run('clean', [throws, consoleCheck]))).toEqual(['throws: check failed: planted check bug']);
  });

  it('keeps the captures: a screenshot of every story, docs screenshots of persona pages only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-check-'));
    try {
      const persona = { id: 'fixtures--clean', title: 'Pages', name: 'Collector queue', tags: [] };
      const captures = [storyScreenshot(join(dir, 'all')), personaScreenshot(join(dir, 'docs'))];
      await runStory(page, persona, { baseUrl: server.url, checks: [], captures });
      await runStory(page, fixture('wasm'), { baseUrl: server.url, checks: [], captures });
      const png = (path: string) => readFileSync(path).subarray(1, 4).toString('latin1');
      expect(png(join(dir, 'all', 'fixtures--clean.png'))).toBe('PNG');
      expect(png(join(dir, 'all', 'fixtures--wasm.png'))).toBe('PNG');
      expect(png(join(dir, 'docs', 'collector-queue.png'))).toBe('PNG');
      expect(existsSync(join(dir, 'docs', 'fixtures--wasm.png'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("the real run's checks have distinct names (they key the report)", () => {
  const names = storyChecks.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
});
