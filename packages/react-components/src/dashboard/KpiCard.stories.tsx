import type { Meta, StoryObj } from '@storybook/react-vite';
import { compareToPrevious } from '@hotleads/core';
import { expect } from 'storybook/test';
import { agencyMetrics, teamMetrics } from '../fixtures/dashboardSamples';
import { KpiCard } from './KpiCard';

const meta = {
  title: 'Dashboard/KpiCard',
  component: KpiCard,
  args: {
    label: 'Revenue per collector hour',
    value: teamMetrics.revenuePerHour.value,
    change: teamMetrics.revenuePerHour.change,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 280 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof KpiCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Core's revenue per collector hour for a team, with its change against the previous period. */
export const RevenuePerHour: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText(String(args.value))).toBeInTheDocument();
    const trend = canvas.getByText(/vs previous period/).closest('p')!;
    await expect(trend).toHaveAttribute('data-direction', args.change!.direction);
    await expect(trend).toHaveAttribute('data-tone', args.change!.good ? 'good' : 'bad');
  },
};

/** Agency collection rate with core's "collected of placed" line. */
export const CollectionRate: Story = {
  args: {
    label: 'Collection rate',
    value: agencyMetrics.collectionRate.value,
    change: agencyMetrics.collectionRate.change,
    hint: agencyMetrics.collectionRate.hint,
  },
};

/** A cost-like metric where down is good news (core's `higherIsBetter: false`). */
export const DownIsGood: Story = {
  args: {
    label: 'Broken promises',
    value: agencyMetrics.pipeline.broken.count,
    format: 'integer',
    change: compareToPrevious(agencyMetrics.pipeline.broken.count, agencyMetrics.pipeline.broken.count + 9, {
      higherIsBetter: false,
    }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/vs previous period/).closest('p')).toHaveAttribute('data-tone', 'good');
  },
};

/** A KPI whose previous period has no data (core's `compareToPrevious(value, null)`): no arrow, no verdict. */
export const NoPreviousData: Story = {
  args: {
    label: 'Average collection time',
    value: '15.2 days',
    change: compareToPrevious(15.2, null, { higherIsBetter: false }),
  },
  play: async ({ canvas, args }) => {
    const trend = canvas.getByRole('region', { name: args.label }).querySelector('.hl-trend')!;
    await expect(trend).toHaveAttribute('data-direction', args.change!.direction);
    await expect(trend).toHaveAttribute('data-tone', 'neutral');
    await expect(trend).toHaveTextContent('No previous data');
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
