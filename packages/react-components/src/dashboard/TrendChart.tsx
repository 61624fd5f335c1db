import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '@hotleads/core';
import { useId } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue, type NumberFormat } from '../util/format';

/** One series of a {@link TrendChart}. */
export type TrendSeries<Point> = {
  /** The point field holding this series' values. */
  key: keyof Point & string;
  /** Legend and table label. */
  label: string;
  /** CSS colour (default: the theme's chart colours in order). */
  color?: string;
};

/** Props of {@link TrendChart}. */
export type TrendChartProps<Point extends Record<string, unknown>> = {
  /** Chart title (the figure caption). */
  title: string;
  /**
   * Points in time order: core's `metricTrend(…).buckets` (one per local day or week), or rows
   * joining several trends by bucket.
   */
  data: readonly Point[];
  /** The field with the period label (default `label`, as in core's buckets: "Week of Nov 16"). */
  xKey?: keyof Point & string;
  /**
   * The field with the period's first day, `YYYY-MM-DD` (default `date`, as in core's
   * buckets): axis ticks show it short in the theme's locale ("Nov 16"), so they stay legible
   * at any width; the tooltip and the table keep the full label. Without it ticks show `xKey`.
   */
  dateKey?: keyof Point & string;
  /**
   * The field that says a point covers only part of its period (default `partial`, core's
   * `TrendBucket.partial`): the line into such a point is dashed, and a note under the chart
   * names it, so a week under way does not read as a drop.
   */
  partialKey?: keyof Point & string;
  /** The lines to draw. */
  series: readonly TrendSeries<Point>[];
  /** How to show axis values (default `number`); `money` for core's money trends (minor units). */
  format?: NumberFormat;
  /**
   * The field with core's display text of a point (default `display`, as in core's buckets); the
   * tooltip and the data table show it for a single series.
   */
  displayKey?: keyof Point & string;
  /** Currency of `money` / `currency` values (default USD), core's `{ code, minorUnit }`. */
  currency?: Currency;
  /** Chart height in pixels (default 240). */
  height?: number;
  /** Fixed width in pixels; by default the chart fills its container. */
  width?: number;
};

const palette = ['var(--hl-chart-1)', 'var(--hl-chart-2)', 'var(--hl-chart-3)'];
const DASHED = '__partial:';

type TickProps = {
  x?: number;
  y?: number;
  index?: number;
  visibleTicksCount?: number;
  payload?: { index?: number; value?: unknown };
};

/**
 * A time-series line chart (recharts). The same numbers are also in a visually hidden table, so
 * screen-reader users get the data, not just a picture. The first and last tick labels are
 * aligned to the ends of the axis, so none is cut at the chart's edge; a partial period is
 * dashed and named under the chart.
 */
export function TrendChart<Point extends Record<string, unknown>>({
  title,
  data,
  xKey = 'label' as keyof Point & string,
  dateKey = 'date' as keyof Point & string,
  partialKey = 'partial' as keyof Point & string,
  series,
  format = 'number',
  currency,
  displayKey = 'display' as keyof Point & string,
  height = 240,
  width,
}: TrendChartProps<Point>) {
  const { strings, locale } = useHotleadsLocale();
  const noteId = useId();
  const fmt = (v: unknown) =>
    typeof v === 'number' ? formatValue(v, format, { currency, locale }) : v == null ? '—' : String(v);
  // A single series shows core's own display text for each point.
  const shown = (p: Point | undefined, key: string) =>
    series.length === 1 && p && typeof p[displayKey] === 'string' ? (p[displayKey] as string) : fmt(p?.[key]);
  const isPartial = (i: number) => data[i]?.[partialKey] === true;
  const labelOf = (p: Point | undefined) => String(p?.[xKey] ?? '');
  const partialLabels = data.filter((_, i) => isPartial(i)).map(labelOf);

  const dayFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const tickText = (i: number) => {
    const day = data[i]?.[dateKey];
    return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)
      ? dayFormat.format(new Date(`${day}T00:00:00Z`))
      : labelOf(data[i]);
  };

  // Each series as two lines: solid through the whole periods, dashed into (and out of) a
  // partial one. The dashed line also holds the whole neighbours, so the two lines meet.
  const rows = data.map((p, i) => {
    const row: Record<string, unknown> = { ...p };
    for (const s of series) {
      const v = p[s.key];
      row[s.key] = isPartial(i) ? null : v;
      const touchesPartial = isPartial(i) || isPartial(i - 1) || isPartial(i + 1);
      row[DASHED + s.key] = touchesPartial ? v : null;
    }
    return row;
  });

  const Tick = ({ x = 0, y = 0, index = 0, visibleTicksCount = 1, payload }: TickProps) => {
    const anchor = index === 0 ? 'start' : index === visibleTicksCount - 1 ? 'end' : 'middle';
    return (
      <text x={x} y={y} dy="0.71em" textAnchor={anchor} className="recharts-text recharts-cartesian-axis-tick-value">
        {tickText(payload?.index ?? index)}
      </text>
    );
  };

  const chart = (
    <LineChart
      data={rows}
      margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      width={width}
      height={width ? height : undefined}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey={xKey as string} tickMargin={6} minTickGap={40} interval="preserveStartEnd" tick={<Tick />} />
      <YAxis tickFormatter={(v: number) => formatValue(v, format, { currency, locale, compact: true })} width={64} />
      <Tooltip
        content={({ active, payload }) => {
          const index = data.indexOf(payload?.[0]?.payload as Point);
          if (!active || index < 0) return null;
          const point = data[index];
          return (
            <div className="hl-chart-tooltip">
              <p>{isPartial(index) ? strings.partialLabel(labelOf(point)) : labelOf(point)}</p>
              {series.map((s) => (
                <p key={s.key}>
                  {series.length > 1 ? `${s.label}: ` : ''}
                  {shown(point, s.key)}
                </p>
              ))}
            </div>
          );
        }}
      />
      {series.length > 1 ? <Legend /> : null}
      {series.flatMap((s, i) => {
        const stroke = s.color ?? palette[i % palette.length];
        return [
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key as string}
            name={s.label}
            stroke={stroke}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />,
          <Line
            key={DASHED + s.key}
            type="monotone"
            dataKey={DASHED + s.key}
            name={s.label}
            stroke={stroke}
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={false}
            legendType="none"
            isAnimationActive={false}
          />,
        ];
      })}
    </LineChart>
  );
  return (
    <figure
      className="hl-panel hl-chart"
      aria-label={title}
      aria-describedby={partialLabels.length > 0 ? noteId : undefined}
    >
      <figcaption>{title}</figcaption>
      <div aria-hidden="true">
        {width ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      {partialLabels.length > 0 ? (
        <p className="hl-chart-note" id={noteId}>
          <span className="hl-chart-dash" aria-hidden="true" />
          {strings.partialPeriods(strings.list(partialLabels))}
        </p>
      ) : null}
      <table className="hl-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.periodColumn}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((p, i) => (
            <tr key={i}>
              <th scope="row">{isPartial(i) ? strings.partialLabel(labelOf(p)) : labelOf(p)}</th>
              {series.map((s) => (
                <td key={s.key}>{shown(p, s.key)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
