// Opens stories in a few pages at once and runs the per-story checks on each.
import type { BrowserContext, Page } from 'playwright-core';
import type { PageEvents, StoryCheck, StoryContext } from './checks/types';
import { readSignals, storyUrl, waitForStory, type StoryEntry, type StorySignals } from './storybook';

/** Something kept of a finished story before the checks run (a screenshot); it finds no problems. */
export type StoryCapture = (ctx: StoryContext) => Promise<void>;

/** A problem found in a story, with the check that found it. */
export interface Problem {
  readonly check: string;
  readonly message: string;
}

/** Everything the run learned about one story. */
export interface StoryResult {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  /** From navigation to the last check. */
  readonly ms: number;
  readonly problems: readonly Problem[];
  /** Each check's data, by check name. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Each check's short summary for the log. */
  readonly summaries: readonly string[];
}

/** How to open the stories and what to run on each. */
export interface RunStoriesOptions {
  readonly context: BrowserContext;
  /** Where the static Storybook is served. */
  readonly baseUrl: string;
  readonly stories: readonly StoryEntry[];
  readonly checks: readonly StoryCheck[];
  readonly captures?: readonly StoryCapture[];
  /** Pages open at once (default 2, one per core). */
  readonly workers?: number;
  /** How long a story may take to finish (default 30 s). */
  readonly timeoutMs?: number;
  /** Called as each story's result comes in, for the log. */
  readonly onResult?: (result: StoryResult) => void;
}

/** Opens every story and runs the checks; results come back in the order of `stories`. */
export async function runStories(options: RunStoriesOptions): Promise<StoryResult[]> {
  const { context, stories, workers = 2 } = options;
  const queue = stories.map((story, index) => ({ story, index }));
  const results: StoryResult[] = new Array(stories.length);
  const worker = async () => {
    const page = await context.newPage();
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const result = await runStory(page, next.story, options);
        results[next.index] = result;
        options.onResult?.(result);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, stories.length) }, worker));
  return results;
}

type MutablePageEvents = { -readonly [K in keyof PageEvents]: string[] };

type StoryRunOptions = Pick<RunStoriesOptions, 'baseUrl' | 'checks' | 'captures' | 'timeoutMs'>;

/** Opens one story on `page`, waits for Storybook to finish it, then keeps the captures and runs the checks. */
export async function runStory(page: Page, story: StoryEntry, options: StoryRunOptions): Promise<StoryResult> {
  const { baseUrl, checks, captures = [], timeoutMs = 30_000 } = options;
  const started = performance.now();
  const events: MutablePageEvents = { consoleErrors: [], uncaught: [], failedRequests: [] };
  const stop = recordPageEvents(page, events);
  const problems: Problem[] = [];
  const data: Record<string, unknown> = {};
  const summaries: string[] = [];
  try {
    let loadError: string | undefined;
    let signals: StorySignals;
    try {
      await page.goto(storyUrl(baseUrl, story.id), { waitUntil: 'load' });
      signals = await waitForStory(page, timeoutMs);
    } catch (err) {
      loadError = `the story did not finish: ${firstLine(err)}`;
      signals = await readSignals(page).catch(() => ({ finished: undefined, failures: [] }));
    }
    const ctx: StoryContext = { page, story, signals, loadError, events };
    const finished = loadError === undefined;
    if (finished) {
      for (const capture of captures) {
        await capture(ctx).catch((err: unknown) =>
          problems.push({ check: 'capture', message: `capture failed: ${firstLine(err)}` }),
        );
      }
    }
    for (const check of checks) {
      if (check.appliesTo && !check.appliesTo(story)) continue;
      if (!finished && !check.runsOnUnfinishedStory) continue;
      try {
        const outcome = await check.run(ctx);
        for (const message of outcome.problems) problems.push({ check: check.name, message });
        if (outcome.data !== undefined) data[check.name] = outcome.data;
        if (outcome.summary !== undefined) summaries.push(outcome.summary);
      } catch (err) {
        problems.push({ check: check.name, message: `check failed: ${firstLine(err)}` });
      }
    }
  } finally {
    stop();
  }
  return {
    id: story.id,
    title: story.title,
    name: story.name,
    ms: Math.round(performance.now() - started),
    problems,
    data,
    summaries,
  };
}

/** Records console errors, uncaught exceptions and failed responses into `events` until the returned stop is called. */
function recordPageEvents(page: Page, events: MutablePageEvents): () => void {
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error') events.consoleErrors.push(msg.text());
  };
  const onPageError = (err: Error) => events.uncaught.push(err.message);
  const onResponse = (res: { status(): number; url(): string }) => {
    if (res.status() >= 400) events.failedRequests.push(`${res.status()} ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  return () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  };
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
