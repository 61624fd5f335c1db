import type { Meta, StoryObj } from '@storybook/react-vite';
import type { LeadEvent } from '@hotleads/core';
import { expect } from 'storybook/test';
import { book } from '../fixtures/samples';
import { ActivityTimeline } from './ActivityTimeline';

const busiest = [...book.leads].sort((a, b) => (b.events?.length ?? 0) - (a.events?.length ?? 0))[0]!;

const meta = {
  title: 'Work queue/ActivityTimeline',
  component: ActivityTimeline,
  args: { events: busiest.events as LeadEvent[], now: book.now, timeZone: String(busiest.timeZone) },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ActivityTimeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The generated account with the most activity, newest first. */
export const BusyAccount: Story = {
  play: async ({ canvas, args }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items.length).toBe(Math.min(8, args.events.length));
    const times = items.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!));
    await expect([...times].sort((a, b) => b - a)).toEqual(times);
  },
};

/** No events yet. */
export const Empty: Story = { args: { events: [] } };
