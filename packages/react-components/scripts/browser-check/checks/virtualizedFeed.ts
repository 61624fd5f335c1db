// The virtualized work queue: a feed of thousands of cards keeps only the ones in view in the
// DOM, wherever it is scrolled to, and the keyboard still reaches every card.
import type { Page } from 'playwright-core';
import type { StoryCheck } from './types';

/** Which story holds the big feed and what it must do. */
export interface VirtualizedFeedCheckOptions {
  readonly storyId: string;
  /** How many cards the feed holds (the last card's `aria-posinset`). */
  readonly total: number;
  /** The story fails when the DOM ever holds this many cards or more. */
  readonly maxCards: number;
  /** Frames of the timed smooth scroll, 240 px each (default 120). */
  readonly scrollFrames?: number;
  /** How long to wait for focus to land after each key (default 3 s). */
  readonly keyTimeoutMs?: number;
}

/** Cards in the DOM while scrolling, and frame times while scrolling 240 px a frame. */
export interface FeedScroll {
  /** At the top, every 30 frames of the smooth scroll, in the middle, then at each step to the end. */
  readonly counts: readonly number[];
  readonly min: number;
  readonly max: number;
  /** The highest `aria-posinset` in the DOM at the end (the last card, when the end is reached). */
  readonly lastPosition: number;
  /** Measured and reported, never asserted (speed is for benchmarks). */
  readonly medianFrameMs: number;
  readonly p95FrameMs: number;
}

/** The card focused after each key (its `aria-posinset`; 0 when focus is not on a card). */
export interface FeedKeyboard {
  readonly afterEnd: number;
  readonly afterPageUp: number;
  readonly afterHome: number;
  readonly cardsInDom: number;
}

/** What the check measured, for the JSON report. */
export type FeedData = FeedScroll & { readonly keyboard: FeedKeyboard };

const FEED = '[role="feed"]';

/**
 * Scrolls the big feed through the whole list and presses End, Page Up and Home on its cards.
 * Fails when the DOM holds `maxCards` cards or more (or none) at any stop, when the end of the
 * list is never reached, or when the keys do not focus the last card, the one before it and
 * the first.
 */
export function virtualizedFeedCheck(options: VirtualizedFeedCheckOptions): StoryCheck<FeedData> {
  const { storyId, total, maxCards, scrollFrames = 120, keyTimeoutMs = 3000 } = options;
  return {
    name: 'virtualized-feed',
    appliesTo: (story) => story.id === storyId,
    async run({ page }) {
      const scroll = await scrollFeed(page, scrollFrames);
      const keyboard = await pressFeedKeys(page, total, keyTimeoutMs);
      const problems: string[] = [];
      if (!(scroll.max < maxCards && scroll.min > 0))
        problems.push(
          `the feed held ${scroll.min}..${scroll.max} cards in the DOM while scrolling (must be 1..${maxCards - 1})`,
        );
      if (scroll.lastPosition !== total)
        problems.push(`scrolling to the end did not reach card ${total} (last aria-posinset ${scroll.lastPosition})`);
      if (keyboard.afterEnd !== total || keyboard.afterPageUp !== total - 1 || keyboard.afterHome !== 1)
        problems.push(
          `End/Page Up/Home focused cards ${keyboard.afterEnd}/${keyboard.afterPageUp}/${keyboard.afterHome} (want ${total}/${total - 1}/1)`,
        );
      if (keyboard.cardsInDom >= maxCards)
        problems.push(`the feed held ${keyboard.cardsInDom} cards in the DOM after the key presses`);
      return {
        problems,
        data: { ...scroll, keyboard },
        summary:
          `cards in DOM ${scroll.counts.join('/')}, frame median ${scroll.medianFrameMs} ms p95 ${scroll.p95FrameMs} ms, ` +
          `End/Page Up/Home focused cards ${keyboard.afterEnd}/${keyboard.afterPageUp}/${keyboard.afterHome}`,
      };
    },
  };
}

/** Scrolls the feed: `frames` frames of 240 px (timed), the middle, then the end until its height settles. */
function scrollFeed(page: Page, frames: number): Promise<FeedScroll> {
  return page.evaluate(
    async ({ selector, frames }) => {
      const feed = document.querySelector<HTMLElement>(selector);
      if (!feed) throw new Error(`no ${selector} in the story`);
      const count = () => feed.querySelectorAll('article').length;
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      const counts = [count()];
      const times: number[] = [];
      let last = await frame();
      for (let i = 0; i < frames; i++) {
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
      // Card heights are measured as they render, so the total height settles over a few
      // frames: keep scrolling to the bottom until it stops growing.
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
      const at = (q: number) => Math.round((times[Math.floor(times.length * q)] ?? 0) * 10) / 10;
      return {
        counts,
        min: Math.min(...counts),
        max: Math.max(...counts),
        lastPosition: Math.max(0, ...positions),
        medianFrameMs: at(0.5),
        p95FrameMs: at(0.95),
      };
    },
    { selector: FEED, frames },
  );
}

/**
 * Real key presses from the first card: End must focus the last card, which is not in the DOM
 * until the list scrolls to it; Page Up the one before; Home the first again.
 */
async function pressFeedKeys(page: Page, total: number, timeoutMs: number): Promise<FeedKeyboard> {
  const focused = () => page.evaluate(() => Number(document.activeElement?.getAttribute('aria-posinset') ?? 0));
  const settle = async (want: number) => {
    await page
      .waitForFunction((n) => Number(document.activeElement?.getAttribute('aria-posinset') ?? 0) === n, want, {
        timeout: timeoutMs,
      })
      .catch(() => undefined);
    return focused();
  };
  await page.evaluate((selector) => {
    const feed = document.querySelector(selector);
    if (feed) feed.scrollTop = 0;
  }, FEED);
  const first = `${FEED} article[aria-posinset="1"]`;
  await page.waitForSelector(first, { timeout: timeoutMs });
  await page.focus(first);
  await page.keyboard.press('End');
  const afterEnd = await settle(total);
  await page.keyboard.press('PageUp');
  const afterPageUp = await settle(total - 1);
  await page.keyboard.press('Home');
  const afterHome = await settle(1);
  const cardsInDom = await page.evaluate((selector) => document.querySelectorAll(`${selector} article`).length, FEED);
  return { afterEnd, afterPageUp, afterHome, cardsInDom };
}
