// The story ran as written: it loaded and finished, nothing threw while rendering or in the play
// function, Storybook's reporters (the a11y addon's afterEach) passed, and it rendered something.
import { PLAY_FUNCTION_THREW_EXCEPTION, UNHANDLED_ERRORS_WHILE_PLAYING } from 'storybook/internal/core-events';
import { describePayload } from '../storybook';
import type { StoryCheck } from './types';

/** Fails a story that did not finish, threw, failed its play function or rendered nothing. */
export const storybookCheck: StoryCheck = {
  name: 'storybook',
  runsOnUnfinishedStory: true,
  async run({ page, signals, loadError }) {
    const problems: string[] = [];
    if (loadError !== undefined) problems.push(loadError);
    for (const { event, payload } of signals.failures) {
      if (event === PLAY_FUNCTION_THREW_EXCEPTION) problems.push(`play function failed: ${describePayload(payload)}`);
      else if (event === UNHANDLED_ERRORS_WHILE_PLAYING)
        problems.push(`unhandled errors while playing: ${describePayload(payload)}`);
      else problems.push(`story error (${event}): ${describePayload(payload)}`);
    }
    if (signals.finished?.status === 'error') {
      const failed = signals.finished.reporters.filter((r) => r.status === 'failed').map((r) => r.type);
      problems.push(`Storybook reported the story as failed${failed.length > 0 ? ` (${failed.join(', ')})` : ''}`);
    }
    if (signals.finished !== undefined) {
      const rendered = await page.evaluate(() => document.querySelector('#storybook-root')?.childElementCount ?? 0);
      if (rendered === 0) problems.push('nothing rendered in #storybook-root');
    }
    return { problems };
  },
};
