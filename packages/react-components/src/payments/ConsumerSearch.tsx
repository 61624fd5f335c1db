import type { Consumer, Ledger } from '@hotleads/payments';
import { useState, type KeyboardEvent } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { useLedgerValue } from './useLedgerValue';

/** Props of {@link ConsumerSearch}. */
export type ConsumerSearchProps = {
  /** The input's id (its label points at it). */
  id: string;
  ledger: Ledger;
  /** Called with the consumer picked from the list. */
  onSelect: (consumer: Consumer) => void;
  /** Ids of the texts that describe the input (an error). */
  describedBy?: string;
  invalid?: boolean;
  /** How many matches the list shows (default 8). */
  limit?: number;
  /** The label (default the strings' `consumerSearch`). */
  label?: string;
  /** Show the hint under the input (default true); a filter bar leaves it out. */
  hint?: boolean;
};

/**
 * A consumer search box: an ARIA combobox over `ledger.searchConsumers` (name or account number,
 * case-insensitive, partial). Arrow keys move through the matches, Enter picks one, Escape
 * closes the list.
 */
export function ConsumerSearch({
  id,
  ledger,
  onSelect,
  describedBy,
  invalid,
  limit = 8,
  label,
  hint = true,
}: ConsumerSearchProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = text.trim();
  const found = useLedgerValue(query === '' ? null : () => ledger.searchConsumers(query, { limit }), `q:${query}`);
  const matches = query === '' ? [] : (found.value ?? []);
  const expanded = open && query !== '';
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (c: Consumer) => {
    setOpen(false);
    setText('');
    onSelect(c);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (matches.length > 0)
        setActive((a) =>
          e.key === 'ArrowDown' ? (a + 1) % matches.length : (a - 1 + matches.length) % matches.length,
        );
    } else if (e.key === 'Enter') {
      if (expanded && matches[active]) {
        e.preventDefault();
        pick(matches[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  return (
    <div className="hl-combobox">
      <label htmlFor={id}>{label ?? t.consumerSearch}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && matches.length > 0 ? optionId(active) : undefined}
        aria-invalid={invalid}
        aria-describedby={[hint ? `${id}-hint` : undefined, describedBy].filter(Boolean).join(' ') || undefined}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {hint ? (
        <p className="hl-muted" id={`${id}-hint`}>
          {t.consumerSearchHint}
        </p>
      ) : null}
      <ul id={listId} role="listbox" aria-label={t.consumer} hidden={!expanded} className="hl-listbox">
        {matches.map((c, i) => (
          <li
            key={c.accountNumber}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="hl-option"
            // mousedown, not click: the input's blur would close the list first
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
          >
            {c.name} <span className="hl-muted">{c.accountNumber}</span>
          </li>
        ))}
        {expanded && !found.loading && matches.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="hl-option hl-muted">
            {t.noConsumers}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
