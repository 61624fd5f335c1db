import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Props of {@link VirtualList}. */
export type VirtualListProps = {
  /** Accessible name of the list. */
  label: string;
  /** How many rows. */
  count: number;
  /** A stable key for row `index` (a lead id, a slot id). */
  rowKey: (index: number) => string;
  /** The content of row `index`. */
  renderRow: (index: number) => ReactNode;
  /** Height of the scrolling area in pixels (default 420). */
  height?: number;
  /** Height of one row in pixels (default 44): every row's height, or the estimate when `measure` is set. */
  rowHeight?: number;
  /** Rows have their own height (text that wraps): each rendered row is measured (default false: fixed height). */
  measure?: boolean;
  /** Rows rendered beyond the visible ones on each side (default 6). */
  overscan?: number;
  /** Extra class on the scroller. */
  className?: string;
};

/**
 * The lead screens' long list: `@tanstack/react-virtual` keeps only the rows in view (and a few
 * beyond) in the DOM, so 100,000 leads render a few dozen rows. Each row is a `listitem` with
 * `aria-posinset` / `aria-setsize`; one row is in the tab order (roving tabindex). On a row,
 * ArrowDown / ArrowUp move one row, PageDown / PageUp a screenful, Home / End to the ends,
 * scrolling as needed; Tab goes on into the row's own controls. With `measure`, rows keep the
 * height of their content (measured as they render) instead of `rowHeight`.
 */
export function VirtualList({
  label,
  count,
  rowKey,
  renderRow,
  height = 420,
  rowHeight = 44,
  overscan = 6,
  measure = false,
  className,
}: VirtualListProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: 800, height },
    getItemKey: (i) => rowKey(i),
    // a row not laid out yet (or jsdom, which lays nothing out) measures 0: keep the estimate
    measureElement: (el) => el.getBoundingClientRect().height || rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    const want = pendingFocus.current;
    if (want == null) return;
    const el = scrollerRef.current?.querySelector<HTMLElement>(`[data-row-index="${want}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const page = Math.max(1, Math.floor(height / rowHeight) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
    if (!row || e.target !== row) return;
    const from = Number(row.dataset.rowIndex);
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: count - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div
      ref={scrollerRef}
      className={`hl-vlist${className ? ` ${className}` : ''}`}
      style={{ height }}
      role="list"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {items.map((item) => (
          <div
            key={item.key}
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={count}
            data-row-index={item.index}
            data-index={item.index}
            ref={measure ? virtualizer.measureElement : undefined}
            tabIndex={item.index === current ? 0 : -1}
            className="hl-vlist-row"
            style={{ height: measure ? undefined : rowHeight, transform: `translateY(${item.start}px)` }}
            onFocus={(e) => {
              if (e.target === e.currentTarget) setActive(item.index);
            }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
