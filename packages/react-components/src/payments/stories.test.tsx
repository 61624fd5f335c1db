// The payments stories, composed with Storybook's portable stories, run here in jsdom: each
// loads its ledger, renders, and its play function's assertions pass.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';

const files = import.meta.glob<Parameters<typeof composeStories>[0]>(['./*.stories.tsx'], { eager: true });

describe.each(Object.entries(files))('%s', (_file, module) => {
  const stories = Object.entries(composeStories(module)) as Array<[string, { run: () => Promise<void> }]>;
  it.each(stories)('%s renders and its play function passes', { timeout: 60_000 }, async (_name, Story) => {
    await Story.run();
    expect(document.body.querySelector('.hl-root')).not.toBeNull();
  });
});
