import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { agencyMetrics } from '../fixtures/dashboardSamples';
import {
  TeamComparison,
  clientTargetBars,
  clientTargetDetailLabels,
  teamComparisonBars,
  teamComparisonDetailLabels,
} from './TeamComparison';

const meta = {
  title: 'Dashboard/TeamComparison',
  component: TeamComparison,
  args: {
    rows: teamComparisonBars(agencyMetrics.teams),
    metricLabel: 'Revenue per hour',
    detailLabels: teamComparisonDetailLabels,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 900 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof TeamComparison>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Core's `teamComparison`: revenue per hour bars (share of the best team), RPC rate, vs average. */
export const Teams: Story = {
  play: async ({ canvas }) => {
    for (const t of agencyMetrics.teams) {
      await expect(canvas.getByRole('row', { name: new RegExp(t.name) })).toHaveTextContent(t.revenuePerHourDisplay);
    }
  },
};

/** Core's `clientTargetProgress`: each client's month against its target and pace. */
export const ClientTargets: Story = {
  args: {
    rows: clientTargetBars(agencyMetrics.clientTargets),
    metricLabel: 'Attainment',
    detailLabels: clientTargetDetailLabels,
    caption: 'Client targets this month',
    nameLabel: 'Client',
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
