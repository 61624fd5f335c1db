import type { Meta, StoryObj } from '@storybook/react-vite';
import { compareToPrevious, metricTrend, revenuePerCollectorHour } from '@hotleads/core';
import { expect, fn } from 'storybook/test';
import { KpiCard } from '../dashboard/KpiCard';
import { TrendChart } from '../dashboard/TrendChart';
import { getAgency, previousPeriod } from '../fixtures/agency';
import { lastDays, monthToDate } from '../fixtures/dashboards';
import { book, topBlocked, topEligible } from '../fixtures/samples';
import { spanish } from '../fixtures/spanish';
import { QueueCard } from '../queue/QueueCard';
import { formatValue } from '../util/format';
import { HotleadsTheme } from './HotleadsTheme';

const agency = getAgency();

const meta = {
  title: 'Theme/HotleadsTheme',
  component: HotleadsTheme,
  args: { theme: 'light' },
} satisfies Meta<typeof HotleadsTheme>;
export default meta;
type Story = StoryObj<typeof meta>;

function Cards() {
  return (
    <div style={{ display: 'grid', gap: 8, padding: 12 }}>
      <QueueCard entry={topEligible} account={book.account(topEligible.leadId)} onCall={fn()} onText={fn()} />
      <QueueCard entry={topBlocked} account={book.account(topBlocked.leadId)} onCall={fn()} onText={fn()} />
    </div>
  );
}

/** The same cards in both palettes, side by side: a nested root switches every `--hl-*` variable. */
export const LightAndDark: Story = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(300px, 100%), 1fr))' }}>
      <HotleadsTheme theme="light">
        <Cards />
      </HotleadsTheme>
      <HotleadsTheme theme="dark">
        <Cards />
      </HotleadsTheme>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const roots = canvasElement.querySelectorAll('.hl-root .hl-root');
    await expect([...roots].map((r) => r.getAttribute('data-hl-theme'))).toEqual(['light', 'dark']);
  },
};

const trend = metricTrend(
  agency.payments.map((p) => ({ at: p.at, value: p.amount })),
  { ...lastDays(14, agency), timeZone: agency.timeZone, bucket: 'day', unit: 'money', format: { locale: 'es-MX' } },
);
const period = monthToDate(agency);
const rph = revenuePerCollectorHour(agency.payments, agency.sessions, { ...period, format: { locale: 'es-MX' } });
const rphBefore = revenuePerCollectorHour(agency.payments, agency.sessions, previousPeriod(period));
const rphChange = compareToPrevious(rph.perHour!, rphBefore.perHour);

/**
 * A host that speaks Spanish: `strings` replaces the labels the components render, `locale`
 * writes their numbers and dates; core's figures are formatted by core with `format: { locale }`.
 */
export const Localized: Story = {
  args: { theme: 'light', locale: 'es-MX', strings: spanish },
  render: (args) => (
    <HotleadsTheme {...args}>
      <div style={{ display: 'grid', gap: 12, padding: 12, maxWidth: 760 }}>
        <QueueCard entry={topEligible} account={book.account(topEligible.leadId)} onCall={fn()} onText={fn()} />
        <KpiCard label="Ingreso por hora de gestor" value={rph.display} change={rphChange} />
        <TrendChart
          title="Cobrado por día"
          data={trend.buckets}
          series={[{ key: 'value', label: 'Cobrado' }]}
          format="money"
        />
      </div>
    </HotleadsTheme>
  ),
  play: async ({ canvas }) => {
    const account = book.account(topEligible.leadId);
    const card = canvas.getByRole('article', { name: account.name });
    await expect(canvas.getByRole('button', { name: `Llamar: ${account.name}` })).toBeEnabled();
    // Intl writes es-MX money with a no-break space ("USD 1,734.52"): compare the text as it is.
    await expect(card.textContent).toContain(`Saldo ${formatValue(account.balance!, 'currency', { locale: 'es-MX' })}`);
    await expect(card).toHaveTextContent(`n.º ${topEligible.rank}`);
    const kpi = canvas.getByRole('region', { name: 'Ingreso por hora de gestor' });
    await expect(kpi.textContent).toContain(rph.display);
    const words = { up: 'Sube', down: 'Baja', flat: 'Sin cambio', none: 'Sin datos previos' } as const;
    await expect(kpi).toHaveTextContent(words[rphChange.direction]);
    const partial = trend.buckets.filter((b) => b.partial).map((b) => b.label);
    await expect(canvas.getByRole('figure', { name: 'Cobrado por día' })).toHaveAccessibleDescription(
      `Discontinua: periodo parcial (${partial.join(' y ')})`,
    );
  },
};
