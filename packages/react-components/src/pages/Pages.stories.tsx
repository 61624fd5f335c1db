// The persona screens as stories of the exported compositions (CollectorWorkspace,
// TeamDashboard, AgencyDashboard), fed by the generated agency and books. The wrappers below
// hold the host's state (the selected account, the picked range) and call core for every
// figure; the components only lay out what they are given.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExportButton } from '../dashboard/ExportButton';
import { AgencyDashboard } from '../dashboards/AgencyDashboard';
import { CollectorWorkspace } from '../dashboards/CollectorWorkspace';
import { TeamDashboard } from '../dashboards/TeamDashboard';
import { AGENCY_ZONE, getAgency } from '../fixtures/agency';
import { getBook } from '../fixtures/book';
import { collectorDay, dashboardMetrics, forTeam, lastWeeks, monthToDate } from '../fixtures/dashboards';
import { getLedgerKpis, LEDGER_CLIENT } from '../fixtures/ledger';
import { createLiveFixture } from '../fixtures/live';
import { dayToDate, PRESETS, rangeToPeriod, TODAY } from '../fixtures/ranges';
import type { DateRangeValue } from '../dashboard/DateRangePicker';
import { defaultStrings as strings } from '../theme/strings';
import { formatValue } from '../util/format';
import type { Kpis } from '@hotleads/payments';
import { actionKey, previewRule, sampleLeads, type Rule } from '@hotleads/rules';
import { outreach, rulesModel, rulesNow } from '../fixtures/rules';
import { sourceLeads } from '../rules/previewWorker';
import { emptyDraft } from '../rules/draft';
import { RuleAuthorPage, ruleAuthorSource } from './RuleAuthorPage';

const meta = { title: 'Pages', parameters: { layout: 'fullscreen' } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const COLLECTOR_ID = 'c01';
const TEAM_ID = 'early';

/** The collector's workspace, with the host's selection and a status line for its actions. */
function CollectorHost() {
  const agency = getAgency();
  const book = getBook(500);
  const collector = agency.collectors.find((c) => c.id === COLLECTOR_ID)!;
  const day = useMemo(() => collectorDay(agency, COLLECTOR_ID, 120_000), [agency]);
  const live = useMemo(() => createLiveFixture(12), []);
  const [selected, setSelected] = useState(book.entries[0]!.leadId);
  const [status, setStatus] = useState('');
  const act = (verb: string) => (id: string) => setStatus(`${verb} ${book.lead(id).name}…`);
  return (
    <CollectorWorkspace
      collector={collector}
      now={book.now}
      timeZone={AGENCY_ZONE}
      description="ranked by the collections hot lead score, Reg F contact limits applied"
      entries={book.entries}
      getAccount={(e) => book.account(e.leadId)}
      getChannels={(e) => book.channels(e.leadId)}
      selectedId={selected}
      onSelect={setSelected}
      getEvents={(id) => book.lead(id).events ?? []}
      alerts={live.alerts}
      getName={(id) => live.book.lead(id).name}
      goal={day.goal}
      kpis={[
        { label: 'Revenue per hour today', value: day.revenuePerHour.display },
        {
          label: 'Right-party contacts today',
          value: day.rpcRate.percent,
          hint: `${day.rpcRate.rightPartyContacts} of ${day.rpcRate.attempts} attempts`,
        },
      ]}
      status={status}
      onCall={act('Calling')}
      onText={act('Texting')}
      onEmail={act('Emailing')}
    />
  );
}

/** The manager's dashboard: every figure recomputed by core when the range changes. */
function TeamHost() {
  const agency = getAgency();
  const team = agency.teams.find((t) => t.id === TEAM_ID)!;
  const [range, setRange] = useState<DateRangeValue>(PRESETS[0]!.range);
  const m = useMemo(() => dashboardMetrics(forTeam(agency, TEAM_ID), rangeToPeriod(range)), [agency, range]);
  return (
    <TeamDashboard
      team={team}
      metrics={{
        collected: m.collected,
        revenuePerHour: m.revenuePerHour,
        rpcRate: m.rpcRate,
        adherence: m.adherence,
        trend: m.revenueTrend.buckets,
        pipeline: m.pipeline,
        leaderboard: m.leaderboard,
      }}
      range={range}
      onRangeChange={setRange}
      presets={PRESETS}
      maxDate={dayToDate(TODAY)}
      titles={{ trend: 'Collected per day', pipeline: 'Promises to pay taken in the period' }}
      actions={
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
      }
    />
  );
}

/** A month of the ledger (`2026-11`) in words, and the month before. */
function monthNames(month: string): { month: string; previousMonth: string } {
  const name = (d: Date) => new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(d);
  const first = new Date(`${month}-01T00:00:00Z`);
  return {
    month: name(first),
    previousMonth: name(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1))),
  };
}

/** The agency admin's dashboard, with Northwind's back office from the payments ledger. */
function AgencyHost({ ledgerKpis }: { ledgerKpis: Kpis }) {
  const agency = getAgency();
  const m = useMemo(() => dashboardMetrics(agency, monthToDate(agency)), [agency]);
  const weeks = useMemo(() => dashboardMetrics(agency, lastWeeks(12, agency)), [agency]);
  const client = agency.clients.find((c) => c.clientId === LEDGER_CLIENT)!;
  return (
    <AgencyDashboard
      periodLabel="Month to date"
      counts={{ collectors: agency.collectors.length, teams: agency.teams.length, clients: agency.clients.length }}
      metrics={{
        collected: m.collected,
        collectionRate: m.collectionRate,
        revenuePerHour: m.revenuePerHour,
        rpcRate: m.rpcRate,
        clientTargets: m.clientTargets,
        trend: weeks.revenueTrend.buckets,
        pipeline: m.pipeline,
        teams: m.teams,
      }}
      titles={{
        clientTargets: 'Client targets this month',
        trend: 'Collected per week, last 12 weeks',
        pipeline: 'Promises to pay this month',
      }}
      backOffice={{ client: client.name, ...monthNames(ledgerKpis.month), kpis: ledgerKpis }}
      actions={
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
      }
    />
  );
}

/** Collector: the ranked queue, why the selected account is hot, its activity, live alerts and the daily goal. */
export const CollectorQueue: Story = {
  name: 'Collector queue',
  render: () => <CollectorHost />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const book = getBook(500);
    const aside = canvas.getByRole('complementary', { name: strings.selectedAccount });
    const heading = (i: number) => {
      const e = book.entries[i]!;
      return strings.whyAccountIsHot(book.lead(e.leadId).name, e.band);
    };
    // A click on an account's name selects it …
    const second = book.lead(book.entries[1]!.leadId).name;
    await userEvent.click(canvas.getAllByRole('button', { name: second })[0]!);
    await waitFor(() => expect(within(aside).getByRole('heading', { level: 2, name: heading(1) })).toBeVisible());
    await expect(canvas.getAllByRole('article')[1]).toHaveAttribute('aria-current', 'true');
    // … and so does Enter on a focused card.
    const third = canvas.getAllByRole('article')[2]!;
    third.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(aside).getByRole('heading', { level: 2, name: heading(2) })).toBeVisible());
    await expect(third).toHaveAttribute('aria-current', 'true');
    third.blur();
  },
};

/** Manager: a team's KPIs with changes, collections trend, promises and leaderboard for a date range. */
export const ManagerTeamDashboard: Story = {
  name: 'Manager team dashboard',
  render: () => <TeamHost />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const expected = dashboardMetrics(forTeam(getAgency(), TEAM_ID), rangeToPeriod(PRESETS[0]!.range));
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      strings.teamTitle(getAgency().teams.find((t) => t.id === TEAM_ID)!.name),
    );
    // Month to date ends now: core marks today's bucket partial, and the chart says so.
    const partial = expected.revenueTrend.buckets.filter((b) => b.partial).map((b) => b.label);
    await expect(partial.length).toBeGreaterThan(0);
    await expect(canvas.getByRole('figure', { name: 'Collected per day' })).toHaveAccessibleDescription(
      strings.partialPeriods(strings.list(partial)),
    );
  },
};

/** The manager picks "Last 7 days": every KPI, the trend and the leaderboard are recomputed by core for the new period. */
export const ManagerLastSevenDays: Story = {
  name: 'Manager team dashboard (last 7 days)',
  render: () => <TeamHost />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Date range/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Last 7 days' }));
    await userEvent.keyboard('{Escape}');
    const expected = dashboardMetrics(forTeam(getAgency(), TEAM_ID), rangeToPeriod(PRESETS[1]!.range));
    await waitFor(() =>
      expect(canvas.getByRole('region', { name: strings.kpis.collected })).toHaveTextContent(
        String(expected.collected.value),
      ),
    );
    await expect(canvas.getByRole('region', { name: strings.kpis.revenuePerHour })).toHaveTextContent(
      String(expected.revenuePerHour.value),
    );
    const board = canvas.getByRole('table', { name: strings.leaderboardByRevenue });
    await expect(within(board).getAllByRole('row')[1]).toHaveTextContent(expected.leaderboard[0]!.name);
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** Agency admin: client targets and pace, agency KPIs, weekly trend, promises, team comparison and one client's back office. */
export const AdminAgencyDashboard: Story = {
  name: 'Admin agency dashboard',
  loaders: [async () => ({ ledgerKpis: await getLedgerKpis() })],
  render: (_args, { loaded }) => <AgencyHost ledgerKpis={loaded.ledgerKpis as Kpis} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const ledgerKpis = loaded.ledgerKpis as Kpis;
    const agency = getAgency();
    const northwind = dashboardMetrics(agency, monthToDate(agency)).clientTargets.find(
      (c) => c.clientId === LEDGER_CLIENT,
    )!;
    // One figure for what Northwind collected this month: core's client-target row is the
    // ledger's total to the cent, and the page shows it once.
    const collected = formatValue(northwind.collected, 'money');
    await expect(formatValue(ledgerKpis.totalCollected.amount, 'currency', { currency: ledgerKpis.currency })).toBe(
      collected,
    );
    await expect(canvas.getByRole('row', { name: new RegExp(northwind.name) })).toHaveTextContent(northwind.label);
    await expect(canvasElement.textContent!.split(collected)).toHaveLength(2);
    // The week under way is drawn apart, not as a drop.
    const weeks = dashboardMetrics(agency, lastWeeks(12, agency)).revenueTrend.buckets;
    await expect(weeks.at(-1)!.partial).toBe(true);
    await expect(canvas.getByRole('figure', { name: 'Collected per week, last 12 weeks' })).toHaveAccessibleDescription(
      strings.partialPeriods(strings.list(weeks.filter((w) => w.partial).map((w) => w.label))),
    );
    const received = canvas.getByRole('region', { name: strings.kpis.receivedToday });
    await expect(received).toHaveTextContent(
      formatValue(ledgerKpis.receivedToday.amount, 'currency', { currency: ledgerKpis.currency }),
    );
  },
};

/** The collector page in the dark theme. */
export const CollectorQueueDark: Story = {
  name: 'Collector queue (dark)',
  render: () => <CollectorHost />,
  parameters: { theme: 'dark' },
};

/** The manager's dashboard in the dark theme. */
export const ManagerTeamDashboardDark: Story = {
  name: 'Manager team dashboard (dark)',
  render: () => <TeamHost />,
  parameters: { theme: 'dark' },
};

/** The agency dashboard in the dark theme. */
export const AdminAgencyDashboardDark: Story = {
  name: 'Admin agency dashboard (dark)',
  loaders: [async () => ({ ledgerKpis: await getLedgerKpis() })],
  render: (_args, { loaded }) => <AgencyHost ledgerKpis={loaded.ledgerKpis as Kpis} />,
  parameters: { theme: 'dark' },
};

/**
 * Rule author: the builder with a live preview over 10,000 b2b leads, from the example rule "New Lead
 * Needs Outreach". The play function edits the rule by keyboard (untouched for more than 2 days
 * instead of 1), typing while a preview runs, and checks the preview against `previewRule`.
 */
export const RuleAuthor: Story = {
  name: 'Rule author',
  render: () => <RuleAuthorPage />,
  play: async ({ canvas, canvasElement }) => {
    const panel = canvasElement.querySelector<HTMLElement>('[data-preview-status]')!;
    await waitFor(() => expect(panel.getAttribute('data-preview-status')).toBe('done'), { timeout: 60_000 });
    await userEvent.click(canvas.getByRole('button', { name: '2. Criteria' }));
    const duration = canvas.getByRole('spinbutton', { name: 'Duration' });
    duration.focus();
    await userEvent.keyboard('{End}{Backspace}3'); // 1 day → 3 days
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the 200 ms debounce: a preview runs
    await userEvent.keyboard('{Backspace}2'); // typed while that preview runs: it is cancelled
    await expect(duration).toHaveValue(2);
    const edited: Rule = structuredClone(outreach);
    if ('all' in edited.conditions)
      edited.conditions.all[1] = { fact: 'hoursUntouched', operator: 'greaterThan', value: 48 };
    const sample = sampleLeads(sourceLeads(ruleAuthorSource), { now: rulesNow, withinDays: 30, anonymize: true });
    const report = previewRule(edited, sample, { now: rulesNow, model: rulesModel });
    await waitFor(
      () =>
        expect(panel.querySelector('[data-count="matched"]')?.textContent).toContain(
          report.matched.toLocaleString('en-US'),
        ),
      { timeout: 60_000 },
    );
    await expect(panel.querySelector('[data-count="total"]')?.textContent).toBe(report.total.toLocaleString('en-US'));
    await expect(canvas.getByRole('button', { name: 'Save rule' })).toBeEnabled();
  },
};

/**
 * The rule author page from an empty draft: a rule built by keyboard (name, a condition, an
 * action), whose preview counts are then `previewRule`'s for the same rule and sample.
 */
export const RuleAuthorFromScratch: Story = {
  name: 'Rule author, built by keyboard',
  render: () => <RuleAuthorPage initialDraft={emptyDraft('trade-show-follow-up')} />,
  play: async ({ canvas, canvasElement }) => {
    const press = async (name: string) => {
      canvas.getByRole('button', { name }).focus();
      await userEvent.keyboard('{Enter}');
    };
    await expect(canvas.getByRole('button', { name: 'Save rule' })).toBeDisabled();
    canvas.getByRole('textbox', { name: 'Name' }).focus();
    await userEvent.keyboard('Trade-show follow-up');
    await press('2. Criteria');
    await press('Add condition');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Fact' }), 'leadSource');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Operator' }), 'equal');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Value' }), 'Events');
    await press('3. Actions');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'New action' }), 'addTag');
    await press('Add action');
    canvas.getByRole('textbox', { name: 'Tag' }).focus();
    await userEvent.keyboard('trade-show');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Save rule' })).toBeEnabled());
    const built: Rule = {
      id: 'trade-show-follow-up',
      name: 'Trade-show follow-up',
      trigger: { type: 'schedule', cron: '0 * * * *' },
      conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
      actions: [{ type: 'addTag', tag: 'trade-show' }],
    };
    const sample = sampleLeads(sourceLeads(ruleAuthorSource), { now: rulesNow, withinDays: 30, anonymize: true });
    const report = previewRule(built, sample, { now: rulesNow, model: rulesModel });
    const panel = canvasElement.querySelector<HTMLElement>('[data-preview-status]')!;
    // the matched count of a finished run (a stale run's count is not the answer)
    const finished = () =>
      panel.getAttribute('data-preview-status') === 'done'
        ? (panel.querySelector('[data-count="matched"]')?.textContent ?? '')
        : '';
    await waitFor(() => expect(finished()).toContain(report.matched.toLocaleString('en-US')), { timeout: 60_000 });
    await expect(panel.querySelector('[data-count="total"]')?.textContent).toBe(report.total.toLocaleString('en-US'));
    const key = actionKey(built.actions[0]!);
    await expect(panel.querySelector(`[data-action="${CSS.escape(key)}"]`)?.getAttribute('data-count')).toBe(
      String(report.actionCounts[key]),
    );
  },
};
