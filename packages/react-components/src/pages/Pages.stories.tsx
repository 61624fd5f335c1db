import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getAgency } from '../fixtures/agency';
import { getBook } from '../fixtures/book';
import { dashboardMetrics, forTeam } from '../fixtures/dashboards';
import { PRESETS, rangeToPeriod } from '../fixtures/ranges';
import { getLedgerKpis } from '../fixtures/ledger';
import { formatValue } from '../util/format';
import { AdminAgencyPage } from './AdminAgencyPage';
import { CollectorQueuePage } from './CollectorQueuePage';
import { ManagerTeamPage } from './ManagerTeamPage';

const meta = { title: 'Pages', parameters: { layout: 'fullscreen' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Collector: the ranked queue, why the selected account is hot, its activity, live alerts and the daily goal. */
export const CollectorQueue: Story = {
  name: 'Collector queue',
  render: () => <CollectorQueuePage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const book = getBook(500);
    const second = book.entries[1]!;
    const name = book.lead(second.leadId).name;
    await userEvent.click(canvas.getAllByRole('button', { name })[0]!);
    await waitFor(() =>
      expect(canvas.getByRole('complementary', { name: 'Selected account' })).toHaveTextContent(`Why ${name}`),
    );
    await expect(canvas.getAllByRole('article')[1]).toHaveAttribute('aria-current', 'true');
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** Manager: a team's KPIs with changes, collections trend, promises and leaderboard for a date range. */
export const ManagerTeamDashboard: Story = {
  name: 'Manager team dashboard',
  render: () => <ManagerTeamPage />,
};

/** The manager picks "Last 7 days": every KPI, the trend and the leaderboard are recomputed by core for the new period. */
export const ManagerLastSevenDays: Story = {
  name: 'Manager team dashboard (last 7 days)',
  render: () => <ManagerTeamPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Date range/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Last 7 days' }));
    await userEvent.keyboard('{Escape}');
    const expected = dashboardMetrics(forTeam(getAgency(), 'early'), rangeToPeriod(PRESETS[1]!.range));
    await waitFor(() =>
      expect(canvas.getByRole('region', { name: 'Collected' })).toHaveTextContent(expected.collected.value),
    );
    await expect(canvas.getByRole('region', { name: 'Revenue per collector hour' })).toHaveTextContent(
      expected.revenuePerHour.value,
    );
    const board = canvas.getByRole('table', { name: /^Leaderboard/ });
    await expect(within(board).getAllByRole('row')[1]).toHaveTextContent(expected.leaderboard[0]!.name);
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** Agency admin: client targets and pace, agency KPIs, weekly trend, promises and team comparison. */
export const AdminAgencyDashboard: Story = {
  name: 'Admin agency dashboard',
  loaders: [async () => ({ ledgerKpis: await getLedgerKpis() })],
  render: (_args, { loaded }) => <AdminAgencyPage ledgerKpis={loaded.ledgerKpis} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const backOffice = canvas.getByRole('region', { name: /back office/ });
    // The ledger's own amount ("7621.41"), shown as money.
    await expect(within(backOffice).getByRole('region', { name: 'Total collected (ledger)' })).toHaveTextContent(
      formatValue(loaded.ledgerKpis.totalCollected.amount, 'currency', { currency: loaded.ledgerKpis.currency }),
    );
  },
};

/** The collector page in the dark theme. */
export const CollectorQueueDark: Story = {
  name: 'Collector queue (dark)',
  render: () => <CollectorQueuePage />,
  parameters: { theme: 'dark' },
};
