// Every dashboard story, composed with Storybook's portable stories, runs here in jsdom.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';
import * as DailyGoalProgress from './DailyGoalProgress.stories';
import * as DateRangePicker from './DateRangePicker.stories';
import * as ExportButton from './ExportButton.stories';
import * as KpiCard from './KpiCard.stories';
import * as Leaderboard from './Leaderboard.stories';
import * as PromisesPipeline from './PromisesPipeline.stories';
import * as TeamComparison from './TeamComparison.stories';
import * as TrendChart from './TrendChart.stories';

const files = { DailyGoalProgress, DateRangePicker, ExportButton, KpiCard, Leaderboard, PromisesPipeline, TeamComparison, TrendChart };

describe.each(Object.entries(files))('%s stories', (_file, module) => {
  const stories = Object.entries(composeStories(module)) as Array<[string, { run: () => Promise<void> }]>;
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)('%s renders and its play function passes', async (_name, Story) => {
    await Story.run();
    expect(document.body.querySelector('.hl-root')).not.toBeNull();
  });
});
