import { composeStories } from '@storybook/react';
import { expect, it } from 'vitest';
import * as ThemeStories from './HotleadsTheme.stories';

const { LightAndDark, Localized } = composeStories(ThemeStories);

it('renders the same cards in both palettes and its play function passes', async () => {
  await LightAndDark.run();
  expect(document.querySelectorAll('[data-hl-theme="dark"] article')).toHaveLength(2);
  expect(document.querySelectorAll('.hl-root .hl-root[data-hl-theme="light"] article')).toHaveLength(2);
});

it('renders Spanish labels and es-MX numbers, and its play function passes', async () => {
  await Localized.run();
  expect(document.querySelector('.hl-root[lang="es-MX"]')).not.toBeNull();
  // No English label is left on the card once every one it uses is given in Spanish.
  const card = document.querySelector('article')!;
  for (const english of ['Call', 'Text', 'Balance', 'Acct', 'HOT']) expect(card.textContent).not.toContain(english);
});
