import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TrendBucket } from '@hotleads/core';
import { expect } from 'storybook/test';
import { agencyMetrics } from '../fixtures/dashboardSamples';
import { TrendChart } from './TrendChart';

const meta = {
  title: 'Dashboard/TrendChart',
  component: TrendChart<TrendBucket>,
  args: {
    title: 'Collected per day',
    data: agencyMetrics.revenueTrend.buckets,
    series: [{ key: 'value', label: 'Collected' }],
    format: 'money',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof TrendChart<TrendBucket>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Core's `metricTrend` of payments per local day, month to date. */
export const CollectedPerDay: Story = {
  play: async ({ canvas, args }) => {
    const table = canvas.getByRole('table', { name: args.title });
    await expect(table.querySelectorAll('tbody tr')).toHaveLength(args.data.length);
    await expect(table).toHaveTextContent(args.data[0]!.display);
  },
};

/** Right-party-contact rate per day (core's ratio aggregate). */
export const RpcRate: Story = {
  args: {
    title: 'Right-party contact rate',
    data: agencyMetrics.rpcTrend.buckets,
    series: [{ key: 'value', label: 'RPC rate' }],
    format: 'percent',
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
