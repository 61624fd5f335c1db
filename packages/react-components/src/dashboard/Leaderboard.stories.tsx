import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { teamMetrics, agencyMetrics } from '../fixtures/dashboardSamples';
import { ExportButton } from './ExportButton';
import { Leaderboard } from './Leaderboard';

const onExport = fn();

const meta = {
  title: 'Dashboard/Leaderboard',
  component: Leaderboard,
  args: {
    rows: teamMetrics.leaderboard,
    metricLabel: 'Revenue per hour',
    caption: 'Early stage team — leaderboard',
    highlightId: teamMetrics.leaderboard[1]?.collectorId,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Leaderboard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A team ranked by core's revenue per collector hour; the signed-in collector is highlighted. */
export const Team: Story = {
  play: async ({ canvas, args }) => {
    const rows = canvas.getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(args.rows.length);
    await expect(rows[0]).toHaveTextContent(args.rows[0]!.name);
    await expect(canvas.getByRole('row', { current: true })).toHaveTextContent(args.rows[1]!.name);
  },
};

/** The whole agency, with CSV / PDF export of exactly the rows shown. */
export const AgencyWithExport: Story = {
  args: {
    rows: agencyMetrics.leaderboard,
    caption: 'Agency leaderboard',
    highlightId: undefined,
    actions: (
      <ExportButton
        subject="leaderboard"
        filename="leaderboard"
        rows={agencyMetrics.leaderboard}
        columns={[
          { key: 'rank', label: 'Rank' },
          { key: 'name', label: 'Collector' },
          { key: 'display', label: 'Revenue per hour' },
        ]}
        onExport={onExport}
      />
    ),
  },
  play: async ({ canvas, args }) => {
    onExport.mockClear();
    await userEvent.click(canvas.getByRole('button', { name: 'Export leaderboard as CSV' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    const file = onExport.mock.calls[0]![0] as { text: string; filename: string };
    await expect(file.filename).toBe('leaderboard.csv');
    const lines = file.text.trim().split(/\r?\n/);
    await expect(lines[0]).toBe('Rank,Collector,Revenue per hour');
    const shown = canvas
      .getAllByRole('row')
      .slice(1)
      .map((tr) => tr.querySelector('th')!.textContent);
    await expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(shown);
    await expect(lines).toHaveLength(args.rows.length + 1);
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
