// What the check knows about Storybook: the story index of a static build, the URL that renders
// one story alone, and the preview channel's events that say when a story has finished.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  PLAY_FUNCTION_THREW_EXCEPTION,
  STORY_ERRORED,
  STORY_FINISHED,
  STORY_MISSING,
  STORY_THREW_EXCEPTION,
  UNHANDLED_ERRORS_WHILE_PLAYING,
  type StoryFinishedPayload,
} from 'storybook/internal/core-events';
import type { StoryIndex } from 'storybook/internal/types';

/** One story of the index: what the check opens and names in its report. */
export interface StoryEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly tags: readonly string[];
}

/** The stories (not docs entries) of a static build's `index.json`, in index order. */
export function readStories(staticDir: string): StoryEntry[] {
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as StoryIndex;
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => ({ id: e.id, title: e.title, name: e.name, tags: e.tags ?? [] }));
}

/** The URL of Storybook's preview iframe rendering one story alone. */
export function storyUrl(baseUrl: string, storyId: string): string {
  return `${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`;
}

/** A channel event that means the story did not run as written, with its payload. */
export interface StoryFailureEvent {
  readonly event: string;
  readonly payload: unknown;
}

/** What the preview channel said about the story on the page. */
export interface StorySignals {
  /** `storyFinished`: render, play function and `afterEach` (the a11y addon) are done. */
  readonly finished: StoryFinishedPayload | undefined;
  /** Events that mean a render or play failure, in the order they came. */
  readonly failures: readonly StoryFailureEvent[];
}

/** The channel events the hook listens to, by role (Storybook's own constants). */
const channelEvents = {
  finished: STORY_FINISHED,
  /** Events after which the story will not finish normally: stop waiting. */
  fatal: [STORY_THREW_EXCEPTION, STORY_ERRORED, STORY_MISSING],
  /** Failures reported while the story still goes on to `storyFinished`. */
  playing: [PLAY_FUNCTION_THREW_EXCEPTION, UNHANDLED_ERRORS_WHILE_PLAYING],
};
type ChannelEvents = typeof channelEvents;

interface HookedWindow {
  __STORYBOOK_ADDONS_CHANNEL__?: { on(event: string, listener: (payload: unknown) => void): void };
  __hotleadsStory?: { finished?: unknown; failures: StoryFailureEvent[]; fatal: boolean };
}

/**
 * Runs in every page before Storybook's preview: as soon as the preview creates its channel,
 * records `storyFinished` and the failure events on `window.__hotleadsStory`.
 */
function hookChannel(events: ChannelEvents): void {
  const w = window as unknown as HookedWindow;
  const state: NonNullable<HookedWindow['__hotleadsStory']> = { failures: [], fatal: false };
  w.__hotleadsStory = state;
  const hook = (): void => {
    const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) {
      setTimeout(hook, 5);
      return;
    }
    channel.on(events.finished, (payload) => (state.finished = payload));
    for (const event of events.playing) channel.on(event, (payload) => state.failures.push({ event, payload }));
    for (const event of events.fatal) {
      channel.on(event, (payload) => {
        state.failures.push({ event, payload });
        state.fatal = true;
      });
    }
  };
  hook();
}

/** Makes every page of `context` record Storybook's story events (call once per context). */
export async function hookStorybook(context: BrowserContext): Promise<void> {
  await context.addInitScript(hookChannel, channelEvents);
}

/**
 * Waits until the story on `page` has finished, or failed in a way after which it never will;
 * throws Playwright's timeout error after `timeoutMs`.
 */
export async function waitForStory(page: Page, timeoutMs: number): Promise<StorySignals> {
  await page.waitForFunction(
    () => {
      const state = (window as unknown as HookedWindow).__hotleadsStory;
      return state !== undefined && (state.finished !== undefined || state.fatal);
    },
    null,
    { timeout: timeoutMs },
  );
  return readSignals(page);
}

/** What the channel has reported so far on `page` (for a story that never finished, too). */
export function readSignals(page: Page): Promise<StorySignals> {
  return page.evaluate(() => {
    const state = (window as unknown as HookedWindow).__hotleadsStory;
    return { finished: state?.finished as StoryFinishedPayload | undefined, failures: state?.failures ?? [] };
  });
}

/** A readable line for a failure event's payload (an error, Storybook's `{ title, description }`, an id). */
export function describePayload(payload: unknown): string {
  if (typeof payload === 'string') return payload;
  if (Array.isArray(payload)) return payload.map(describePayload).join('; ');
  if (payload !== null && typeof payload === 'object') {
    const p = payload as { message?: unknown; title?: unknown; description?: unknown };
    if (typeof p.message === 'string') return p.message;
    if (typeof p.title === 'string')
      return typeof p.description === 'string' ? `${p.title}: ${p.description}` : p.title;
  }
  return JSON.stringify(payload);
}
