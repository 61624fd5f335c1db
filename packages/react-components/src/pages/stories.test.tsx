// The persona pages, composed with Storybook's portable stories, render in jsdom and their
// play functions pass.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';
import * as Pages from './Pages.stories';

describe('persona pages', () => {
  const stories = Object.entries(composeStories(Pages)) as Array<[string, { run: () => Promise<void> }]>;
  it('has the three persona pages', () =>
    expect(stories.map(([n]) => n)).toEqual(
      expect.arrayContaining(['CollectorQueue', 'ManagerTeamDashboard', 'AdminAgencyDashboard']),
    ));
  it.each(stories)('%s renders and its play function passes', async (_name, Story) => {
    await Story.run();
    expect(document.body.querySelector('.hl-page h1')).not.toBeNull();
  });
});
