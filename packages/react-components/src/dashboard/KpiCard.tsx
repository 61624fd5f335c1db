import type { KpiChange } from '@hotleads/core';
import { formatValue, type NumberFormat } from '../util/format';

/** Props of {@link KpiCard}. */
export type KpiCardProps = {
  /** What the number is ("Revenue per collector hour"). */
  label: string;
  /**
   * The value: core's or payments' display string (`"$1,240.50"`, `"38.2%"`) shown as it is, or a
   * number / decimal string shown through `format`.
   */
  value: number | string;
  /** How to show a numeric value (default `number`); `percent` takes a ratio (0.425 → 42.5%). */
  format?: NumberFormat;
  /** ISO 4217 code for `currency` (default USD). */
  currency?: string;
  /** The change against the previous period: core's `compareToPrevious(value, previous)`. */
  change?: Pick<KpiChange, 'changePercent' | 'direction' | 'good'>;
  /** What the change compares with (default "vs previous period"). */
  comparisonLabel?: string;
  /** A short line under the value ("$12,400 of $20,000 target"). */
  hint?: string;
  /** Heading level of the label, to fit the host page's outline (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
};

/**
 * Adapts a `@hotleads/payments` KPI change (`kpis().totalCollected.changePercent`: `"-11.6"`,
 * `"4.0"`, `"0.0"` or null) to a {@link KpiCard} `change`, reading its sign; nothing is
 * recomputed. Pass `higherIsBetter: false` for metrics like average collection time.
 */
export function paymentsChange(changePercent: string | null, higherIsBetter = true): KpiCardProps['change'] {
  if (changePercent == null) return undefined;
  const negative = changePercent.startsWith('-');
  const digits = negative || changePercent.startsWith('+') ? changePercent.slice(1) : changePercent;
  const zero = /^0*(\.0*)?$/.test(digits);
  const direction = zero ? 'flat' : negative ? 'down' : 'up';
  return {
    changePercent: `${zero ? '' : negative ? '−' : '+'}${digits}%`,
    direction,
    good: direction === 'flat' ? null : (direction === 'up') === higherIsBetter,
  };
}

const arrows = { up: '▲', down: '▼', flat: '▬' } as const;
const words = { up: 'Up', down: 'Down', flat: 'No change' } as const;

/**
 * One metric with its trend arrow and percent change. Whether the change is good news (green)
 * or bad (red) is core's `good`, which knows whether higher is better for the metric.
 */
export function KpiCard({
  label,
  value,
  format = 'number',
  currency,
  change,
  comparisonLabel = 'vs previous period',
  hint,
  headingLevel = 2,
}: KpiCardProps) {
  const Heading = `h${headingLevel}` as const;
  const tone = !change || change.good == null ? 'neutral' : change.good ? 'good' : 'bad';
  const percent = change && change.direction !== 'flat' ? ` ${change.changePercent.replace(/^[+−-]/, '')}` : '';
  return (
    <section className="hl-panel hl-kpi" aria-label={label}>
      <Heading className="hl-kpi-label">{label}</Heading>
      <p className="hl-kpi-value">{formatValue(value, format, { currency })}</p>
      {change ? (
        <p className="hl-trend" data-tone={tone} data-direction={change.direction} style={{ margin: 0 }}>
          <span aria-hidden="true">{arrows[change.direction]} </span>
          {words[change.direction]}
          {percent} <span className="hl-muted">{comparisonLabel}</span>
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
