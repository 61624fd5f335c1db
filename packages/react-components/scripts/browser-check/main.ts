// Real-browser check of every Storybook story, in Debian's Chromium through playwright-core.
//
//   npm run test:browser                  build Storybook, open every story, check it
//   npm run test:browser -- --no-build    reuse storybook-static/
//   npm run test:browser -- --only workqueue
//   npm run screenshots                   the persona pages and the PDF stories only; refresh docs/screenshots/
//
// Stages: build (build.ts) → serve (serve.ts) → launch (browser.ts) → stories (runStories.ts,
// with the checks of checks/index.ts and the captures of screenshots.ts) → report (report.ts).
// Each stage's time is printed as it ends and kept in the report.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { assertChromium, launchChromium, newStoryContext } from './browser';
import { buildStorybook } from './build';
import { createStoryChecks, findPdfTools, pdfDownloads, pdfToolsInstallHint } from './checks';
import { parseOptions, usage, type BrowserCheckOptions } from './options';
import { docsShotsDir, packageDir, reportPath, storybookStaticDir, storyShotsDir, widthShotsDir } from './paths';
import { buildReport, checksWithoutStory, formatResult, formatSummary, reportFailed, writeReport } from './report';
import { runStories, type StoryCapture } from './runStories';
import { isPersonaPage, personaScreenshot, storyScreenshot } from './screenshots';
import { serveStatic, type StaticServer } from './serve';
import { hookStorybook, readStories } from './storybook';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Runs the browser check; resolves to the process exit code. */
async function browserCheck(options: BrowserCheckOptions): Promise<number> {
  const started = performance.now();
  const stagesMs: Record<string, number> = {};
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const value = await work();
    stagesMs[name] = Math.round(performance.now() - t);
    log(`browser-check: ${name} ${(stagesMs[name] / 1000).toFixed(1)} s`);
    return value;
  };

  assertChromium(options.chromiumPath); // before a build that takes most of a minute
  const pdfTools = findPdfTools();
  if (!pdfTools.pdftotext || !pdfTools.pdftoppm) {
    const message = `pdftotext or pdftoppm not found: install them with ${pdfToolsInstallHint}`;
    // Like a missing Chromium, when the run must check the PDFs.
    if (options.requirePdfTools) throw new Error(`${message} (HOTLEADS_REQUIRE_PDF=1 or CI is set)`);
    log(`browser-check: ${message}; the downloaded PDFs are not read and no page is saved`);
  }
  if (!options.reuseBuild || !existsSync(join(storybookStaticDir, 'index.json'))) {
    log('browser-check: building Storybook…');
    await stage('build', () => buildStorybook({ packageDir, outDir: storybookStaticDir }));
  }
  const storyChecks = createStoryChecks({
    layoutShotsDir: options.layoutShots ? widthShotsDir : undefined,
    pdfShotsDir: docsShotsDir,
    requirePdfTools: options.requirePdfTools,
    pdfTools,
  });
  let stories = readStories(storybookStaticDir);
  // --screenshots: the persona pages, and the stories whose PDFs' first pages are in docs/screenshots too.
  if (options.screenshots)
    stories = stories.filter((s) => isPersonaPage(s) || pdfDownloads.some((t) => t.storyId === s.id));
  if (options.only !== undefined) stories = stories.filter((s) => s.id.includes(options.only ?? ''));
  const runProblems = options.screenshots || options.only !== undefined ? [] : checksWithoutStory(storyChecks, stories);

  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await stage('serve', () => serveStatic(storybookStaticDir));
    browser = await stage('launch', () => launchChromium(options.chromiumPath));
    const context = await newStoryContext(browser);
    await hookStorybook(context);
    const captures: StoryCapture[] = [storyScreenshot(storyShotsDir)];
    if (options.screenshots) captures.push(personaScreenshot(docsShotsDir));
    const baseUrl = server.url;
    const results = await stage('stories', () =>
      runStories({
        context,
        baseUrl,
        stories,
        checks: storyChecks,
        captures,
        workers: options.workers,
        // The 100,000-lead previews generate their leads in a worker first: room for a loaded machine.
        timeoutMs: 120_000,
        onResult: (r) => formatResult(r).forEach(log),
      }),
    );
    const report = buildReport({
      at: new Date(),
      chromium: options.chromiumPath,
      checks: storyChecks,
      results,
      runProblems,
      stagesMs,
      totalMs: Math.round(performance.now() - started),
    });
    writeReport(reportPath, report);
    for (const p of runProblems) log(`browser-check: ${p}`);
    if (stories.length === 0) log('browser-check: no stories matched');
    log(formatSummary(report));
    return reportFailed(report) ? 1 : 0;
  } finally {
    await browser?.close();
    await server?.close();
  }
}

const args = process.argv.slice(2);
if (args.includes('--help')) {
  log(usage);
} else {
  try {
    process.exitCode = await browserCheck(parseOptions(args, process.env));
  } catch (err) {
    log(`browser-check: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
