import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '@hotleads/core';
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
  /** The field with the period label (default `label`, as in core's buckets). */
  xKey?: keyof Point & string;
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

/**
 * A time-series line chart (recharts). The same numbers are also in a visually hidden table, so
 * screen-reader users get the data, not just a picture.
 */
export function TrendChart<Point extends Record<string, unknown>>({
  title,
  data,
  xKey = 'label' as keyof Point & string,
  series,
  format = 'number',
  currency,
  displayKey = 'display' as keyof Point & string,
  height = 240,
  width,
}: TrendChartProps<Point>) {
  const fmt = (v: unknown) =>
    typeof v === 'number' ? formatValue(v, format, { currency }) : v == null ? '—' : String(v);
  // A single series shows core's own display text for each point.
  const shown = (p: Point | undefined, key: string) =>
    series.length === 1 && p && typeof p[displayKey] === 'string' ? (p[displayKey] as string) : fmt(p?.[key]);
  const chart = (
    <LineChart
      data={data as Point[]}
      margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      width={width}
      height={width ? height : undefined}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey={xKey as string} tickMargin={6} minTickGap={24} interval="preserveStartEnd" />
      <YAxis tickFormatter={(v: number) => formatValue(v, format, { currency, compact: true })} width={64} />
      <Tooltip
        formatter={(_value, _name, item) => shown(item?.payload as Point | undefined, String(item?.dataKey ?? ''))}
      />
      {series.length > 1 ? <Legend /> : null}
      {series.map((s, i) => (
        <Line
          key={s.key}
          type="monotone"
          dataKey={s.key as string}
          name={s.label}
          stroke={s.color ?? palette[i % palette.length]}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  return (
    <figure className="hl-panel hl-chart" aria-label={title}>
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
      <table className="hl-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
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
              <th scope="row">{String(p[xKey] ?? '')}</th>
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
