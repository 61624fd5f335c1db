import type { ClientTargetRow, PromisePipeline, TeamComparisonRow, TrendBucket } from '@hotleads/core';
import type { Kpis } from '@hotleads/payments';
import { useId, type ReactNode } from 'react';
import { KpiCard } from '../dashboard/KpiCard';
import { PromisesPipeline } from '../dashboard/PromisesPipeline';
import { clientTargetBars, TeamComparison, teamComparisonBars } from '../dashboard/TeamComparison';
import { TrendChart } from '../dashboard/TrendChart';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import type { KpiFigure } from './types';

/** What an agency dashboard shows for one period, every figure from core's metrics. */
export type AgencyDashboardMetrics = {
  /** Collected across the agency, with its change. */
  collected: KpiFigure;
  /** `collectionRate(…)`: percent, change and the "collected of placed" line. */
  collectionRate: KpiFigure;
  revenuePerHour: KpiFigure;
  rpcRate: KpiFigure;
  /** `clientTargetProgress(clients, payments, { from, to, now })`: each client's collected against its target. */
  clientTargets: readonly ClientTargetRow[];
  /** `metricTrend(payments, { bucket: 'week', unit: 'money' }).buckets`. */
  trend: readonly TrendBucket[];
  pipeline: Pick<PromisePipeline, 'open' | 'kept' | 'broken' | 'keptPercent'>;
  /** `teamComparison(collectorStats(…), teams)`. */
  teams: readonly TeamComparisonRow[];
};

/**
 * One client's payments back office (`@hotleads/payments`' `ledger.kpis({ month, today })`):
 * what only the ledger knows — today's receipts, the rate of bills due collected, the time to
 * collect. Its month's total is the client's row of `clientTargets`, so it is not shown twice.
 */
export type AgencyBackOffice = {
  /** The client whose ledger it is ("Northwind Utilities"). */
  client: string;
  /** The month of `kpis`, in words ("November"), and the month before ("October"). */
  month: string;
  previousMonth: string;
  kpis: Kpis;
};

/** Props of {@link AgencyDashboard}. */
export type AgencyDashboardProps = {
  /** The period in words, first on the line under the heading ("Month to date"). */
  periodLabel: string;
  /** How many collectors, teams and clients the agency has (the line under the heading). */
  counts: { collectors: number; teams: number; clients: number };
  metrics: AgencyDashboardMetrics;
  /** What the KPI changes compare with (default `strings.vsPreviousPeriod`). */
  comparisonLabel?: string;
  /** A client's payments back office, under the agency's figures. */
  backOffice?: AgencyBackOffice;
  /** Headings to use instead of the theme's. */
  titles?: { clientTargets?: string; trend?: string; pipeline?: string; teams?: string };
  /** Host controls in the header, e.g. an `ExportButton` of the client targets. */
  actions?: ReactNode;
};

/**
 * The agency admin's screen — "Are we meeting client targets?": agency KPIs, each client's
 * collected amount against its target and pace, the weekly trend (a week under way drawn
 * dashed), promises, the team comparison and optionally one client's back office. Every figure
 * comes in as props; the component lays them out by its own width.
 */
export function AgencyDashboard({
  periodLabel,
  counts,
  metrics,
  comparisonLabel,
  backOffice,
  titles = {},
  actions,
}: AgencyDashboardProps) {
  const { strings, locale } = useHotleadsLocale();
  const backOfficeId = useId();
  const int = (n: number) => formatValue(n, 'integer', { locale });
  const kpi = (label: string, figure: KpiFigure) => (
    <KpiCard
      label={label}
      value={figure.value}
      change={figure.change}
      hint={figure.hint}
      comparisonLabel={comparisonLabel}
    />
  );
  const ledger = backOffice?.kpis;
  const money = (amount: string) => formatValue(amount, 'currency', { currency: ledger?.currency, locale });
  return (
    <div className="hl-page hl-dashboard">
      <header className="hl-page-header">
        <div>
          <h1>{strings.agencyTitle}</h1>
          <p className="hl-page-subtitle hl-muted">
            {periodLabel} · {strings.agencySubtitle(int(counts.collectors), int(counts.teams), int(counts.clients))}
          </p>
        </div>
        {actions ? <div className="hl-page-actions">{actions}</div> : null}
      </header>
      <main className="hl-grid">
        <div className="hl-kpi-row">
          {kpi(strings.kpis.collected, metrics.collected)}
          {kpi(strings.kpis.collectionRate, metrics.collectionRate)}
          {kpi(strings.kpis.revenuePerHour, metrics.revenuePerHour)}
          {kpi(strings.kpis.rpcRate, metrics.rpcRate)}
        </div>
        <TeamComparison
          rows={clientTargetBars(metrics.clientTargets)}
          metricLabel={strings.attainment}
          detailLabels={strings.clientDetailColumns}
          caption={titles.clientTargets ?? strings.clientTargets}
          nameLabel={strings.clientColumn}
        />
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
        <TeamComparison
          rows={teamComparisonBars(metrics.teams)}
          metricLabel={strings.revenuePerHourColumn}
          detailLabels={strings.teamDetailColumns}
          caption={titles.teams ?? strings.teamComparison}
        />
        {backOffice && ledger ? (
          <section className="hl-grid" aria-labelledby={backOfficeId}>
            <h2 className="hl-section-title" id={backOfficeId}>
              {strings.backOffice(backOffice.client, backOffice.month)}
            </h2>
            <div className="hl-kpi-row">
              <KpiCard
                label={strings.kpis.receivedToday}
                value={ledger.receivedToday.amount}
                format="currency"
                currency={ledger.currency}
                change={ledger.receivedToday.change}
                comparisonLabel={strings.vsYesterday}
                hint={strings.paymentCount(int(ledger.receivedToday.count))}
                headingLevel={3}
              />
              <KpiCard
                label={strings.kpis.billsCollectionRate}
                value={ledger.collectionRate.percent == null ? '—' : `${ledger.collectionRate.percent}%`}
                change={ledger.collectionRate.change ?? undefined}
                comparisonLabel={strings.vsMonth(backOffice.previousMonth)}
                hint={strings.dueThisMonth(money(ledger.collectionRate.due))}
                headingLevel={3}
              />
              <KpiCard
                label={strings.kpis.averageCollectionTime}
                value={
                  ledger.averageCollectionTime.days == null ? '—' : strings.days(ledger.averageCollectionTime.days)
                }
                change={ledger.averageCollectionTime.change ?? undefined}
                comparisonLabel={strings.vsMonth(backOffice.previousMonth)}
                headingLevel={3}
              />
            </div>
          </section>
        ) : null}
      </main>
    </div>
  );
}
