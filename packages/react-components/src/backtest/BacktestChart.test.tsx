import { backtestQueue, BACKTEST_ORDERINGS } from '@hotleads/core';
import { generateCollectionsBook } from '@hotleads/core/demo';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BacktestChart } from './BacktestChart';

const accounts = generateCollectionsBook({ size: 40, now: '2026-11-02T05:00:00Z', seed: 3 });
const week = { start: '2026-11-02', days: 2, collectors: 1, shift: { hours: 3 }, attemptsPerHour: 6, seeds: 3 };

describe('BacktestChart', () => {
  it("shows core's display text for every ordering, the lift against the baseline, and the caveat", () => {
    const result = backtestQueue({ accounts }, ['hotLead', 'balance', 'oldest'], week);
    render(<BacktestChart result={result} title="Backtest" width={500} />);
    const rows = within(screen.getByRole('table', { name: 'Backtest' })).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(screen.getByRole('columnheader', { name: `Lift vs ${BACKTEST_ORDERINGS.balance.label}` })).toBeTruthy();
    result.orderings.forEach((o, i) => {
      const cells = within(rows[i + 1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([
        o.revenuePerHour.display,
        o.lift?.display ?? 'Baseline',
        o.collectionRate.display,
        o.rightPartyContacts.display,
        o.promisesKept.display,
      ]);
    });
    expect(screen.getByText(result.caveat)).toBeTruthy();
  });

  it("adds a replay's coverage column", () => {
    const simulated = backtestQueue({ accounts }, ['hotLead'], week);
    expect(simulated.mode).toBe('simulate');
    const replay = backtestQueue(
      {
        accounts,
        activities: [{ collectorId: 'C1', leadId: accounts[0]!.id, at: '2026-11-02T14:00:00Z', outcome: 'no-answer' }],
      },
      ['hotLead', 'balance'],
      { ...week, mode: 'replay' },
    );
    render(<BacktestChart result={replay} title="Replay" width={500} />);
    expect(screen.getByRole('columnheader', { name: 'Coverage' })).toBeTruthy();
    const coverageCells = within(screen.getByRole('table', { name: 'Replay' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').at(-1)!.textContent);
    expect(coverageCells).toHaveLength(2);
    expect(coverageCells.every((c) => /%$/.test(c ?? ''))).toBe(true);
  });
});
