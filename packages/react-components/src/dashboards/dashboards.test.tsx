// The persona dashboards hold no text of their own: every word is a prop, a library result or a
// theme string. Rendered with "pseudo-localized" strings (each label replaced by a marker), no
// text may remain that is neither a marker nor a value of the data they were given.
import { displayScore, explainedEntry, formatMoney, USD } from '@hotleads/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AGENCY_ZONE, getAgency } from '../fixtures/agency';
import { getBook } from '../fixtures/book';
import { collectorDay, dashboardMetrics, forTeam, lastWeeks, monthToDate } from '../fixtures/dashboards';
import { getLedgerKpis, LEDGER_CLIENT } from '../fixtures/ledger';
import { createLiveFixture } from '../fixtures/live';
import { HotleadsTheme } from '../theme/HotleadsTheme';
import { defaultStrings, type HotleadsStrings } from '../theme/strings';
import { formatInstant, formatValue } from '../util/format';
import { AgencyDashboard, type AgencyDashboardProps } from './AgencyDashboard';
import { CollectorWorkspace, type CollectorWorkspaceProps } from './CollectorWorkspace';
import { TeamDashboard, type TeamDashboardProps } from './TeamDashboard';

/** Every label replaced by ⟦its key⟧ (a function's by ⟦key:its arguments⟧). */
function pseudoStrings(): HotleadsStrings {
  const mark = (key: string, value: unknown): unknown => {
    if (typeof value === 'string') return `⟦${key}⟧`;
    if (typeof value === 'function')
      return (...args: unknown[]) =>
        `⟦${key}:${args.map((a) => (Array.isArray(a) ? a.join('|') : String(a))).join('|')}⟧`;
    if (Array.isArray(value)) return value.map((v, i) => mark(`${key}.${i}`, v));
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mark(`${key}.${k}`, v)]));
  };
  return Object.fromEntries(
    Object.entries(defaultStrings).map(([key, value]) => [key, mark(key, value)]),
  ) as unknown as HotleadsStrings;
}

/**
 * Every string and number reachable in `data` (display strings, names, figures), and what the
 * components make of them: a KPI change's percent without its sign (the arrow carries it), a
 * payments amount written as money.
 */
function leaves(data: unknown, seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
  if (typeof data === 'string') {
    out.add(data.trim());
    if (/^[+−]\d/.test(data)) out.add(data.slice(1));
    if (/^\d+\.\d{2}$/.test(data)) out.add(formatValue(data, 'currency'));
  } else if (typeof data === 'number') out.add(String(data));
  else if (data !== null && typeof data === 'object' && !seen.has(data)) {
    seen.add(data);
    for (const v of Object.values(data)) leaves(v, seen, out);
  }
  return out;
}

/**
 * The text of `root` that is neither a marker nor one of `allowed`: each text node, markers
 * removed, split around the separators the layouts put between values.
 */
function strayText(root: Element, allowed: Set<string>): string[] {
  const stray: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('svg, style')) continue; // chart ticks: the data's dates and axis numbers
    let text = n.textContent ?? '';
    // Markers nest (a list inside a sentence): remove the innermost until none is left.
    for (let prev = ''; prev !== text;) [prev, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
    if (allowed.has(text.trim())) continue;
    for (const part of text.split(/\s[·—]\s|[▲▼▬]/)) {
      const text = part.trim();
      if (text !== '' && text !== '·' && text !== '—' && !allowed.has(text)) stray.push(text);
    }
  }
  return stray;
}

const agency = getAgency();
const book = getBook(500);

function collectorProps(): CollectorWorkspaceProps {
  const day = collectorDay(agency, 'c01', 120_000);
  const live = createLiveFixture(12);
  return {
    collector: agency.collectors[0]!,
    now: book.now,
    timeZone: AGENCY_ZONE,
    entries: book.entries,
    getAccount: (e) => book.account(e.leadId),
    getChannels: (e) => book.channels(e.leadId),
    selectedId: book.entries[0]!.leadId,
    getEvents: (id) => book.lead(id).events ?? [],
    alerts: live.alerts,
    getName: (id) => live.book.lead(id).name,
    goal: day.goal,
    kpis: [{ label: 'RPH', value: day.revenuePerHour.display }],
    queueHeight: 600,
    onCall: vi.fn(),
  };
}

function teamProps(): TeamDashboardProps {
  const m = dashboardMetrics(forTeam(agency, 'early'), monthToDate(agency));
  return {
    team: agency.teams[0]!,
    metrics: {
      collected: m.collected,
      revenuePerHour: m.revenuePerHour,
      rpcRate: m.rpcRate,
      adherence: m.adherence,
      trend: m.revenueTrend.buckets,
      pipeline: m.pipeline,
      leaderboard: m.leaderboard,
    },
  };
}

async function agencyProps(): Promise<AgencyDashboardProps> {
  const m = dashboardMetrics(agency, monthToDate(agency));
  const weeks = dashboardMetrics(agency, lastWeeks(12, agency));
  return {
    periodLabel: 'MTD',
    counts: { collectors: agency.collectors.length, teams: agency.teams.length, clients: agency.clients.length },
    metrics: {
      collected: m.collected,
      collectionRate: m.collectionRate,
      revenuePerHour: m.revenuePerHour,
      rpcRate: m.rpcRate,
      clientTargets: m.clientTargets,
      trend: weeks.revenueTrend.buckets,
      pipeline: m.pipeline,
      teams: m.teams,
    },
    backOffice: { client: 'Northwind', month: 'Nov', previousMonth: 'Oct', kpis: await getLedgerKpis() },
  };
}

// Rendering a whole dashboard in jsdom (and recording the ledger once) takes a few seconds.
describe('persona dashboards hold no fixed text', { timeout: 30_000 }, () => {
  it('CollectorWorkspace: every word is a prop, a library result or a theme string', () => {
    const props = collectorProps();
    const { container } = render(
      <HotleadsTheme strings={pseudoStrings()}>
        <CollectorWorkspace {...props} />
      </HotleadsTheme>,
    );
    // rankQueue's entries explain on demand: their reasons are read through explainedEntry.
    const shown = book.entries.slice(0, 20).map(explainedEntry);
    const allowed = leaves([
      props.collector,
      props.kpis,
      props.goal,
      props.alerts,
      shown,
      shown.map((e) => book.account(e.leadId)),
      shown.map((e) => book.channels(e.leadId)),
      formatInstant(props.now, { timeZone: AGENCY_ZONE }),
      book.entries.length,
    ]);
    // Balances, formatted by the card (a host figure in currency units).
    for (const e of shown) allowed.add(formatMoney(Math.round(book.lead(e.leadId).balance * 100), USD));
    // Scores as core displays them (rounded down), on the rings.
    for (const s of [...shown, ...props.alerts!]) allowed.add(String(displayScore(s.score)));
    for (const a of props.alerts!) allowed.add(props.getName!(a.leadId));
    // Contributions' signed points, as the why-hot panel writes them.
    for (const c of book.entries[0]!.contributions)
      for (const n of [c.weighted, c.maxWeighted]) {
        const t = Math.abs(n).toFixed(1);
        allowed
          .add(t === '0.0' ? t : `${n < 0 ? '−' : '+'}${t}`)
          .add(`/ ${t === '0.0' ? t : `${n < 0 ? '−' : '+'}${t}`}`);
      }
    expect(strayText(container, allowed)).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`⟦workspaceTitle:${props.collector.name}⟧`);
  });

  it('TeamDashboard: every word is a prop, a library result or a theme string', () => {
    const props = teamProps();
    const { container } = render(
      <HotleadsTheme strings={pseudoStrings()}>
        <TeamDashboard {...props} />
      </HotleadsTheme>,
    );
    expect(strayText(container, leaves(props))).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`⟦teamTitle:${props.team.name}⟧`);
  });

  it('AgencyDashboard: every word is a prop, a library result or a theme string', async () => {
    const props = await agencyProps();
    const { container } = render(
      <HotleadsTheme strings={pseudoStrings()}>
        <AgencyDashboard {...props} />
      </HotleadsTheme>,
    );
    const allowed = leaves(props);
    allowed.add(`${props.backOffice!.kpis.collectionRate.percent}%`);
    expect(strayText(container, allowed)).toEqual([]);
  });
});

describe('AgencyDashboard', { timeout: 30_000 }, () => {
  it("shows what a client collected once: its target row, which is the ledger's month total to the cent", async () => {
    const props = await agencyProps();
    const northwind = props.metrics.clientTargets.find((c) => c.clientId === LEDGER_CLIENT)!;
    expect(northwind.collected).toBe(Number(props.backOffice!.kpis.totalCollected.amount.replace('.', '')));
    const { container } = render(<AgencyDashboard {...props} />);
    const figure = formatMoney(northwind.collected, USD);
    expect(container.textContent!.split(figure)).toHaveLength(2);
    expect(screen.getByRole('row', { name: new RegExp(northwind.name) })).toHaveTextContent(northwind.label);
  });

  it('draws the week under way apart and says which one it is', async () => {
    const props = await agencyProps();
    const partial = props.metrics.trend.filter((b) => b.partial).map((b) => b.label);
    expect(partial).toEqual([props.metrics.trend.at(-1)!.label]);
    render(<AgencyDashboard {...props} />);
    expect(screen.getByRole('figure', { name: defaultStrings.collectedTrend })).toHaveAccessibleDescription(
      defaultStrings.partialPeriods(partial[0]!),
    );
  });
});

describe('CollectorWorkspace', { timeout: 30_000 }, () => {
  it('selects an account from its name, from Enter on its card and from an alert', async () => {
    const props = collectorProps();
    const onSelect = vi.fn();
    render(<CollectorWorkspace {...props} onSelect={onSelect} />);
    const second = book.entries[1]!;
    await userEvent.click(screen.getByRole('button', { name: book.lead(second.leadId).name }));
    expect(onSelect).toHaveBeenLastCalledWith(second.leadId);
    const feed = screen.getByRole('feed');
    const third = within(feed).getAllByRole('article')[2]!;
    third.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(book.entries[2]!.leadId);
    const alert = props.alerts![0]!;
    await userEvent.click(screen.getAllByRole('button', { name: `Open ${props.getName!(alert.leadId)}` })[0]!);
    expect(onSelect).toHaveBeenLastCalledWith(alert.leadId);
  });

  it("explains the selected account with core's reasons, under the theme's heading", () => {
    const props = collectorProps();
    const entry = book.entries[3]!;
    render(<CollectorWorkspace {...props} selectedId={entry.leadId} />);
    const aside = screen.getByRole('complementary', { name: defaultStrings.selectedAccount });
    expect(
      within(aside).getByRole('heading', {
        name: defaultStrings.whyAccountIsHot(book.lead(entry.leadId).name, entry.band),
      }),
    ).toBeInTheDocument();
    expect([...within(aside).getByRole('list', { name: 'Top reasons' }).children].map((li) => li.textContent)).toEqual(
      entry.reasons,
    );
  });
});
