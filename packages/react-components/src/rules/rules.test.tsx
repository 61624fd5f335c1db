// Behaviour of the rule components outside their stories: what they show is what
// @hotleads/rules computed, controls are labelled, and the preview runs off the main thread.
import { formatPercent } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import {
  DEFAULT_PRIORITY,
  describeAction,
  moveRule,
  rulesInRunOrder,
  describeRule,
  describeTrigger,
  evaluateRules,
  formatConditionValue,
  previewRule,
  ruleTemplates,
  sampleLeads,
  summarizeRuleLog,
  type ConditionResult,
  type Rule,
} from '@hotleads/rules';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HotleadsTheme } from '../theme/HotleadsTheme';
import { ConditionExplanation } from './ConditionExplanation';
import { RuleList } from './RuleList';
import { RulePreviewPanel } from './RulePreviewPanel';
import { fakeWorkers } from './testing/fakePreviewWorker';
import type { PreviewLeadSource } from './previewWorker';

const now = '2026-03-01T12:00:00Z';
const leads = generateB2bLeads({ size: 600, now, seed: 3 });
const source: PreviewLeadSource = { kind: 'leads', leads };

const ruleA: Rule = {
  id: 'web-budget',
  name: 'Web leads with budget',
  trigger: { type: 'event', events: ['form_submit'] },
  conditions: {
    all: [
      { fact: 'leadSource', operator: 'equal', value: 'Web Forms' },
      { fact: 'budget', operator: 'greaterThan', value: 100_000 },
    ],
  },
  actions: [
    { type: 'sendEmail', template: 'Welcome Email' },
    { type: 'addTag', tag: 'web' },
  ],
};
const withBudget = (min: number): Rule => ({
  ...ruleA,
  conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: min }] },
});

function expected(rule: Rule, sample = { withinDays: 30, anonymize: true }) {
  return previewRule(rule, sampleLeads(leads, { now, ...sample }), { now, maxExamples: 3 });
}

afterEach(() => vi.useRealTimers());

describe('ConditionExplanation', { timeout: 30_000 }, () => {
  const tree: ConditionResult = {
    kind: 'all',
    pass: false,
    conditions: [
      { kind: 'fact', fact: 'budget', operator: 'greaterThan', value: 5000, factValue: 7000, pass: true },
      {
        kind: 'not',
        pass: false,
        condition: {
          kind: 'fact',
          fact: 'leadSource',
          operator: 'equal',
          value: 'Events',
          factValue: 'Events',
          pass: true,
        },
      },
    ],
  };

  it('shows each group and comparison with its verdict and the value the operator saw', () => {
    render(<ConditionExplanation result={tree} />);
    const list = screen.getByRole('list', { name: 'Why the rule matched or not' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-pass'))).toEqual(['false', 'true', 'false', 'true']);
    expect(items[1]!.textContent).toContain('Greater Than');
    expect(items[1]!.textContent).toContain(formatConditionValue(5000, 'budget'));
    expect(items[1]!.textContent).toContain(`value: ${formatConditionValue(7000, 'budget')}`);
    expect(items[2]!.textContent).toMatch(/^Fail Not/);
  });

  it("shows a condition's json-rules-engine name, as @hotleads/rules kept it in the explanation", () => {
    const named: Rule = {
      ...ruleA,
      conditions: {
        any: [
          { fact: 'leadSource', operator: 'equal', value: 'Web Forms', name: 'From the web' },
          { all: [{ fact: 'budget', operator: 'greaterThan', value: 100_000 }], name: 'Big budget' },
        ],
        name: 'Worth a call',
      },
    };
    const evaluation = evaluateRules([named], leads[0]!, { now });
    const explanation = (evaluation.fired[0] ?? evaluation.skipped[0])!.explanation!;
    expect(explanation.name).toBe('Worth a call');
    render(<ConditionExplanation result={explanation} />);
    const items = within(screen.getByRole('list', { name: 'Why the rule matched or not' })).getAllByRole('listitem');
    const names = items.map((li) => li.querySelector(':scope > .hl-explain-name')?.textContent ?? null);
    expect(names).toEqual(['Worth a call:', 'From the web:', 'Big budget:', null]);
    // the label sits between the verdict and the comparison or group it names
    expect(items[1]!.textContent).toMatch(/^(Pass|Fail) From the web: /);
    expect(items[2]!.textContent).toMatch(/^(Pass|Fail) Big budget: All of/);
  });

  it('names a missing value', () => {
    render(
      <ConditionExplanation
        result={{ kind: 'fact', fact: 'budget', operator: 'lessThan', value: 1, factValue: undefined, pass: false }}
      />,
    );
    expect(screen.getByText('value: (missing)')).toBeInTheDocument();
  });
});

describe('RuleList', { timeout: 30_000 }, () => {
  const rules = ruleTemplates.slice(0, 3) as Rule[];
  const log = [
    { kind: 'fired' as const, ruleId: rules[0]!.id, leadId: 'L-1', at: now, actions: rules[0]!.actions },
    { kind: 'fired' as const, ruleId: rules[0]!.id, leadId: 'L-2', at: now, actions: rules[0]!.actions },
  ];

  it('shows each rule in words (describeRule: its trigger and action phrases) and its performance from summarizeRuleLog', () => {
    const summaries = summarizeRuleLog(log);
    render(<RuleList rules={rules} summaries={summaries} onChange={() => {}} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    rules.forEach((rule, i) => {
      const sentence = describeRule(rule);
      expect(within(rows[i]!).getByText(sentence)).toBeInTheDocument();
      // the same words the builder's review and the action lists use
      expect(sentence).toContain(describeTrigger(rule.trigger));
      for (const action of rule.actions) expect(sentence).toContain(describeAction(action));
    });
    const stats = within(rows[0]!);
    expect(stats.getByText('Times fired').nextSibling?.textContent).toBe(String(summaries[0]!.fired));
    expect(stats.getByText('Leads acted on').nextSibling?.textContent).toBe(String(summaries[0]!.leads));
    expect(rows[1]!.textContent).toContain('Has not fired yet.');
  });

  it('shows the priority a rule runs with: its own, or DEFAULT_PRIORITY without one', () => {
    const { priority: _, ...unset } = rules[0]!;
    render(<RuleList rules={[unset, rules[1]!]} onChange={() => {}} />);
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0]!).getByText(`Priority ${DEFAULT_PRIORITY}`)).toBeInTheDocument();
    expect(within(rows[1]!).getByText(`Priority ${rules[1]!.priority}`)).toBeInTheDocument();
  });

  it('toggles a rule and moves rules by keyboard, handing back the whole set', async () => {
    const onChange = vi.fn();
    render(<RuleList rules={rules} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: `${rules[1]!.name} enabled` }));
    expect(onChange.mock.calls[0]![0][1].enabled).toBe(false);
    screen.getByRole('button', { name: `Move down ${rules[0]!.name}` }).focus();
    await user.keyboard('{Enter}');
    expect(onChange.mock.calls[1]![0].map((r: Rule) => r.id)).toEqual([rules[1]!.id, rules[0]!.id, rules[2]!.id]);
    expect(screen.getByRole('button', { name: `Move up ${rules[0]!.name}` })).toBeDisabled();
  });

  it("lists the rules in the order they run, and a move is moveRule's, so the new set runs in the order shown", async () => {
    const onChange = vi.fn();
    render(<RuleList rules={ruleTemplates} onChange={onChange} />);
    const ordered = rulesInRunOrder(ruleTemplates);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(ordered.map((r) => r.name));
    // the first rule (the highest priority) moved below the second, of a lower priority
    const [a, b] = ordered;
    expect(a!.priority).toBeGreaterThan(b!.priority ?? DEFAULT_PRIORITY);
    screen.getByRole('button', { name: `Move down ${a!.name}` }).focus();
    await userEvent.keyboard('{Enter}');
    const moved = onChange.mock.calls[0]![0] as Rule[];
    expect(moved).toEqual(moveRule(ordered, 0, 1));
    expect(moved.map((r) => r.id).slice(0, 2)).toEqual([b!.id, a!.id]);
    expect(rulesInRunOrder(moved).map((r) => r.id)).toEqual(moved.map((r) => r.id));
  });

  it('moves a dragged row with moveRule too', () => {
    const onChange = vi.fn();
    render(<RuleList rules={ruleTemplates} onChange={onChange} />);
    const ordered = rulesInRunOrder(ruleTemplates);
    const rows = screen.getAllByRole('listitem');
    fireEvent.dragStart(rows[0]!, { dataTransfer: { effectAllowed: '' } });
    fireEvent.dragOver(rows[2]!);
    fireEvent.drop(rows[2]!);
    expect(onChange).toHaveBeenCalledWith(moveRule(ordered, 0, 2));
  });

  it('hands an imported file to the host and the rules to export', async () => {
    const onImport = vi.fn();
    const onExport = vi.fn();
    render(<RuleList rules={rules} onChange={() => {}} onImport={onImport} onExport={onExport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export rules' }));
    expect(onExport).toHaveBeenCalledWith(rules);
    const file = new File(['{"rules":[]}'], 'rules.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import rules', { selector: 'input' }), { target: { files: [file] } });
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledWith('{"rules":[]}', 'rules.json'));
  });

  it('shows why an import was refused as an alert, and nothing once none is', () => {
    const { rerender } = render(
      <RuleList rules={rules} onChange={() => {}} onImport={() => {}} importError="Bad file" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Bad file');
    rerender(<RuleList rules={rules} onChange={() => {}} onImport={() => {}} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

// Each preview runs sampleLeads and previewRule in the page (a fake worker): seconds on a loaded machine.
describe('RulePreviewPanel', { timeout: 30_000 }, () => {
  it("shows previewRule's counts for the sample it drew, per action and with examples", async () => {
    const workers = fakeWorkers();
    render(
      <HotleadsTheme>
        <RulePreviewPanel rule={ruleA} source={source} createWorker={workers.create} now={now} debounceMs={0} />
      </HotleadsTheme>,
    );
    const report = expected(ruleA);
    expect(report.matched).toBeGreaterThan(0);
    await screen.findByText(/Previewed in/);
    const panel = screen.getByRole('region', { name: 'Rule preview' });
    expect(panel.querySelector('[data-count="total"]')!.textContent).toBe(report.total.toLocaleString('en-US'));
    expect(panel.querySelector('[data-count="matched"]')!.textContent).toContain(
      report.matched.toLocaleString('en-US'),
    );
    // the share is previewRule's matchedShare, worded by core's formatPercent
    expect(panel.querySelector('[data-share]')!.textContent).toBe(`(${formatPercent(report.matchedShare)})`);
    for (const [key, count] of Object.entries(report.actionCounts))
      expect(panel.querySelector(`[data-action="${key}"]`)!.getAttribute('data-count')).toBe(String(count));
    expect(panel.querySelectorAll('.hl-preview-example')).toHaveLength(report.examples.length);
  });

  it('debounces by 200 ms and cancels a stale run by ending its worker', async () => {
    vi.useFakeTimers();
    const workers = fakeWorkers({ manual: true });
    const view = render(
      <RulePreviewPanel rule={withBudget(1)} source={source} createWorker={workers.create} now={now} />,
    );
    const previews = () => workers.made.flatMap((w) => w.posted.filter((m) => m.type === 'preview'));
    await act(async () => {
      vi.advanceTimersByTime(150);
    });
    view.rerender(<RulePreviewPanel rule={withBudget(2)} source={source} createWorker={workers.create} now={now} />);
    await act(async () => {
      vi.advanceTimersByTime(150);
    });
    expect(previews()).toHaveLength(0); // typing: nothing ran yet
    await act(async () => {
      vi.advanceTimersByTime(50);
    });
    expect(previews()).toHaveLength(1);
    // The rule changes while the first run is still going: that worker ends, a new one runs.
    view.rerender(
      <RulePreviewPanel rule={withBudget(200_000)} source={source} createWorker={workers.create} now={now} />,
    );
    await act(async () => {
      vi.advanceTimersByTime(200);
    });
    expect(workers.made).toHaveLength(2);
    expect(workers.made[0]!.terminated).toBe(true);
    expect(workers.made[1]!.posted.map((m) => m.type)).toEqual(['source', 'preview']);
    await act(async () => {
      workers.made[0]!.deliver();
    }); // a stale answer is never shown
    expect(screen.queryByText(/Previewed in/)).toBeNull();
    await act(async () => {
      workers.made[1]!.deliver();
    });
    const report = expected(withBudget(200_000));
    expect(document.querySelector('[data-count="matched"]')!.textContent).toContain(
      report.matched.toLocaleString('en-US'),
    );
  });

  it('filters by segment, tests one lead, and shows a refused rule as an error', async () => {
    const workers = fakeWorkers();
    const segment = {
      id: 'events',
      label: 'Event leads',
      conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    };
    render(
      <RulePreviewPanel
        rule={withBudget(100_000)}
        source={source}
        createWorker={workers.create}
        now={now}
        debounceMs={0}
        segments={[segment]}
      />,
    );
    await screen.findByText(/Previewed in/);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Segment'), 'events');
    const seg = previewRule(withBudget(100_000), sampleLeads(leads, { now, withinDays: 30, anonymize: true }), {
      now,
      segment: segment.conditions,
    });
    await vi.waitFor(() =>
      expect(document.querySelector('[data-count="total"]')!.textContent).toBe(seg.total.toLocaleString('en-US')),
    );
    const leadSelect = screen.getByLabelText('Lead');
    const firstId = within(leadSelect).getAllByRole('option')[1]!.getAttribute('value')!;
    await user.selectOptions(leadSelect, firstId);
    await screen.findByRole('list', { name: `Why lead ${firstId} matched or not` });
  });

  it('says why there is nothing to preview for a draft, and shows the error of a refused rule', async () => {
    const workers = fakeWorkers();
    const view = render(
      <RulePreviewPanel
        rule={undefined}
        missingRuleReason="Add a condition"
        source={source}
        createWorker={workers.create}
        now={now}
        debounceMs={0}
      />,
    );
    expect(screen.getByText('Add a condition')).toBeInTheDocument();
    const usesScore: Rule = { ...ruleA, conditions: { all: [{ fact: 'score', operator: 'greaterThan', value: 50 }] } };
    view.rerender(
      <RulePreviewPanel rule={usesScore} source={source} createWorker={workers.create} now={now} debounceMs={0} />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/score or band/);
  });
});
