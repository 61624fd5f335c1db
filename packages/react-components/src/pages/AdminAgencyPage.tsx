// The agency admin's dashboard (docs/react.md, "Persona pages": "Are we meeting client
// targets?"). Every number comes from core's metrics on the generated agency. Story-only.
import type { Kpis } from '@hotleads/payments';
import { useMemo } from 'react';
import { getAgency } from '../fixtures/agency';
import { dashboardMetrics, lastWeeks, monthToDate } from '../fixtures/dashboards';
import { ExportButton } from '../dashboard/ExportButton';
import { KpiCard, paymentsChange } from '../dashboard/KpiCard';
import { PromisesPipeline } from '../dashboard/PromisesPipeline';
import {
  clientTargetBars,
  clientTargetDetailLabels,
  TeamComparison,
  teamComparisonBars,
  teamComparisonDetailLabels,
} from '../dashboard/TeamComparison';
import { TrendChart } from '../dashboard/TrendChart';
import { formatValue } from '../util/format';

/** `ledgerKpis`: a client's back-office KPIs from `@hotleads/payments` (`ledger.kpis()`). */
export function AdminAgencyPage({ ledgerKpis }: { ledgerKpis?: Kpis }) {
  const agency = getAgency();
  const m = useMemo(() => dashboardMetrics(agency, monthToDate(agency)), [agency]);
  const weeks = useMemo(() => dashboardMetrics(agency, lastWeeks(12, agency)), [agency]);
  return (
    <div className="hl-page">
      <header className="hl-page-header">
        <div>
          <h1>Agency dashboard</h1>
          <p className="hl-muted" style={{ margin: 0 }}>
            Month to date · {agency.collectors.length} collectors in {agency.teams.length} teams ·{' '}
            {agency.clients.length} clients
          </p>
        </div>
        <ExportButton
          subject="client targets"
          filename="client-targets"
          title="Client targets, month to date"
          rows={m.clientTargets.map((r) => ({ ...r }))}
          columns={[
            { key: 'name', label: 'Client' },
            { key: 'label', label: 'Collected of target' },
            { key: 'percent', label: 'Attainment' },
            { key: 'paceLabel', label: 'Pace' },
          ]}
        />
      </header>
      <main className="hl-grid">
        <div className="hl-grid" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' }}>
          <KpiCard label="Collected this month" value={m.collected.value} change={m.collected.change} />
          <KpiCard
            label="Collection rate"
            value={m.collectionRate.value}
            change={m.collectionRate.change}
            hint={m.collectionRate.hint}
          />
          <KpiCard label="Revenue per collector hour" value={m.revenuePerHour.value} change={m.revenuePerHour.change} />
          <KpiCard label="Right-party contact rate" value={m.rpcRate.value} change={m.rpcRate.change} />
        </div>
        <TeamComparison
          rows={clientTargetBars(m.clientTargets)}
          metricLabel="Attainment"
          detailLabels={clientTargetDetailLabels}
          caption="Client targets this month"
          nameLabel="Client"
        />
        <div
          className="hl-grid"
          style={{ gridTemplateColumns: 'minmax(0, 1.6fr) minmax(0, 1fr)', alignItems: 'start' }}
        >
          <TrendChart
            title="Collected per week, last 12 weeks"
            data={weeks.revenueTrend.buckets}
            series={[{ key: 'value', label: 'Collected' }]}
            format="currency"
            height={260}
          />
          <PromisesPipeline pipeline={m.pipeline} title="Promises to pay this month" />
        </div>
        <TeamComparison
          rows={teamComparisonBars(m.teams)}
          metricLabel="Revenue per hour"
          detailLabels={teamComparisonDetailLabels}
          caption="Team comparison"
        />
        {ledgerKpis ? (
          <section className="hl-grid" aria-labelledby="backoffice-title">
            <h2 className="hl-panel-title" id="backoffice-title" style={{ margin: '4px 0 0' }}>
              Northwind Utilities back office — November (payments ledger)
            </h2>
            <div className="hl-grid" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' }}>
              <KpiCard
                label="Total collected (ledger)"
                value={ledgerKpis.totalCollected.amount}
                format="currency"
                change={paymentsChange(ledgerKpis.totalCollected.changePercent)}
                comparisonLabel="vs October"
                hint={`${ledgerKpis.totalCollected.count} posted payments`}
                headingLevel={3}
              />
              <KpiCard
                label="Received today"
                value={ledgerKpis.receivedToday.amount}
                format="currency"
                change={paymentsChange(ledgerKpis.receivedToday.changePercent)}
                comparisonLabel="vs yesterday"
                hint={`${ledgerKpis.receivedToday.count} payments`}
                headingLevel={3}
              />
              <KpiCard
                label="Collection rate of bills due"
                value={ledgerKpis.collectionRate.percent == null ? '—' : `${ledgerKpis.collectionRate.percent}%`}
                change={paymentsChange(ledgerKpis.collectionRate.changePercent)}
                comparisonLabel="vs October"
                hint={`${formatValue(ledgerKpis.collectionRate.collected, 'currency')} of ${formatValue(ledgerKpis.collectionRate.due, 'currency')} due`}
                headingLevel={3}
              />
              <KpiCard
                label="Average collection time"
                value={
                  ledgerKpis.averageCollectionTime.days == null ? '—' : `${ledgerKpis.averageCollectionTime.days} days`
                }
                change={paymentsChange(ledgerKpis.averageCollectionTime.changePercent, false)}
                comparisonLabel="vs October"
                headingLevel={3}
              />
            </div>
          </section>
        ) : null}
      </main>
    </div>
  );
}
