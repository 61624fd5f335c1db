import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getBook } from '../fixtures/book';
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
    await waitFor(() => expect(canvas.getByRole('complementary', { name: 'Selected account' })).toHaveTextContent(`Why ${name}`));
    await expect(canvas.getAllByRole('article')[1]).toHaveAttribute('aria-current', 'true');
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** Manager: a team's KPIs with changes, collections trend, promises and leaderboard for a date range. */
export const ManagerTeamDashboard: Story = {
  name: 'Manager team dashboard',
  render: () => <ManagerTeamPage />,
};

/** Agency admin: client targets and pace, agency KPIs, weekly trend, promises and team comparison. */
export const AdminAgencyDashboard: Story = {
  name: 'Admin agency dashboard',
  render: () => <AdminAgencyPage />,
};

/** The collector page in the dark theme. */
export const CollectorQueueDark: Story = {
  name: 'Collector queue (dark)',
  render: () => <CollectorQueuePage />,
  parameters: { theme: 'dark' },
};
