// The common shape of a per-story check. The runner opens a story, waits for Storybook to say it
// finished, then runs each check of its list in order on the same page.
import type { Page } from 'playwright-core';
import type { StoryEntry, StorySignals } from '../storybook';

/** What the page said while the story was open, recorded by the runner from before navigation. */
export interface PageEvents {
  /** `console.error` messages, in order. */
  readonly consoleErrors: readonly string[];
  /** Uncaught exceptions and unhandled rejections (Playwright's `pageerror`). */
  readonly uncaught: readonly string[];
  /** Responses with a status of 400 or more, as `<status> <url>`. */
  readonly failedRequests: readonly string[];
}

/** What a check is given. */
export interface StoryContext {
  /** The page with the story rendered, at the story viewport. A check that resizes it restores it. */
  readonly page: Page;
  readonly story: StoryEntry;
  /** What Storybook's channel reported; `finished` is undefined when the story never finished. */
  readonly signals: StorySignals;
  /** Why the story did not load or finish (navigation error, timeout); undefined when it finished. */
  readonly loadError: string | undefined;
  /** Live: events keep arriving while checks run, so a check placed later sees more. */
  readonly events: PageEvents;
}

/** What a check found. Problems fail the story; data goes into the JSON report under the check's name. */
export interface CheckOutcome<Data = unknown> {
  readonly problems: readonly string[];
  readonly data?: Data;
  /** A few words for the story's line in the log (counts, timings). */
  readonly summary?: string;
}

/** One per-story check. Add one to the list in `checks/index.ts` and every story gets it. */
export interface StoryCheck<Data = unknown> {
  /** Short and stable: prefixes its problems and keys its data and counts in the report. */
  readonly name: string;
  /** Which stories it runs on; every story when absent. */
  readonly appliesTo?: (story: StoryEntry) => boolean;
  /**
   * Whether it still runs when the story did not finish (a timeout or a fatal Storybook error).
   * Checks that only read `events` say yes; checks that drive the page stay off.
   */
  readonly runsOnUnfinishedStory?: boolean;
  readonly run: (ctx: StoryContext) => Promise<CheckOutcome<Data>>;
}

/** The outcome of a check that found nothing. */
export const passed: CheckOutcome<never> = { problems: [] };
