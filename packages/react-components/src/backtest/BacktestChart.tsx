import type { BacktestResult, Currency } from '@hotleads/core';
import { formatPercent } from '@hotleads/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';

/** Props of {@link BacktestChart}. */
export type BacktestChartProps = {
  /** What core's `backtestQueue` returned. */
  result: BacktestResult;
  /** The figure caption ("Revenue per collector hour by queue order"). */
  title: string;
  /** Currency of the amounts (default USD), core's `{ code, minorUnit }`. */
  currency?: Currency;
  /** Chart height in pixels (default 260). */
  height?: number;
  /** Fixed width in pixels; by default the chart fills its container. */
  width?: number;
};

/**
 * A manager's view of core's `backtestQueue`: revenue per collector hour for each queue order as
 * a horizontal bar (labels never collide at any width), with its 95 % interval as a narrow bar
 * from low to high beside it, and a table of core's
 * display text (revenue per hour with its interval, the lift against the baseline, collection
 * rate, right-party contacts, promises kept, and a replay's coverage). Core's caveat (what a
 * simulated or replayed lift is worth) is printed under it. Nothing is computed here.
 */
export function BacktestChart({ result, title, currency, height = 260, width }: BacktestChartProps) {
  const { strings, locale } = useHotleadsLocale();
  const id = useId();
  const captionId = `${id}-table`;
  const baseline = result.orderings.find((o) => o.id === result.baseline);
  const rows = result.orderings.map((o) => ({
    label: o.label,
    mean: o.revenuePerHour.mean,
    interval: [o.revenuePerHour.low, o.revenuePerHour.high],
  }));
  const replay = result.mode === 'replay';
  const chart = (
    <BarChart
      data={rows}
      layout="vertical"
      margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      width={width}
      height={width ? height : undefined}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        tickFormatter={(v: number) => formatValue(v, 'money', { currency, locale, compact: true })}
        minTickGap={24}
      />
      <YAxis type="category" dataKey="label" width={150} interval={0} />
      <Legend />
      <Bar dataKey="mean" name={strings.backtestLegend[0]} fill="var(--hl-chart-1)" isAnimationActive={false} />
      <Bar
        dataKey="interval"
        name={strings.backtestLegend[1]}
        fill="var(--hl-chart-3)"
        barSize={8}
        isAnimationActive={false}
      />
    </BarChart>
  );
  const [ordering, perHour, rate, rpc, kept] = strings.backtestColumns;
  return (
    <figure className="hl-panel hl-chart hl-backtest" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div aria-hidden="true">
        {width ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      <div className="hl-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="hl-table">
          <caption id={captionId} className="hl-visually-hidden">
            {title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{ordering}</th>
              <th scope="col">{perHour}</th>
              <th scope="col">{strings.backtestLift(baseline?.label ?? result.baseline)}</th>
              <th scope="col">{rate}</th>
              <th scope="col">{rpc}</th>
              <th scope="col">{kept}</th>
              {replay ? <th scope="col">{strings.backtestCoverage}</th> : null}
            </tr>
          </thead>
          <tbody>
            {result.orderings.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.label}</th>
                <td>{o.revenuePerHour.display}</td>
                <td>{o.lift?.display ?? strings.backtestBaseline}</td>
                <td>{o.collectionRate.display}</td>
                <td>{o.rightPartyContacts.display}</td>
                <td>{o.promisesKept.display}</td>
                {replay ? <td>{formatPercent(o.coverage ?? null)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hl-chart-note">{result.caveat}</p>
    </figure>
  );
}
