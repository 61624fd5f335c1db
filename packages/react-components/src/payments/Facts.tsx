// Pieces every payments panel is made of: a list of labelled facts, a status badge, and the
// "loading / refused" line shown until a ledger call answers.
import type { ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { errorMessage, type LedgerValue } from './useLedgerValue';

/** One fact: its label, its value, and the `data-field` a play function finds it by. */
export type Fact = readonly [label: string, value: ReactNode, field?: string];

/** Props of {@link Facts}. */
export type FactsProps = { rows: readonly Fact[]; label?: string; testId?: string };

/** Labelled facts as a description list. */
export function Facts({ rows, label, testId }: FactsProps) {
  return (
    <dl className="hl-pay-facts" aria-label={label} data-testid={testId}>
      {rows.map(([l, value, field]) => (
        <div key={l} className="hl-fact">
          <dt>{l}</dt>
          <dd data-field={field}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A status as the ledger wrote it (Posted, Active, Applied, missed …), as a badge. */
export function StatusBadge({ status, children }: { status: string; children?: ReactNode }) {
  return (
    <span className="hl-badge hl-status" data-status={status}>
      {children ?? status}
    </span>
  );
}

/** What shows until a ledger call answers: "Loading…", or the refusal's message as an alert. */
export function LedgerPending({ state }: { state: LedgerValue<unknown> }) {
  const { strings } = useHotleadsLocale();
  return state.error ? (
    <p className="hl-pay-error" role="alert">
      {errorMessage(state.error)}
    </p>
  ) : (
    <p className="hl-muted">{strings.payments.loading}</p>
  );
}
