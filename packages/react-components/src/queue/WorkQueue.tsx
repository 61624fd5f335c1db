import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useHotleadsLocale } from '../theme/context';
import type { ChannelStatus, ContactChannel, ContactHandlers, QueueAccount, QueueEntryLike } from '../types';
import { formatValue } from '../util/format';
import { QueueCard } from './QueueCard';

/** Props of {@link WorkQueue}. */
export type WorkQueueProps = ContactHandlers & {
  /** The ranked queue from `rankQueue` / the live queue, in the order to show it. */
  entries: readonly QueueEntryLike[];
  /** Looks up the account data a card shows for an entry. */
  getAccount: (entry: QueueEntryLike) => QueueAccount;
  /** Per-channel policy verdicts for an entry, when the host evaluates channels separately. */
  getChannels?: (entry: QueueEntryLike) => Partial<Record<ContactChannel, ChannelStatus>> | undefined;
  /** The lead open in the host, highlighted with `aria-current`. */
  selectedId?: string;
  /** Called with the lead id when the collector selects an account: a click on its name, or Enter on its card. */
  onSelect?: (leadId: string) => void;
  /** Height of the scrolling area in pixels (default 560). */
  height?: number;
  /** Estimated card height before measuring (default 116). */
  estimateCardHeight?: number;
  /** Cards rendered beyond the visible ones on each side (default 3). */
  overscan?: number;
  /** Heading text (default `strings.workQueue`, "Work queue"). */
  title?: string;
};

/**
 * The collector's queue: every entry as a {@link QueueCard}, virtualized with
 * `@tanstack/react-virtual` so a book of 10,000 accounts renders only the cards in view.
 * The list is an ARIA feed: Tab reaches the current card's controls; Page Down / Page Up (or the
 * arrow keys) move between cards, scrolling as needed; Home / End jump to the ends; Enter on a
 * card selects it (`onSelect`).
 */
export function WorkQueue({
  entries,
  getAccount,
  getChannels,
  selectedId,
  onSelect,
  height = 560,
  estimateCardHeight = 116,
  overscan = 3,
  title,
  ...handlers
}: WorkQueueProps) {
  const { strings, locale } = useHotleadsLocale();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => estimateCardHeight,
    overscan,
    initialRect: { width: 800, height },
    getItemKey: (i) => entries[i]?.leadId ?? i,
    // A card that has no layout yet (hidden host, or no layout engine) keeps its estimate.
    measureElement: (el, entry, instance) => measureElement(el, entry, instance) || estimateCardHeight,
  });

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(entries.length - 1, index));
      setActive(next);
      pendingFocus.current = next;
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [entries.length, virtualizer],
  );

  // Focus a card once it has been rendered after a keyboard move.
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    const want = pendingFocus.current;
    if (want == null) return;
    const el = scrollerRef.current?.querySelector<HTMLElement>(`[data-card-index="${want}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const card = target.closest<HTMLElement>('[data-card-index]');
    const from = card ? Number(card.dataset.cardIndex) : active;
    const isCard = target === card;
    let to: number | null = null;
    if (e.key === 'PageDown' || (isCard && e.key === 'ArrowDown')) to = from + 1;
    else if (e.key === 'PageUp' || (isCard && e.key === 'ArrowUp')) to = from - 1;
    else if (isCard && e.key === 'Home') to = 0;
    else if (isCard && e.key === 'End') to = entries.length - 1;
    if (to != null) {
      e.preventDefault();
      moveTo(to);
    }
  };

  return (
    <section className="hl-queue" aria-labelledby={headingId}>
      <div className="hl-queue-header">
        <h2 className="hl-panel-title" id={headingId}>
          {title ?? strings.workQueue}
        </h2>
        <span className="hl-muted">{strings.accountCount(formatValue(entries.length, 'integer', { locale }))}</span>
      </div>
      {/* An empty feed would break ARIA (a feed owns articles): say so instead. */}
      {entries.length === 0 ? <p className="hl-muted">{strings.emptyQueue}</p> : null}
      <div
        ref={scrollerRef}
        hidden={entries.length === 0}
        className="hl-queue-scroller"
        style={{ height }}
        role={entries.length === 0 ? undefined : 'feed'}
        aria-labelledby={entries.length === 0 ? undefined : headingId}
        aria-busy="false"
        onKeyDown={onKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {items.map((item) => {
            const entry = entries[item.index]!;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="hl-queue-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <QueueCard
                  entry={entry}
                  account={getAccount(entry)}
                  channels={getChannels?.(entry)}
                  selected={entry.leadId === selectedId}
                  onSelect={onSelect}
                  position={{ index: item.index, total: entries.length }}
                  articleProps={{
                    'data-card-index': item.index,
                    tabIndex: item.index === active ? 0 : -1,
                    onFocus: (e) => {
                      if (e.target === e.currentTarget) setActive(item.index);
                    },
                  }}
                  {...handlers}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
