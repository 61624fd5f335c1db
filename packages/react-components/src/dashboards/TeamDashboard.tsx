import type { LeaderboardRow, PromisePipeline, TrendBucket } from '@hotleads/core';
import type { ReactNode } from 'react';
import { DateRangePicker, type DateRangePreset, type DateRangeValue } from '../dashboard/DateRangePicker';
import { KpiCard } from '../dashboard/KpiCard';
import { Leaderboard } from '../dashboard/Leaderboard';
import { PromisesPipeline } from '../dashboard/PromisesPipeline';
import { TrendChart } from '../dashboard/TrendChart';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import type { KpiFigure } from './types';

/** What a team dashboard shows for one period, every figure from core's metrics. */
export type TeamDashboardMetrics = {
  /** Money collected: e.g. `metricTrend(…).totalDisplay` with its change. */
  collected: KpiFigure;
  /** `revenuePerCollectorHour(…).display` with its change. */
  revenuePerHour: KpiFigure;
  /** `rightPartyContactRate(…).percent` with its change. */
  rpcRate: KpiFigure;
  /** `queueAdherence(…).percent` with its change and target line. */
  adherence: KpiFigure;
  /** `metricTrend(payments, { bucket: 'day' | 'week', unit: 'money' }).buckets`. */
  trend: readonly TrendBucket[];
  /** `promisePipeline(…)`. */
  pipeline: Pick<PromisePipeline, 'open' | 'kept' | 'broken' | 'keptPercent'>;
  /** `leaderboard(collectorStats(…), { metric: 'revenuePerHour' })`. */
  leaderboard: readonly LeaderboardRow[];
};

/** Props of {@link TeamDashboard}. */
export type TeamDashboardProps = {
  /** The team (the heading: `strings.teamTitle`, "Early stage team"). */
  team: { name: string };
  /** The period's figures. */
  metrics: TeamDashboardMetrics;
  /** What the KPI changes compare with (default `strings.vsPreviousPeriod`). */
  comparisonLabel?: string;
  /** The period shown; with `onRangeChange`, a date range picker in the header. */
  range?: DateRangeValue;
  /** The manager picks another period: recompute `metrics` for it. */
  onRangeChange?: (range: DateRangeValue) => void;
  /** Ready-made ranges of the picker, computed by the host for its zone. */
  presets?: readonly DateRangePreset[];
  /** The last day the picker offers (today). */
  maxDate?: Date;
  /** Headings to use instead of the theme's (`strings.collectedTrend`, `promisesToPay`, `leaderboardByRevenue`). */
  titles?: { trend?: string; pipeline?: string; leaderboard?: string };
  /** Host controls in the header, e.g. an `ExportButton` of the leaderboard. */
  actions?: ReactNode;
  /** The signed-in collector's row, highlighted on the leaderboard. */
  highlightId?: string;
};

/**
 * The manager's screen — "How is my team performing?": KPI cards with their changes, the
 * collected trend, the promises pipeline and the leaderboard for one period, with a date range
 * picker to choose it. The host recomputes `metrics` with core when the range changes; the
 * component only lays them out (by its own width: four KPIs a row on a desktop, one on a phone).
 */
export function TeamDashboard({
  team,
  metrics,
  comparisonLabel,
  range,
  onRangeChange,
  presets,
  maxDate,
  titles = {},
  actions,
  highlightId,
}: TeamDashboardProps) {
  const { strings, locale } = useHotleadsLocale();
  const kpi = (label: string, figure: KpiFigure) => (
    <KpiCard
      label={label}
      value={figure.value}
      change={figure.change}
      hint={figure.hint}
      comparisonLabel={comparisonLabel}
    />
  );
  return (
    <div className="hl-page hl-dashboard">
      <header className="hl-page-header">
        <div>
          <h1>{strings.teamTitle(team.name)}</h1>
          <p className="hl-page-subtitle hl-muted">
            {strings.teamSubtitle(formatValue(metrics.leaderboard.length, 'integer', { locale }))}
          </p>
        </div>
        <div className="hl-page-actions">
          {onRangeChange ? (
            <DateRangePicker
              value={range}
              onChange={(r) => r && onRangeChange(r)}
              presets={presets}
              maxDate={maxDate}
            />
          ) : null}
          {actions}
        </div>
      </header>
      <main className="hl-grid">
        <div className="hl-kpi-row">
          {kpi(strings.kpis.collected, metrics.collected)}
          {kpi(strings.kpis.revenuePerHour, metrics.revenuePerHour)}
          {kpi(strings.kpis.rpcRate, metrics.rpcRate)}
          {kpi(strings.kpis.queueAdherence, metrics.adherence)}
        </div>
        <div className="hl-dashboard-split">
          <TrendChart
            title={titles.trend ?? strings.collectedTrend}
            data={metrics.trend}
            series={[{ key: 'value', label: strings.kpis.collected }]}
            format="money"
            height={260}
          />
          <PromisesPipeline pipeline={metrics.pipeline} title={titles.pipeline} />
        </div>
        <Leaderboard
          rows={metrics.leaderboard}
          metricLabel={strings.revenuePerHourColumn}
          caption={titles.leaderboard ?? strings.leaderboardByRevenue}
          highlightId={highlightId}
        />
      </main>
    </div>
  );
}
