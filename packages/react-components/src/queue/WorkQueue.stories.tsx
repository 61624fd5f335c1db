import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { getBook } from '../fixtures/book';
import { WorkQueue, type WorkQueueProps } from './WorkQueue';

const small = getBook(500);

function Stateful(props: WorkQueueProps) {
  const [selected, setSelected] = useState<string | undefined>(props.selectedId);
  return (
    <WorkQueue
      {...props}
      selectedId={selected}
      onSelect={(id) => {
        setSelected(id);
        props.onSelect?.(id);
      }}
    />
  );
}

const meta = {
  title: 'Work queue/WorkQueue',
  component: WorkQueue,
  render: (args) => <Stateful {...args} />,
  args: {
    entries: small.entries,
    getAccount: (e) => small.account(e.leadId),
    getChannels: (e) => small.channels(e.leadId),
    height: 620,
    onCall: fn(),
    onText: fn(),
    onEmail: fn(),
    onSelect: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 820 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof WorkQueue>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A 500-account book ranked by core with the Reg F policy's verdicts. */
export const Book500: Story = {};

/** The queue in a 320 px side panel of a wide page: each card stacks by its own width. */
export const InSidePanel: Story = {
  args: { height: 520 },
  decorators: [
    (Story) => (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <div className="hl-muted" style={{ flex: '1 1 240px' }}>
          Host page content
        </div>
        <aside aria-label="Side panel" style={{ flex: '0 1 320px', minWidth: 0 }}>
          <Story />
        </aside>
      </div>
    ),
  ],
};

/**
 * 10,000 accounts: only the cards in view (plus a few above and below) are in the DOM.
 * The browser check asserts fewer than 100 cards after scrolling.
 */
export const TenThousandAccounts: Story = {
  // The 10,000-account book is generated (and ranked by core) only when this story renders.
  render: (args) => {
    const big = getBook(10_000);
    return (
      <Stateful
        {...args}
        entries={big.entries}
        getAccount={(e) => big.account(e.leadId)}
        getChannels={(e) => big.channels(e.leadId)}
      />
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('10,000 accounts')).toBeInTheDocument();
    await waitFor(() => expect(canvasElement.querySelectorAll('article').length).toBeGreaterThan(0));
    await expect(canvasElement.querySelectorAll('article').length).toBeLessThan(100);
  },
};

/** An empty queue says so. */
export const Empty: Story = {
  args: { entries: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No accounts in the queue.')).toBeInTheDocument();
    await expect(canvas.queryAllByRole('article')).toHaveLength(0);
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
