// Every work-queue story, composed with Storybook's portable stories, runs here in jsdom:
// it renders with the project's decorators and its play function's assertions must pass.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';
import * as ActivityTimeline from './ActivityTimeline.stories';
import * as AlertFeed from './AlertFeed.stories';
import * as PriorityBadge from './PriorityBadge.stories';
import * as QueueCard from './QueueCard.stories';
import * as QuickActions from './QuickActions.stories';
import * as ScoreRing from './ScoreRing.stories';
import * as WhyHotPanel from './WhyHotPanel.stories';
import * as WorkQueue from './WorkQueue.stories';

const files = { ActivityTimeline, AlertFeed, PriorityBadge, QueueCard, QuickActions, ScoreRing, WhyHotPanel, WorkQueue };

describe.each(Object.entries(files))('%s stories', (_file, module) => {
  const stories = Object.entries(composeStories(module)) as Array<[string, { run: () => Promise<void> }]>;
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)('%s renders and its play function passes', async (_name, Story) => {
    await Story.run();
    expect(document.body.querySelector('.hl-root')).not.toBeNull();
  });
});
