// The manager's backtest: does the hot-lead queue earn more per collector hour than working by
// balance? The figures are core's `backtestQueue` over a generated book, computed in the loader;
// the play function recomputes nothing by hand — it reads core's own display text.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { backtestQueue, regFPolicy, type BacktestResult } from '@hotleads/core';
import { generateCollectionsBook } from '@hotleads/core/demo';
import { expect, within } from 'storybook/test';
import { defaultStrings as strings } from '../theme/strings';
import { BacktestChart } from './BacktestChart';

/** The book and the working week the stories backtest (small enough to simulate in the browser). */
const BOOK = { size: 250, now: '2026-11-02T05:00:00Z', seed: 7 } as const;
const WEEK = {
  start: '2026-11-02',
  days: 3,
  collectors: 1,
  shift: { start: '09:00', hours: 6 },
  attemptsPerHour: 10,
  refreshHours: 3,
  policy: regFPolicy,
  seeds: 20,
} as const;

let simulated: BacktestResult | undefined;
/** Core's backtest of the week, computed once for both stories. */
function simulate(): BacktestResult {
  simulated ??= backtestQueue({ accounts: generateCollectionsBook(BOOK) }, ['hotLead', 'balance'], WEEK);
  return simulated;
}

const TITLE = 'Revenue per collector hour by queue order';

const meta = {
  title: 'Manager/BacktestChart',
  component: BacktestChart,
  loaders: [async () => ({ result: simulate() })],
  render: (args, { loaded }) => <BacktestChart {...args} result={loaded.result as BacktestResult} />,
  args: { title: TITLE, result: undefined as unknown as BacktestResult },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof BacktestChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Hot-lead order against balance order, simulated over 20 seeds with Reg F on every call. */
export const HotLeadVsBalance: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const result = loaded.result as BacktestResult;
    const table = canvas.getByRole('table', { name: TITLE });
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(result.orderings.length);
    for (const [i, o] of result.orderings.entries()) {
      await expect(rows[i]).toHaveTextContent(o.label);
      await expect(rows[i]).toHaveTextContent(o.revenuePerHour.display);
      await expect(rows[i]).toHaveTextContent(o.lift?.display ?? strings.backtestBaseline);
    }
    await expect(canvas.getByText(result.caveat)).toBeVisible();
  },
};

/** The same, in the dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
