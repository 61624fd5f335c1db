import { MAX_SEARCH_LENGTH, type SearchHit, type SearchIndex, type SearchKind } from '@hotleads/rules';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';

/** Props of {@link GlobalSearch}. */
export type GlobalSearchProps = {
  /** What @hotleads/rules' `createSearchIndex({ leads, criteria, rules })` returned. */
  index: SearchIndex;
  /** Called with the hit picked from the list (Enter or a click). */
  onSelect: (hit: SearchHit) => void;
  /** How many hits the list shows (default 8). */
  limit?: number;
  /** Only these kinds of hits (default all three). */
  kinds?: readonly SearchKind[];
  /** The label (default `strings.leads.globalSearch`). */
  label?: string;
  /** The hit list's greatest height in pixels (default 240); a longer list scrolls, virtualized. */
  listHeight?: number;
};

/** Estimated height of one hit in pixels; each rendered hit is measured. */
const OPTION_HEIGHT = 34;

/**
 * One search box over leads, criteria and rules: an ARIA combobox over a search index of
 * @hotleads/rules (`createSearchIndex`), best hits first, each with its kind and the field that
 * matched. ArrowDown / ArrowUp move through the hits, Enter picks one, Escape closes the list; the
 * number of hits is announced politely. The hit list is virtualized (`@tanstack/react-virtual`,
 * as {@link VirtualList}): only the hits in view, and always the active one, are in the DOM, each
 * with `aria-posinset` / `aria-setsize`, and the list scrolls to keep the active hit in view.
 */
export function GlobalSearch({ index, onSelect, limit = 8, kinds, label, listHeight = 240 }: GlobalSearchProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState('');
  const hits = useMemo(
    () => (text.trim() === '' ? [] : index.search(text, kinds ? { limit, kinds } : { limit })),
    [index, text, limit, kinds],
  );
  const expanded = open && text.trim() !== '';
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const listRef = useRef<HTMLUListElement>(null);
  const current = Math.min(active, Math.max(0, hits.length - 1));
  // the active hit stays in the DOM, so aria-activedescendant always names an element
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return shown.includes(current) || hits.length === 0 ? shown : [...shown, current].sort((a, b) => a - b);
    },
    [current, hits.length],
  );
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => OPTION_HEIGHT,
    overscan: 4,
    initialRect: { width: 400, height: listHeight },
    getItemKey: (i) => `${hits[i]!.kind}:${hits[i]!.id}`,
    rangeExtractor,
    // a hit not laid out yet (or jsdom, which lays nothing out) measures 0: keep the estimate
    measureElement: (el) => el.getBoundingClientRect().height || OPTION_HEIGHT,
  });
  useEffect(() => {
    if (expanded && hits.length > 0) virtualizer.scrollToIndex(current, { align: 'auto' });
  }, [expanded, current, hits.length, virtualizer]);

  const pick = (hit: SearchHit) => {
    setOpen(false);
    setText('');
    setPicked(s.searchPicked(s.searchKinds[hit.kind], hit.label));
    onSelect(hit);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length > 0)
        setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % hits.length : (a - 1 + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      if (expanded && hits[current]) {
        e.preventDefault();
        pick(hits[current]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  return (
    <div className="hl-combobox hl-gsearch">
      <label htmlFor={id}>{label ?? s.globalSearch}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        className="hl-input"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length > 0 ? optionId(current) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        maxLength={MAX_SEARCH_LENGTH}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p className="hl-muted" id={`${id}-hint`}>
        {s.globalSearchHint}
      </p>
      <ul
        // a fresh list when hits appear: the virtualizer measures its viewport anew
        key={hits.length > 0 ? 'hits' : 'none'}
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={label ?? s.globalSearch}
        hidden={!expanded}
        className="hl-listbox hl-gsearch-list"
        style={
          hits.length > 0
            ? { height: Math.min(virtualizer.getTotalSize(), listHeight), maxHeight: listHeight }
            : undefined
        }
      >
        {virtualizer.getVirtualItems().map((item) => {
          const h = hits[item.index]!;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={optionId(item.index)}
              role="option"
              aria-selected={item.index === current}
              aria-posinset={item.index + 1}
              aria-setsize={hits.length}
              className="hl-option hl-gsearch-option"
              data-kind={h.kind}
              style={{ transform: `translateY(${item.start}px)` }}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              <span className="hl-badge">{s.searchKinds[h.kind]}</span>
              <span className="hl-gsearch-label">{h.label}</span>
              <span className="hl-muted">{s.matchedField(h.field)}</span>
            </li>
          );
        })}
        {expanded && hits.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="hl-option hl-muted">
            {s.noMatches}
          </li>
        ) : null}
      </ul>
      <p className="hl-visually-hidden" role="status">
        {expanded ? s.searchCount(formatValue(hits.length, 'integer', { locale })) : picked}
      </p>
    </div>
  );
}
