// Checks that read what the page reported while the story was open (recorded by the runner).
import type { StoryCheck } from './types';

const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** Fails a story on any `console.error` or uncaught exception. */
export const consoleCheck: StoryCheck<{ consoleErrors: number; uncaught: number }> = {
  name: 'console',
  runsOnUnfinishedStory: true,
  async run({ events }) {
    return {
      problems: [
        ...events.uncaught.map((m) => `uncaught exception: ${clip(m)}`),
        ...events.consoleErrors.map((m) => `console error: ${clip(m)}`),
      ],
      data: { consoleErrors: events.consoleErrors.length, uncaught: events.uncaught.length },
    };
  },
};

/** Fails a story when a request it made answered 400 or more (a missing asset, a bad fetch). */
export const requestsCheck: StoryCheck = {
  name: 'requests',
  runsOnUnfinishedStory: true,
  async run({ events }) {
    return { problems: events.failedRequests.map((r) => `request failed: ${r}`) };
  },
};
