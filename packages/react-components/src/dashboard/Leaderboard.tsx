import type { ReactNode } from 'react';
import { formatValue, type NumberFormat } from '../util/format';

/** A column of a {@link Leaderboard} or other metric table. */
export type MetricColumn<Row> = {
  /** The row field to show. */
  key: keyof Row & string;
  /** Column header. */
  label: string;
  /** How to show numbers (text is shown as is). */
  format?: NumberFormat;
  /** ISO 4217 code for currency columns. */
  currency?: string;
};

/** One collector's row: rank and name, plus whatever metric fields the columns name. */
export type LeaderboardRow = { id: string; rank: number; name: string; [metric: string]: unknown };

/** Props of {@link Leaderboard}. */
export type LeaderboardProps<Row extends LeaderboardRow> = {
  /** Rows in rank order, as core's leaderboard metric returns them. */
  rows: readonly Row[];
  /** Metric columns after rank and name. */
  columns: readonly MetricColumn<Row>[];
  /** Table caption (default "Leaderboard"). */
  caption?: string;
  /** Highlights the signed-in collector's row. */
  highlightId?: string;
  /** Extra content in the caption line (an export button). */
  actions?: ReactNode;
};

/** Renders one cell value: numbers through the column format, anything else as text. */
export function formatCell(value: unknown, column: { format?: NumberFormat; currency?: string }): string {
  if (typeof value === 'number') return formatValue(value, column.format ?? 'number', { currency: column.currency });
  if (typeof value === 'string' && column.format && value.trim() !== '' && Number.isFinite(Number(value))) {
    return formatValue(value, column.format, { currency: column.currency });
  }
  return value == null ? '' : String(value);
}

/** The ranked list of collectors, as a table. */
export function Leaderboard<Row extends LeaderboardRow>({ rows, columns, caption = 'Leaderboard', highlightId, actions }: LeaderboardProps<Row>) {
  return (
    <section className="hl-panel">
      <table className="hl-table">
        <caption>
          <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <span>{caption}</span>
            {actions}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" data-align="end">
              Rank
            </th>
            <th scope="col">Collector</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" data-align="end">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} aria-current={r.id === highlightId ? 'true' : undefined} style={r.id === highlightId ? { fontWeight: 700 } : undefined}>
              <td data-align="end">{r.rank}</td>
              <th scope="row" style={{ fontWeight: 'inherit' }}>
                {r.name}
              </th>
              {columns.map((c) => (
                <td key={c.key} data-align="end">
                  {formatCell(r[c.key], c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
