/// <reference types="vite/client" />
// Every work-queue and dashboard story, composed with Storybook's portable stories, runs here
// in jsdom: it renders with the project's decorators and its play function's assertions must
// pass. Stories are found by glob, so a new story file is tested without editing this one.
// (The persona pages and the theme story have tests of their own beside them.)
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';

const files = import.meta.glob<Parameters<typeof composeStories>[0]>(
  ['./queue/*.stories.tsx', './dashboard/*.stories.tsx', './backtest/*.stories.tsx'],
  { eager: true },
);

it('finds the work-queue and dashboard story files', () => {
  expect(Object.keys(files).length).toBeGreaterThanOrEqual(16);
});

describe.each(Object.entries(files))('%s', (_file, module) => {
  const stories = Object.entries(composeStories(module)) as Array<[string, { run: () => Promise<void> }]>;
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)(
    '%s renders and its play function passes',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelector('.hl-root')).not.toBeNull();
    },
    30_000,
  );
});
