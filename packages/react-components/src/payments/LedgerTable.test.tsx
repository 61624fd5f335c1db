// LedgerTable keeps a search of 100,000 matches to a few dozen rows in the DOM and asks for the
// pages it shows, never the whole result.
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LedgerTable, type LedgerPage } from './LedgerTable';

type Row = { id: string; n: number };
const TOTAL = 100_000;

function pages(calls: Array<[number, number]>) {
  return (offset: number, limit: number): Promise<LedgerPage<Row>> => {
    calls.push([offset, limit]);
    const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => ({
      id: `row-${offset + i}`,
      n: offset + i,
    }));
    return Promise.resolve({ total: TOTAL, items });
  };
}

describe('LedgerTable', () => {
  it('renders fewer than 100 of 100,000 rows and loads only the pages in view', async () => {
    const calls: Array<[number, number]> = [];
    render(
      <LedgerTable<Row>
        label="Payments"
        columns={[{ key: 'id', label: 'Id', cell: (r) => r.id }]}
        loadPage={pages(calls)}
        queryKey="all"
        rowKey={(r) => r.id}
        height={400}
      />,
    );
    const table = screen.getByRole('table', { name: 'Payments' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1)));
    await waitFor(() => expect(screen.getByText('row-0')).toBeInTheDocument());
    const rendered = table.querySelectorAll('[data-row-index]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(calls.every(([, limit]) => limit === 100)).toBe(true);

    // Scroll to the middle: the rows there are loaded and shown, still fewer than 100.
    await act(async () => {
      table.scrollTop = 44 * 50_000;
      table.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(screen.getByText('row-50000')).toBeInTheDocument());
    expect(table.querySelectorAll('[data-row-index]').length).toBeLessThan(100);
    expect(calls.some(([offset]) => offset === 50_000)).toBe(true);
    expect(calls.length).toBeLessThan(10);
  });

  it('starts again from the first page when the query changes', async () => {
    const calls: Array<[number, number]> = [];
    const props = {
      label: 'Payments',
      columns: [{ key: 'id', label: 'Id', cell: (r: Row) => r.id }],
      loadPage: pages(calls),
      rowKey: (r: Row) => r.id,
    };
    const { rerender } = render(<LedgerTable<Row> {...props} queryKey="a" />);
    await waitFor(() => expect(screen.getByText('row-0')).toBeInTheDocument());
    const before = calls.length;
    rerender(<LedgerTable<Row> {...props} queryKey="b" />);
    await waitFor(() => expect(calls.length).toBeGreaterThan(before));
    expect(calls[before]).toEqual([0, 100]);
  });
});
