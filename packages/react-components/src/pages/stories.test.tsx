// The persona pages, composed with Storybook's portable stories, render in jsdom and their
// play functions pass.
import { composeStories } from '@storybook/react';
import { describe, expect, it } from 'vitest';
import * as Pages from './Pages.stories';

describe('persona pages', () => {
  const stories = Object.entries(composeStories(Pages)) as Array<[string, { run: () => Promise<void> }]>;
  it('has the persona pages', () =>
    expect(stories.map(([n]) => n)).toEqual(
      expect.arrayContaining(['CollectorQueue', 'ManagerTeamDashboard', 'AdminAgencyDashboard', 'RuleAuthor']),
    ));
  // The rule author page generates 10,000 leads and previews them in the page (jsdom has no
  // Worker): give the pages room on a loaded machine.
  it.each(stories)(
    '%s renders and its play function passes',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelector('.hl-page h1')).not.toBeNull();
    },
    60_000,
  );
});
