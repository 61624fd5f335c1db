import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';

/** One column of a {@link LedgerTable}. */
export type LedgerColumn<Row> = {
  key: string;
  label: string;
  /** The cell: the ledger's value, formatted for display only. */
  cell: (row: Row) => ReactNode;
  /** Grid track of the column (default `minmax(110px, 1fr)`). */
  width?: string;
  align?: 'start' | 'end';
  /** The ledger's sort key of this column, when the ledger can sort by it. */
  sortKey?: string;
};

/** A ledger sort: a key of the search's sort keys and a direction. */
export type LedgerSort = { key: string; direction: 'asc' | 'desc' };

/** A page of matches as a ledger search returns it. */
export type LedgerPage<Row> = { total: number; items: Row[] };

/** Props of {@link LedgerTable}. */
export type LedgerTableProps<Row> = {
  /** Accessible name of the table (its caption). */
  label: string;
  columns: readonly LedgerColumn<Row>[];
  /** Loads `limit` matches from `offset` (a ledger search with the current filters and sort). */
  loadPage: (offset: number, limit: number) => Promise<LedgerPage<Row>>;
  /** Names the query: a new key drops the loaded pages and starts at the top. */
  queryKey: string;
  rowKey: (row: Row) => string;
  /** Called with the total of the first page (for a count beside the table). */
  onTotal?: (total: number) => void;
  /** Height of the scrolling area in pixels (default 480). */
  height?: number;
  /** Rows loaded per ledger call (default 100). */
  pageSize?: number;
  /** The sort in effect (shown with `aria-sort` on its column). */
  sort?: LedgerSort;
  /** Called with a column's sort key when its header is pressed. */
  onSort?: (key: string) => void;
};

const ROW_HEIGHT = 44;

/**
 * A table over a ledger search of any size: `@tanstack/react-virtual` keeps only the rows in view
 * (and a few beyond) in the DOM, and the rows are fetched a page at a time from the ledger as they
 * scroll into view, so 100,000 matches render fewer than 100 rows. ARIA `table` semantics with
 * `aria-rowcount` / `aria-rowindex`; the scroller is focusable and scrolls with the keyboard.
 */
export function LedgerTable<Row>({
  label,
  columns,
  loadPage,
  queryKey,
  rowKey,
  onTotal,
  height = 480,
  pageSize = 100,
  sort,
  onSort,
}: LedgerTableProps<Row>) {
  const { strings } = useHotleadsLocale();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<{ key: string; total: number | null; rows: Map<number, Row[]> }>({
    key: queryKey,
    total: null,
    rows: new Map(),
  });
  const current = pages.key === queryKey ? pages : { key: queryKey, total: null, rows: new Map<number, Row[]>() };
  const requested = useRef(new Set<string>());
  const total = current.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 960, height },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // A new query: back to the top, pages forgotten.
  useEffect(() => {
    requested.current = new Set();
    if (scrollerRef.current) scrollerRef.current.scrollTop = 0;
  }, [queryKey]);

  // Load the pages the visible rows fall in (the first page also tells the total).
  useEffect(() => {
    const wanted = current.total === null ? [0] : [];
    if (current.total !== null)
      for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) wanted.push(p);
    for (const p of wanted) {
      const id = `${queryKey}#${p}`;
      if (current.rows.has(p) || requested.current.has(id)) continue;
      requested.current.add(id);
      loadPage(p * pageSize, pageSize).then(
        (page) => {
          setPages((s) => {
            const base = s.key === queryKey ? s : { key: queryKey, total: null, rows: new Map<number, Row[]>() };
            const rows = new Map(base.rows);
            rows.set(p, page.items);
            return { key: queryKey, total: page.total, rows };
          });
          if (p === 0) onTotal?.(page.total);
        },
        () => requested.current.delete(id),
      );
    }
  });

  const template = columns.map((c) => c.width ?? 'minmax(110px, 1fr)').join(' ');
  const rowAt = (i: number) => current.rows.get(Math.floor(i / pageSize))?.[i % pageSize];
  return (
    <div
      ref={scrollerRef}
      className="hl-ltable"
      style={{ height }}
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      tabIndex={0}
    >
      <div role="rowgroup" className="hl-ltable-head">
        <div role="row" aria-rowindex={1} className="hl-ltable-row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div
              role="columnheader"
              key={c.key}
              data-align={c.align}
              aria-sort={
                c.sortKey !== undefined && sort?.key === c.sortKey
                  ? sort.direction === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : undefined
              }
            >
              {c.sortKey !== undefined && onSort ? (
                <button type="button" className="hl-sort" onClick={() => onSort(c.sortKey!)}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort?.key === c.sortKey ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              ) : (
                c.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <div
              role="row"
              key={row ? rowKey(row) : `loading-${item.index}`}
              aria-rowindex={item.index + 2}
              className="hl-ltable-row hl-ltable-body-row"
              data-row-index={item.index}
              style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              {row
                ? columns.map((c) => (
                    <div role="cell" key={c.key} data-align={c.align}>
                      {c.cell(row)}
                    </div>
                  ))
                : columns.map((c, i) => (
                    <div role="cell" key={c.key} className="hl-muted">
                      {i === 0 ? strings.payments.loading : ''}
                    </div>
                  ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
