// The manager's team dashboard (docs/react.md, "Persona pages": "How is my team performing?").
// Every number is recomputed by core's metrics when the date range changes. Story-only.
import { useMemo, useState } from 'react';
import { getAgency } from '../fixtures/agency';
import { dashboardMetrics, forTeam } from '../fixtures/dashboards';
import { PRESETS, dayToDate, rangeToPeriod, TODAY } from '../fixtures/ranges';
import { DateRangePicker, type DateRangeValue } from '../dashboard/DateRangePicker';
import { ExportButton } from '../dashboard/ExportButton';
import { KpiCard } from '../dashboard/KpiCard';
import { Leaderboard } from '../dashboard/Leaderboard';
import { PromisesPipeline } from '../dashboard/PromisesPipeline';
import { TrendChart } from '../dashboard/TrendChart';

export function ManagerTeamPage({ teamId = 'early' }: { teamId?: string }) {
  const agency = getAgency();
  const team = agency.teams.find((t) => t.id === teamId)!;
  const [range, setRange] = useState<DateRangeValue>(PRESETS[0]!.range);
  const m = useMemo(() => dashboardMetrics(forTeam(agency, teamId), rangeToPeriod(range)), [agency, teamId, range]);
  return (
    <div className="hl-page">
      <header className="hl-page-header">
        <div>
          <h1>{team.name} team</h1>
          <p className="hl-muted" style={{ margin: 0 }}>
            {m.leaderboard.length} collectors · manager view
          </p>
        </div>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <DateRangePicker
            value={range}
            onChange={(r) => r && setRange(r)}
            presets={PRESETS}
            maxDate={dayToDate(TODAY)}
          />
          <ExportButton
            subject="team leaderboard"
            filename={`${team.id}-leaderboard`}
            title={`${team.name} team leaderboard`}
            rows={m.stats.map((s) => ({ ...s }))}
            columns={[
              { key: 'name', label: 'Collector' },
              { key: 'revenueDisplay', label: 'Collected' },
              { key: 'revenuePerHourDisplay', label: 'Revenue per hour' },
              { key: 'rpcPercent', label: 'RPC rate' },
              { key: 'accountsWorked', label: 'Accounts worked' },
            ]}
          />
        </div>
      </header>
      <main className="hl-grid">
        <div className="hl-grid" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' }}>
          <KpiCard label="Collected" value={m.collected.value} change={m.collected.change} />
          <KpiCard label="Revenue per collector hour" value={m.revenuePerHour.value} change={m.revenuePerHour.change} />
          <KpiCard label="Right-party contact rate" value={m.rpcRate.value} change={m.rpcRate.change} />
          <KpiCard
            label="Queue adherence"
            value={m.adherence.value}
            change={m.adherence.change}
            hint={m.adherence.hint}
          />
        </div>
        <div
          className="hl-grid"
          style={{ gridTemplateColumns: 'minmax(0, 1.6fr) minmax(0, 1fr)', alignItems: 'start' }}
        >
          <TrendChart
            title="Collected per day"
            data={m.revenueTrend.buckets}
            series={[{ key: 'value', label: 'Collected' }]}
            format="currency"
            height={260}
          />
          <PromisesPipeline pipeline={m.pipeline} title="Promises to pay taken in the period" />
        </div>
        <Leaderboard
          rows={m.leaderboard}
          metricLabel="Revenue per hour"
          caption="Leaderboard — revenue per collector hour"
        />
      </main>
    </div>
  );
}
