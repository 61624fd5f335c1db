// The "Lead management" stories, composed with Storybook's portable stories, render in jsdom and
// their play functions pass. The 100,000-lead stories (tagged `big`) are left to the browser
// check, which opens every story in Chromium.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';

const files = import.meta.glob<Parameters<typeof composeStories>[0]>('./*.stories.tsx', { eager: true });

type Composed = { run: () => Promise<void>; tags: string[] };

it('finds the lead-management story files', () => {
  expect(Object.keys(files).length).toBeGreaterThanOrEqual(2);
});

describe.each(Object.entries(files))('%s', { timeout: 30_000 }, (_file, module) => {
  const stories = (Object.entries(composeStories(module)) as Array<[string, Composed]>).filter(
    ([, story]) => !story.tags.includes('big'),
  );
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)('%s renders and its play function passes', async (_name, Story) => {
    await Story.run();
    expect(document.body.querySelector('.hl-root')).not.toBeNull();
  });
});
