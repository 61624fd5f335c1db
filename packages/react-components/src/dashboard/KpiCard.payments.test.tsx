import { compareToPrevious } from '@hotleads/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateLedgerKpis } from '../fixtures/ledger';
import { KpiCard } from './KpiCard';

const trendOf = (label: string) => screen.getByRole('region', { name: label }).querySelector('.hl-trend')!;

describe("KpiCard with @hotleads/payments' KPI changes", () => {
  it("shows the ledger's KpiChange as it is: direction, verdict and percent come from the library", async () => {
    const kpis = await generateLedgerKpis();
    const cards = [
      ['Total collected', kpis.totalCollected.change],
      ['Received today', kpis.receivedToday.change],
      ['Collection rate', kpis.collectionRate.change!],
      ['Average collection time', kpis.averageCollectionTime.change!],
    ] as const;
    render(
      <>
        {cards.map(([label, change]) => (
          <KpiCard key={label} label={label} value="—" change={change} />
        ))}
      </>,
    );
    for (const [label, change] of cards) {
      const trend = trendOf(label);
      expect(trend).toHaveAttribute('data-direction', change.direction);
      expect(trend).toHaveAttribute('data-tone', change.good === null ? 'neutral' : change.good ? 'good' : 'bad');
      if (change.direction !== 'flat' && change.changeRatio !== null)
        expect(trend).toHaveTextContent(change.changePercent.slice(1));
    }
  });

  it('shows a faster average collection time as good news', () => {
    render(
      <KpiCard
        label="Average collection time"
        value="10.0 days"
        change={compareToPrevious(10, 18.1, { higherIsBetter: false })}
      />,
    );
    const trend = screen.getByText(/vs previous period/).closest('p')!;
    expect(trend).toHaveAttribute('data-tone', 'good');
    expect(trend).toHaveTextContent('Down 44.8% vs previous period');
  });

  it('says so, in neutral colour, when the previous period has no data', () => {
    render(
      <KpiCard
        label="Average collection time"
        value="15.2 days"
        change={compareToPrevious(15.2, null, { higherIsBetter: false })}
      />,
    );
    const trend = trendOf('Average collection time');
    expect(trend).toHaveAttribute('data-tone', 'neutral');
    expect(trend).toHaveAttribute('data-direction', 'none');
    expect(trend).toHaveTextContent(/^No previous data$/);
  });
});
