// CriteriaTable's virtualized rows outside its stories: a scrolled table renders the rows at the
// scroll position, keeps the row holding focus (an inline edit) and numbers each row for ARIA.
import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { leadsModel } from '../fixtures/leads';
import { CriteriaTable } from './CriteriaTable';

const big = {
  ...leadsModel,
  criteria: Array.from({ length: 30 }, (_, copy) =>
    leadsModel.criteria.map((c) => ({ ...c, id: `${c.id}-${copy + 1}`, group: `${c.group} ${copy + 1}` })),
  ).flat(),
};
const rowIndexes = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')].map((r) =>
    Number(r.getAttribute('aria-rowindex')),
  );

describe('CriteriaTable', { timeout: 30_000 }, () => {
  it('renders only the rows at the scroll position and keeps the focused row', async () => {
    const { container } = render(
      <CriteriaTable model={big} renderEdit={(c) => <input aria-label={`edit ${c.id}`} defaultValue={c.weight} />} />,
    );
    const table = container.querySelector('table')!;
    const total = Number(table.getAttribute('aria-rowcount'));
    // every criterion and one heading per group, after the header row
    expect(total).toBe(big.criteria.length + new Set(big.criteria.map((c) => c.group)).size + 1);
    const first = rowIndexes(container);
    expect(first[0]).toBe(2);
    expect(first.length).toBeLessThan(total / 10);

    const input = container.querySelector<HTMLInputElement>(`input[aria-label="edit ${big.criteria[0]!.id}"]`)!;
    act(() => input.focus());
    const scroller = container.querySelector<HTMLElement>('.hl-criteria-scroll')!;
    await act(async () => {
      scroller.scrollTop = 20_000;
      fireEvent.scroll(scroller);
      await new Promise((r) => setTimeout(r, 50));
    });
    const after = rowIndexes(container);
    expect(after.length).toBeLessThan(total / 10);
    expect(Math.max(...after)).toBeGreaterThan(Math.max(...first));
    // the focused row is still in the DOM, and focus with it
    expect(after).toContain(3);
    expect(document.activeElement).toBe(input);
    // rows stay in order, each with its own index
    expect([...after].sort((a, b) => a - b)).toEqual(after);
  });
});
