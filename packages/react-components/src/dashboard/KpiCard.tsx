import { formatValue, type NumberFormat } from '../util/format';

/** A change against a previous period, as core's metrics compute it. */
export type KpiTrend = {
  /** Change in percent (12.5 = +12.5 %); null when the previous value was 0. */
  changePercent: number | null;
  /** Which way the value moved. */
  direction: 'up' | 'down' | 'flat';
};

/** Props of {@link KpiCard}. */
export type KpiCardProps = {
  /** What the number is ("Revenue per collector hour"). */
  label: string;
  /** The value, computed by `@hotleads/core` or `@hotleads/payments` (money may be a decimal string). */
  value: number | string;
  /** How to show the value (default `number`); `percent` takes a value already in percent. */
  format?: NumberFormat;
  /** ISO 4217 code for `currency` (default USD). */
  currency?: string;
  /** The change against the comparison period, when there is one. */
  trend?: KpiTrend;
  /** Whether up is good (default true); colours the trend. */
  higherIsBetter?: boolean;
  /** What the trend compares with (default "vs previous period"). */
  comparisonLabel?: string;
  /** A short line under the value ("$12,400 of $20,000 target"). */
  hint?: string;
};

const arrows = { up: '▲', down: '▼', flat: '▬' } as const;
const words = { up: 'Up', down: 'Down', flat: 'No change' } as const;

/** One metric with its trend arrow and percent change. */
export function KpiCard({ label, value, format = 'number', currency, trend, higherIsBetter = true, comparisonLabel = 'vs previous period', hint }: KpiCardProps) {
  const tone = !trend || trend.direction === 'flat' ? 'neutral' : (trend.direction === 'up') === higherIsBetter ? 'good' : 'bad';
  const change = trend?.changePercent == null ? '' : ` ${formatValue(Math.abs(trend.changePercent), 'percent')}`;
  return (
    <section className="hl-panel hl-kpi" aria-label={label}>
      <h3 className="hl-kpi-label">{label}</h3>
      <p className="hl-kpi-value">{formatValue(value, format, { currency })}</p>
      {trend ? (
        <p className="hl-trend" data-tone={tone} style={{ margin: 0 }}>
          <span aria-hidden="true">{arrows[trend.direction]} </span>
          {words[trend.direction]}
          {change} <span className="hl-muted">{comparisonLabel}</span>
        </p>
      ) : null}
      {hint ? (
        <p className="hl-muted" style={{ margin: 0, fontSize: 13 }}>
          {hint}
        </p>
      ) : null}
    </section>
  );
}
