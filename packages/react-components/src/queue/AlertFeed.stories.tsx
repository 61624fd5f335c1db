import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { createLiveFixture } from '../fixtures/live';
import { AlertFeed } from './AlertFeed';

const fixture = createLiveFixture(12);

const meta = {
  title: 'Work queue/AlertFeed',
  component: AlertFeed,
  args: {
    alerts: fixture.alerts,
    now: fixture.book.now,
    getName: (id: string) => fixture.book.lead(id).name,
    onOpen: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AlertFeed>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Alerts core's live queue raised for a scripted stream of intent events. */
export const FromLiveQueue: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(Math.min(20, args.alerts.length));
    const first = args.alerts[0]!;
    await userEvent.click(canvas.getAllByRole('button', { name: `Open ${fixture.book.lead(first.leadId).name}` })[0]!);
    await expect(args.onOpen).toHaveBeenCalledWith(first.leadId);
  },
};

/** Nothing raised yet. */
export const Empty: Story = { args: { alerts: [] } };

function LiveDemo() {
  const [live] = useState(() => createLiveFixture(3, 23));
  const [alerts, setAlerts] = useState(() => [...live.alerts]);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div>
        <button
          type="button"
          className="hl-button"
          onClick={() => {
            let raised = live.next();
            // Some events raise nothing (a faint signal on a cold account): feed until one does.
            for (let i = 0; i < 20 && raised.length === 0; i++) raised = live.next();
            setAlerts([...live.alerts]);
          }}
        >
          Simulate the next consumer event
        </button>
      </div>
      <AlertFeed alerts={alerts} now={live.book.now} getName={(id) => live.book.lead(id).name} />
    </div>
  );
}

/** A live region: each simulated event goes through `liveQueue.ingest` and its alerts appear on top. */
export const Live: Story = {
  render: () => <LiveDemo />,
  play: async ({ canvas }) => {
    const before = canvas.queryAllByRole('listitem').length;
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate the next consumer event' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(before));
    await expect(canvas.getByRole('log')).toHaveAttribute('aria-live', 'polite');
  },
};
