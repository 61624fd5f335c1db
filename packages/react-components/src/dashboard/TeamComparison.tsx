import { formatValue, type NumberFormat } from '../util/format';

/** One team (or collector, or client) in a {@link TeamComparison}. */
export type ComparisonItem = {
  id: string;
  name: string;
  /** The metric's value, from core's team comparison. */
  value: number;
  /** A target to mark on the bar, when there is one. */
  target?: number;
  /** Attainment in percent as core computed it, shown beside the bar. */
  attainmentPercent?: number;
};

/** Props of {@link TeamComparison}. */
export type TeamComparisonProps = {
  /** The items, in the order to show them. */
  items: readonly ComparisonItem[];
  /** What the bars measure ("Collected this month"). */
  metricLabel: string;
  /** How to show values (default `currency`). */
  format?: NumberFormat;
  /** ISO 4217 code (default USD). */
  currency?: string;
  /** Table caption (default "Team comparison"). */
  caption?: string;
  /** Header of the name column (default "Team"). */
  nameLabel?: string;
};

/** Performance bars, one row per team, with an optional target mark, as an accessible table. */
export function TeamComparison({ items, metricLabel, format = 'currency', currency, caption = 'Team comparison', nameLabel = 'Team' }: TeamComparisonProps) {
  // The bars' scale: the widest value or target drawn (drawing only, no metric is derived).
  const scale = Math.max(1, ...items.map((i) => Math.max(i.value, i.target ?? 0)));
  const anyTarget = items.some((i) => i.target != null);
  const anyAttainment = items.some((i) => i.attainmentPercent != null);
  return (
    <section className="hl-panel">
      <table className="hl-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameLabel}</th>
            <th scope="col" data-align="end">
              {metricLabel}
            </th>
            {anyTarget ? (
              <th scope="col" data-align="end">
                Target
              </th>
            ) : null}
            {anyAttainment ? (
              <th scope="col" data-align="end">
                Attainment
              </th>
            ) : null}
            <th scope="col" className="hl-bar-cell">
              <span className="hl-visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              <td data-align="end">{formatValue(i.value, format, { currency })}</td>
              {anyTarget ? <td data-align="end">{i.target != null ? formatValue(i.target, format, { currency }) : '—'}</td> : null}
              {anyAttainment ? <td data-align="end">{i.attainmentPercent != null ? formatValue(i.attainmentPercent, 'percent') : '—'}</td> : null}
              <td className="hl-bar-cell">
                <div className="hl-bar" aria-hidden="true">
                  <span style={{ width: `${(Math.max(0, i.value) / scale) * 100}%` }} />
                  {i.target != null ? <i style={{ left: `${(i.target / scale) * 100}%` }} /> : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
