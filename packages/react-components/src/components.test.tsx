// Behaviour of the components outside their stories: what they show comes from the data they
// are given, controls are labelled and reachable, and nothing is computed on the way.
import { collectionsHotLeadModel, compareToPrevious, createScorer, JPY, KWD, type QueueEntry } from '@hotleads/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateRangePicker } from './dashboard/DateRangePicker';
import { ExportButton, toCsv } from './dashboard/ExportButton';
import { KpiCard } from './dashboard/KpiCard';
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
