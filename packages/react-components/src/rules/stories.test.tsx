// The "Rules" stories, composed with Storybook's portable stories, render in jsdom and their
// play functions pass (the preview runs in the page: jsdom has no Worker). The 100,000-lead
// stories are left to the browser check, which times them in a real worker.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';
import * as ConditionExplanation from './ConditionExplanation.stories';
import * as RuleList from './RuleList.stories';
import * as RuleBuilder from './RuleBuilder.stories';
import * as RulePreviewPanel from './RulePreviewPanel.stories';

type Composed = { run: () => Promise<void>; tags: string[] };

describe.each([
  ['ConditionExplanation', ConditionExplanation],
  ['RuleList', RuleList],
  ['RuleBuilder', RuleBuilder],
  ['RulePreviewPanel', RulePreviewPanel],
] as const)('%s stories', { timeout: 30_000 }, (_name, module) => {
  const stories = (Object.entries(composeStories(module)) as Array<[string, Composed]>).filter(
    ([, story]) => !story.tags.includes('preview-timing'),
  );
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)('%s renders and its play function passes', async (_story, Story) => {
    await Story.run();
    expect(document.body.querySelector('.hl-root')).not.toBeNull();
  });
});
