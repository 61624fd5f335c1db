// Behaviour of the components outside their stories: what they show comes from the data they
// are given, controls are labelled and reachable, and nothing is computed on the way.
import {
  collectionsHotLeadModel,
  compareToPrevious,
  createScorer,
  JPY,
  KWD,
  metricTrend,
  rankQueue,
  regFPolicy,
  type QueueEntry,
} from '@hotleads/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateRangePicker } from './dashboard/DateRangePicker';
import { ExportButton, toCsv } from './dashboard/ExportButton';
import { KpiCard } from './dashboard/KpiCard';
import { TrendChart } from './dashboard/TrendChart';
import { createLiveFixture } from './fixtures/live';
import { AlertFeed } from './queue/AlertFeed';
import { defaultStrings } from './theme/strings';
import { getBook } from './fixtures/book';
import { QuickActions } from './queue/QuickActions';
import { ScoreRing } from './queue/ScoreRing';
import { WorkQueue } from './queue/WorkQueue';
import { HotleadsTheme } from './theme/HotleadsTheme';
import { formatValue } from './util/format';

describe('stylesheet', () => {
  const css = readFileSync(join(__dirname, 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

  it('scopes every rule under .hl-root, so nothing leaks into the host page', () => {
    // Selector lists: the text before each `{` that is not an at-rule.
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim()).filter((s) => !s.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(50);
    for (const list of selectors) {
      for (const sel of list.split(','))
        expect(sel.trim(), `selector "${sel.trim()}"`).toMatch(/^\.hl-root(\s|\[|$|\.|:)/);
    }
  });

  it('defines the dark theme with the same custom properties as the light one', () => {
    const block = (start: string) => css.slice(css.indexOf(start), css.indexOf('}', css.indexOf(start)));
    const names = (text: string) => new Set([...text.matchAll(/(--hl-[a-z0-9-]+):/g)].map((m) => m[1]));
    const light = names(block('.hl-root {'));
    const dark = names(block(".hl-root[data-hl-theme='dark'] {"));
    for (const n of dark) expect(light.has(n), n).toBe(true);
    for (const colour of ['--hl-bg', '--hl-text', '--hl-hot', '--hl-accent'])
      expect(dark.has(colour), colour).toBe(true);
  });
});

describe('HotleadsTheme', () => {
  it('gives the components its labels and locale; a nested theme keeps them', () => {
    const book = getBook(500);
    const entry = book.entries[0]!;
    const account = book.account(entry.leadId);
    render(
      <HotleadsTheme
        locale="de-DE"
        strings={{
          workQueue: 'Arbeitsliste',
          accountCount: (n) => `${n} Konten`,
          channelNames: { call: 'Anrufen' },
          contactAction: (channel, name) => `${name}: ${channel}`,
          balance: 'Saldo',
        }}
      >
        <HotleadsTheme theme="dark">
          <WorkQueue entries={book.entries} getAccount={(e) => book.account(e.leadId)} onCall={vi.fn()} height={600} />
        </HotleadsTheme>
      </HotleadsTheme>,
    );
    expect(screen.getByRole('feed', { name: 'Arbeitsliste' })).toBeInTheDocument();
    expect(screen.getByText('500 Konten')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: account.name });
    expect(within(card).getByRole('button', { name: `${account.name}: Anrufen` })).toHaveTextContent('Anrufen');
    // Numbers in the theme's locale; the labels not overridden stay English.
    expect(card.textContent).toContain(`Saldo ${formatValue(account.balance!, 'currency', { locale: 'de-DE' })}`);
    expect(formatValue(account.balance!, 'currency', { locale: 'de-DE' })).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}\s\$$/);
    expect(card).toHaveTextContent(`Acct ${account.accountNumber}`);
    expect(screen.getByText('500 Konten').closest('.hl-root')).toHaveAttribute('data-hl-theme', 'dark');
  });

  it('renders the scoping root with the chosen theme', () => {
    const { container } = render(
      <HotleadsTheme theme="dark" className="host">
        x
      </HotleadsTheme>,
    );
    const root = container.firstElementChild!;
    expect(root).toHaveClass('hl-root', 'host');
    expect(root).toHaveAttribute('data-hl-theme', 'dark');
  });
});

describe('ScoreRing', () => {
  it("shows core's display score (rounded down), so 79.99 never reads as 80", () => {
    render(<ScoreRing score={79.999} band="HIGH" />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Hot lead score 79 of 100, HIGH');
  });
});

describe('QuickActions', () => {
  it('uses per-channel verdicts: a blocked call is disabled with its reason, text and email stay usable', async () => {
    const onCall = vi.fn();
    const onText = vi.fn();
    render(
      <QuickActions
        leadId="A1"
        name="Dana Reyes"
        eligible={false}
        blockedReasons={['7 call attempts in the last 7 days (limit 7)']}
        channels={{
          call: {
            eligible: false,
            reasons: ['7 call attempts in the last 7 days (limit 7)'],
            nextEligibleAt: '2026-11-24T14:00:00.000Z',
          },
          text: { eligible: true, reasons: [] },
          email: { eligible: true, reasons: [] },
        }}
        timeZone="America/New_York"
        onCall={onCall}
        onText={onText}
        onEmail={vi.fn()}
      />,
    );
    const call = screen.getByRole('button', { name: 'Call Dana Reyes' });
    expect(call).toBeDisabled();
    expect(call).toHaveAccessibleDescription(
      /Call blocked: 7 call attempts in the last 7 days \(limit 7\)\. Eligible Nov 24, 9:00 AM EST\./,
    );
    await userEvent.click(call);
    expect(onCall).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Text Dana Reyes' }));
    expect(onText).toHaveBeenCalledWith('A1');
  });

  it('without per-channel verdicts, the queue verdict blocks every channel (never contact someone the policy blocks)', () => {
    render(
      <QuickActions
        leadId="A2"
        name="Lee"
        eligible={false}
        blockedReasons={['Debt is disputed']}
        onCall={vi.fn()}
        onText={vi.fn()}
        onEmail={vi.fn()}
      />,
    );
    for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
    expect(screen.getByText('Do not contact now: Debt is disputed.')).toBeInTheDocument();
  });

  it('says a reason shared by several channels once, and each other reason with its channels', () => {
    const flag = 'Marked do-not-contact — no calls, texts or emails';
    const { unmount } = render(
      <QuickActions
        leadId="A4"
        name="Ana"
        eligible={false}
        channels={{
          call: { eligible: false, reasons: [flag] },
          text: { eligible: false, reasons: [flag] },
          email: { eligible: false, reasons: [flag] },
        }}
        onCall={vi.fn()}
        onText={vi.fn()}
        onEmail={vi.fn()}
      />,
    );
    expect(document.body.textContent!.split(flag)).toHaveLength(2);
    for (const b of screen.getAllByRole('button'))
      expect(b).toHaveAccessibleDescription(`Do not contact now: ${flag}.`);
    unmount();
    render(
      <QuickActions
        leadId="A5"
        name="Bo"
        eligible={false}
        channels={{
          call: { eligible: false, reasons: ['7 call attempts in the last 7 days (limit 7)'] },
          text: { eligible: false, reasons: ['Outside 8:00–21:00 in the consumer’s time zone'] },
          email: { eligible: false, reasons: ['Outside 8:00–21:00 in the consumer’s time zone'] },
        }}
        onCall={vi.fn()}
        onText={vi.fn()}
        onEmail={vi.fn()}
      />,
    );
    expect(screen.getAllByText(/blocked:/).map((p) => p.textContent)).toEqual([
      'Call blocked: 7 call attempts in the last 7 days (limit 7).',
      'Text and Email blocked: Outside 8:00–21:00 in the consumer’s time zone.',
    ]);
    expect(screen.getByRole('button', { name: 'Email Bo' })).toHaveAccessibleDescription(
      'Text and Email blocked: Outside 8:00–21:00 in the consumer’s time zone.',
    );
  });

  it('shows only the channels the host handles', () => {
    render(<QuickActions leadId="A3" name="Kim" eligible onCall={vi.fn()} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Call']);
  });
});

describe('WorkQueue', () => {
  const book = getBook(500);

  it('renders only a window of a long queue, in rank order, with feed positions', () => {
    render(<WorkQueue entries={book.entries} getAccount={(e) => book.account(e.leadId)} height={600} />);
    const feed = screen.getByRole('feed', { name: 'Work queue' });
    const cards = within(feed).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(2);
    expect(cards.length).toBeLessThan(20);
    expect(cards.map((c) => c.getAttribute('aria-posinset'))).toEqual(cards.map((_, i) => String(i + 1)));
    expect(cards[0]).toHaveAttribute('aria-setsize', '500');
    expect(cards[0]).toHaveAccessibleName(book.lead(book.entries[0]!.leadId).name);
  });

  it("asks core to explain only the cards in the visible window (rankQueue's entries explain on demand)", () => {
    // Every scoring of a lead reads its events once: count the reads after ranking.
    let reads = 0;
    const counted = book.leads.map((lead) => {
      const copy = { ...lead };
      const events = lead.events;
      Object.defineProperty(copy, 'events', {
        enumerable: true,
        get: () => {
          reads++;
          return events;
        },
      });
      return copy;
    });
    const entries = rankQueue(counted, collectionsHotLeadModel, {
      now: book.now,
      policy: regFPolicy,
      touches: book.touches,
    });
    const ranked = reads;
    render(<WorkQueue entries={entries} getAccount={(e) => book.account(e.leadId)} height={600} />);
    const cards = within(screen.getByRole('feed', { name: 'Work queue' })).getAllByRole('article');
    expect(reads - ranked).toBeGreaterThan(0);
    expect(reads - ranked).toBeLessThanOrEqual(cards.length);
    expect(cards[0]).toHaveTextContent(entries[0]!.reasons[0]!);
  });

  it('moves between cards with Page Down / arrow keys (ARIA feed pattern)', async () => {
    render(<WorkQueue entries={book.entries} getAccount={(e) => book.account(e.leadId)} height={600} />);
    const cards = screen.getAllByRole('article');
    cards[0]!.focus();
    fireEvent.keyDown(cards[0]!, { key: 'PageDown' });
    expect(await screen.findByRole('article', { name: book.lead(book.entries[1]!.leadId).name })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(screen.getByRole('article', { name: book.lead(book.entries[0]!.leadId).name })).toHaveFocus();
  });

  it("lists eligible accounts before blocked ones, as core's rankQueue ordered them", () => {
    const firstBlocked = book.entries.findIndex((e) => !e.eligible);
    expect(firstBlocked).toBeGreaterThan(0);
    expect(book.entries.slice(firstBlocked).every((e) => !e.eligible)).toBe(true);
  });

  it('selects the focused card on Enter, and only the card itself', async () => {
    const onSelect = vi.fn();
    const onCall = vi.fn();
    render(
      <WorkQueue
        entries={book.entries}
        getAccount={(e) => book.account(e.leadId)}
        onSelect={onSelect}
        onCall={onCall}
        height={600}
      />,
    );
    const second = screen.getAllByRole('article')[1]!;
    second.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(book.entries[1]!.leadId);
    within(second)
      .getByRole('button', { name: `Call ${book.lead(book.entries[1]!.leadId).name}` })
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(onCall).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it("shows each card's top reason in full", () => {
    render(<WorkQueue entries={book.entries} getAccount={(e) => book.account(e.leadId)} height={600} />);
    for (const card of screen.getAllByRole('article')) {
      const entry = book.entries[Number(card.getAttribute('aria-posinset')) - 1]!;
      expect(card.querySelector('.hl-card-reason')).toHaveTextContent(entry.reasons[0]!);
    }
  });

  it('passes the lead id to the host when Call is pressed', async () => {
    const onCall = vi.fn();
    const entries: QueueEntry[] = book.entries.slice(0, 3);
    render(<WorkQueue entries={entries} getAccount={(e) => book.account(e.leadId)} onCall={onCall} height={600} />);
    await userEvent.click(screen.getByRole('button', { name: `Call ${book.lead(entries[0]!.leadId).name}` }));
    expect(onCall).toHaveBeenCalledWith(entries[0]!.leadId);
  });
});

describe('KpiCard', () => {
  it("colours the change by core's `good`, not by the arrow", () => {
    render(
      <KpiCard label="Broken promises" value={12} change={compareToPrevious(12, 15, { higherIsBetter: false })} />,
    );
    const trend = screen.getByText(/vs previous period/).closest('p')!;
    expect(trend).toHaveAttribute('data-tone', 'good');
    expect(trend).toHaveTextContent('Down 20.0% vs previous period');
  });
});

describe('TrendChart', () => {
  const zone = 'America/Chicago';
  // Monday 2 Nov to Friday 20 Nov 13:30: two whole weeks and one under way.
  const trend = metricTrend(
    [
      { at: '2026-11-03T15:00:00Z', value: 120000 },
      { at: '2026-11-10T15:00:00Z', value: 90000 },
      { at: '2026-11-19T15:00:00Z', value: 30000 },
    ],
    { from: '2026-11-02T06:00:00Z', to: '2026-11-20T19:30:00Z', timeZone: zone, bucket: 'week', unit: 'money' },
  );

  it('names the partial period core marked, in the note under the chart and in its table', () => {
    expect(trend.buckets.map((b) => b.partial)).toEqual([false, false, true]);
    render(
      <TrendChart
        title="Collected per week"
        data={trend.buckets}
        series={[{ key: 'value', label: 'Collected' }]}
        format="money"
        width={600}
      />,
    );
    const last = trend.buckets[2]!;
    expect(screen.getByRole('figure', { name: 'Collected per week' })).toHaveAccessibleDescription(
      `Dashed: partial period (${last.label})`,
    );
    const rows = within(screen.getByRole('table', { name: 'Collected per week' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(
      trend.buckets.map((b) => (b.partial ? `${b.label} (partial)${b.display}` : `${b.label}${b.display}`)),
    );
  });

  it('has no note when every period is whole', () => {
    const whole = trend.buckets.slice(0, 2);
    render(
      <TrendChart
        title="Two weeks"
        data={whole}
        series={[{ key: 'value', label: 'Collected' }]}
        format="money"
        width={600}
      />,
    );
    expect(screen.getByRole('figure', { name: 'Two weeks' })).not.toHaveAttribute('aria-describedby');
  });
});

describe('AlertFeed', () => {
  it("names severities in words of their own, never a band's", () => {
    const live = createLiveFixture(12);
    render(<AlertFeed alerts={live.alerts} now={live.book.now} />);
    const kinds = [...document.querySelectorAll('.hl-alert-kind')].map((k) => k.textContent!.split(' · ')[0]);
    expect(kinds).toEqual(live.alerts.slice(0, 20).map((a) => defaultStrings.severityNames[a.severity]));
    for (const word of kinds) expect(['HOT', 'HIGH', 'WARM', 'COLD']).not.toContain(word!.toUpperCase());
  });
});

describe('ExportButton', () => {
  const rows = [
    { name: 'Reyes, Dana', display: '$1,240.50' },
    { name: 'Quote "Q" Lee', display: '$99.00' },
  ];
  const columns = [
    { key: 'name', label: 'Collector' },
    { key: 'display', label: 'Collected' },
  ];

  it('builds the CSV of exactly the rows given, quoting commas and quotes', () => {
    expect(toCsv(rows, columns).split(/\r?\n/)).toEqual([
      'Collector,Collected',
      '"Reyes, Dana","$1,240.50"',
      '"Quote ""Q"" Lee",$99.00',
    ]);
  });

  it('downloads through an object URL when the host gives no onExport', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ExportButton rows={rows} columns={columns} filename="team" formats={['csv']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});

describe('DateRangePicker', () => {
  it('picks a range with the calendar and closes on Escape', async () => {
    const onChange = vi.fn();
    render(<DateRangePicker value={{ from: new Date(2026, 10, 2) }} onChange={onChange} numberOfMonths={1} />);
    const button = screen.getByRole('button', { name: /Date range/ });
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Date range' });
    await userEvent.click(within(dialog).getByRole('button', { name: /^9 Monday, November 2026/ }));
    expect(onChange).toHaveBeenLastCalledWith({ from: new Date(2026, 10, 2), to: new Date(2026, 10, 9) });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe('formatValue', () => {
  it('formats, never computes', () => {
    expect(formatValue(1240.5, 'currency')).toBe('$1,240.50');
    expect(formatValue('145.50', 'currency')).toBe('$145.50');
    expect(formatValue(0.425, 'percent')).toBe('42.5%');
    expect(formatValue('$1,240.50', 'currency')).toBe('$1,240.50');
    expect(formatValue(48_000, 'currency', { compact: true })).toBe('$48K');
    // An axis's zero is "$0", not "$0.00".
    expect(formatValue(0, 'money', { compact: true })).toBe('$0');
    expect(formatValue(25_000, 'money', { compact: true })).toBe('$250');
    // Core's money is integer minor units, shown with the currency's own decimals.
    expect(formatValue(124050, 'money')).toBe('$1,240.50');
    expect(formatValue(4_800_000, 'money', { compact: true })).toBe('$48K');
    expect(formatValue(1235, 'money', { currency: JPY })).toBe('¥1,235');
    expect(formatValue('1.5', 'currency', { currency: KWD })).toBe('KWD\u00a01.500');
    expect(formatValue(1240.5, 'money')).toBe('$12.41');
  });
});

describe('book fixture', () => {
  it("takes every score from core's scorer", () => {
    const book = getBook(500);
    const score = createScorer(collectionsHotLeadModel);
    for (const e of book.entries.slice(0, 50))
      expect(e.score).toBe(score(book.lead(e.leadId), { now: book.now }).score);
  });
});
