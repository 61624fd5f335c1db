import type { Currency, KpiChange } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';
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
  /**
   * How to show a numeric value (default `number`): `money` for minor units (core), `currency`
   * for a payments amount string, `percent` for a ratio (0.425 → 42.5%).
   */
  format?: NumberFormat;
  /** Currency of a `money` / `currency` value (default USD): payments' `kpis().currency`, or core's `USD`, `JPY`… */
  currency?: Currency;
  /**
   * The change against the previous period, as core computes it: `compareToPrevious(value,
   * previous)` or payments' `kpis().totalCollected.change`. Shown as it is, never re-read.
   */
  change?: KpiChange;
  /** What the change compares with (default `strings.vsPreviousPeriod`, "vs previous period"). */
  comparisonLabel?: string;
  /** A short line under the value ("$12,400 of $20,000 target"). */
  hint?: string;
  /** Heading level of the label, to fit the host page's outline (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
};

const arrows = { up: '▲', down: '▼', flat: '▬' } as const;

/**
 * One metric with its trend arrow and percent change. Whether the change is good news (green)
 * or bad (red) is core's `good`, which knows whether higher is better for the metric; a change
 * with no previous data (`direction: 'none'`) says so, in neutral colour.
 */
export function KpiCard({
  label,
  value,
  format = 'number',
  currency,
  change,
  comparisonLabel,
  hint,
  headingLevel = 2,
}: KpiCardProps) {
  const { strings, locale } = useHotleadsLocale();
  const Heading = `h${headingLevel}` as const;
  const tone = !change || change.good == null ? 'neutral' : change.good ? 'good' : 'bad';
  // The arrow and the word carry the sign; the figure is shown without it ("Up 14.0%").
  const percent =
    change && change.changeRatio !== null && change.direction !== 'flat' ? ` ${change.magnitudePercent}` : '';
  return (
    <section className="hl-panel hl-kpi" aria-label={label}>
      <Heading className="hl-kpi-label">{label}</Heading>
      <p className="hl-kpi-value">{formatValue(value, format, { currency, locale })}</p>
      {change ? (
        <p className="hl-trend" data-tone={tone} data-direction={change.direction}>
          {change.direction === 'none' ? (
            strings.noPreviousData
          ) : (
            <>
              <span aria-hidden="true">{arrows[change.direction]} </span>
              {strings.changeWords[change.direction]}
              {percent} <span className="hl-muted">{comparisonLabel ?? strings.vsPreviousPeriod}</span>
            </>
          )}
        </p>
      ) : null}
      {hint ? <p className="hl-kpi-hint hl-muted">{hint}</p> : null}
    </section>
  );
}
