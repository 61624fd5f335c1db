import { composeStories } from '@storybook/react';
import { expect, it } from 'vitest';
import * as ThemeStories from './HotleadsTheme.stories';

const { LightAndDark } = composeStories(ThemeStories);

it('renders the same cards in both palettes and its play function passes', async () => {
  await LightAndDark.run();
  expect(document.querySelectorAll('[data-hl-theme="dark"] article')).toHaveLength(2);
  expect(document.querySelectorAll('.hl-root .hl-root[data-hl-theme="light"] article')).toHaveLength(2);
});
