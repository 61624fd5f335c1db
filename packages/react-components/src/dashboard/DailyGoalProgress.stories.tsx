import type { Meta, StoryObj } from '@storybook/react-vite';
import { dailyGoalProgress } from '@hotleads/core';
import { expect } from 'storybook/test';
import { agency, avaDay } from '../fixtures/dashboardSamples';
import { DailyGoalProgress } from './DailyGoalProgress';

const meta = {
  title: 'Work queue/DailyGoalProgress',
  component: DailyGoalProgress,
  args: { progress: avaDay.goal },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DailyGoalProgress>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A collector's day at 13:30: core's `dailyGoalProgress` against a $1,200 goal. */
export const Midday: Story = {
  play: async ({ canvas, args }) => {
    const bar = canvas.getByRole('progressbar', { name: "Today's goal" });
    await expect(bar).toHaveAttribute('aria-valuenow', String(args.progress.bar));
    await expect(bar).toHaveAttribute('aria-valuetext', `${args.progress.label} (${args.progress.percent})`);
  },
};

/** The whole agency against a daily goal it has already met. */
export const GoalMet: Story = {
  args: {
    title: 'Agency goal today',
    progress: dailyGoalProgress(agency.payments, { goal: 500, now: agency.now, timeZone: agency.timeZone }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Goal met/)).toBeInTheDocument();
  },
};
