import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { book, topBlocked, topEligible } from '../fixtures/samples';
import { QueueCard } from '../queue/QueueCard';
import { HotleadsTheme } from './HotleadsTheme';

const meta = {
  title: 'Theme/HotleadsTheme',
  component: HotleadsTheme,
  args: { theme: 'light' },
} satisfies Meta<typeof HotleadsTheme>;
export default meta;
type Story = StoryObj<typeof meta>;

function Cards() {
  return (
    <div style={{ display: 'grid', gap: 8, padding: 12 }}>
      <QueueCard entry={topEligible} account={book.account(topEligible.leadId)} onCall={fn()} onText={fn()} />
      <QueueCard entry={topBlocked} account={book.account(topBlocked.leadId)} onCall={fn()} onText={fn()} />
    </div>
  );
}

/** The same cards in both palettes, side by side: a nested root switches every `--hl-*` variable. */
export const LightAndDark: Story = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(300px, 100%), 1fr))' }}>
      <HotleadsTheme theme="light">
        <Cards />
      </HotleadsTheme>
      <HotleadsTheme theme="dark">
        <Cards />
      </HotleadsTheme>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const roots = canvasElement.querySelectorAll('.hl-root .hl-root');
    await expect([...roots].map((r) => r.getAttribute('data-hl-theme'))).toEqual(['light', 'dark']);
  },
};
