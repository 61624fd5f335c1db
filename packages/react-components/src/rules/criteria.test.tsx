// The builder's criteria and review steps: a problem of a condition (ruleIssues' path) reaches
// the react-querybuilder row it names, at any depth; the review says the rule as describeRule
// does and copies the JSON toJsonRulesEngine writes.
import {
  conditionsToQuery,
  describeRule,
  describeTrigger,
  LEAD_STATUSES,
  operatorDescriptions,
  operatorsFor,
  ACTIVE_INTEREST_EVENTS,
  factCatalog,
  findFact,
  ruleIssues,
  ruleTemplates,
  toJsonRulesEngine,
  validateRule,
  type Condition,
  type QueryGroup,
  type QueryNode,
  type TopLevelCondition,
} from '@hotleads/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { defaultRuleStrings } from '../theme/ruleStrings';
import { queryPathOf } from './builderIssues';
import type { RuleDraft } from './draft';
import { RuleBuilder } from './RuleBuilder';
import { BuilderHost } from './testing/BuilderHost';

const now = '2026-03-01T12:00:00Z';
const outreach = ruleTemplates[0]!;

const Host = BuilderHost;

type Leaf = Extract<Condition, { fact: string }>;
type Step = string | number;

/** Condition trees of every shape the builder draws: nested all / any groups, a not of a comparison, of a group, of a not. */
const trees = fc.letrec<{ node: Condition; group: TopLevelCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ fact: fc.constantFrom('budget', 'leadSource', 'companySize'), operator: fc.constant('equal') }),
    tie('group'),
    tie('node').map((c) => ({ not: c })),
  ) as fc.Arbitrary<Condition>,
  group: fc.oneof(
    fc.array(tie('node'), { maxLength: 4 }).map((all) => ({ all })),
    fc.array(tie('node'), { maxLength: 4 }).map((any) => ({ any })),
    tie('node').map((c) => ({ not: c })),
  ) as fc.Arbitrary<TopLevelCondition>,
}));

/** Numbers the comparisons (each `value` its index) and lists each with its json-rules-engine path. */
function leaves(node: Condition, path: Step[], out: Array<{ leaf: Leaf; path: Step[] }>): Condition {
  if ('all' in node) return { all: node.all.map((c, i) => leaves(c, [...path, 'all', i], out)) };
  if ('any' in node) return { any: node.any.map((c, i) => leaves(c, [...path, 'any', i], out)) };
  if ('not' in node) return { not: leaves(node.not, [...path, 'not'], out) };
  if ('condition' in node) return node;
  const leaf = { ...node, value: out.length };
  out.push({ leaf, path });
  return leaf;
}

function nodeAt(query: QueryGroup, path: readonly number[]): QueryNode | undefined {
  let q: QueryNode | undefined = query;
  for (const k of path) q = q !== undefined && 'rules' in q ? q.rules[k] : undefined;
  return q;
}

describe('queryPathOf', () => {
  it("points each comparison's issue path at that comparison's row of the query, at any depth and under any not", () => {
    fc.assert(
      fc.property(trees.group, (shape) => {
        const found: Array<{ leaf: Leaf; path: Step[] }> = [];
        const tree = leaves(shape as Condition, [], found) as TopLevelCondition;
        const query = conditionsToQuery(tree);
        for (const { leaf, path } of found) {
          for (const tail of [['value'], ['fact'], ['operator'], []]) {
            const at = queryPathOf(tree, query, ['conditions', ...path, ...tail]);
            expect(at).toBeDefined();
            const row = nodeAt(query, at!);
            expect(row).toMatchObject({ field: leaf.fact, operator: leaf.operator, value: leaf.value });
          }
        }
        expect(queryPathOf(tree, query, ['trigger', 'cron'])).toBeUndefined();
      }),
      { seed: 1204, numRuns: 300 },
    );
  });
});

// Rendering the builder takes seconds in jsdom on a loaded machine.
describe('RuleBuilder criteria and review', { timeout: 30_000 }, () => {
  it("shows each condition's problem at its own row, nested groups and nots included, and nowhere else", async () => {
    const draft: RuleDraft = {
      ...(structuredClone(outreach) as RuleDraft),
      conditions: {
        all: [
          { fact: 'budget', operator: 'greaterThan', value: 'lots' },
          { fact: 'leadSource', operator: 'equal', value: 'Events' },
          {
            any: [
              { fact: 'companySize', operator: 'greaterThan', value: 50 },
              { not: { fact: 'budget', operator: 'withinRange', value: [10] } },
            ],
          },
        ],
      },
    };
    const issues = ruleIssues(draft).filter((i) => i.path[0] === 'conditions');
    expect(issues.length).toBeGreaterThanOrEqual(2);
    const { container } = render(<Host initial={draft} onSave={vi.fn()} now={now} />);
    await userEvent.click(screen.getByRole('button', { name: '2. Criteria' }));
    const query = conditionsToQuery(draft.conditions);
    const flagged = new Set<string>();
    for (const issue of issues) {
      const at = queryPathOf(draft.conditions, query, issue.path)!;
      flagged.add(JSON.stringify(at));
      const row = container.querySelector<HTMLElement>(`.hl-qb-rule[data-path="${JSON.stringify(at)}"]`)!;
      expect(row).not.toBeNull();
      expect(row.querySelector('.hl-field-issue')?.textContent).toContain(issue.message);
      for (const input of row.querySelectorAll('.hl-value-editor input'))
        expect(input).toHaveAttribute('aria-invalid', 'true');
    }
    for (const row of container.querySelectorAll<HTMLElement>('.hl-qb-rule'))
      if (!flagged.has(row.dataset.path!)) expect(row.querySelector('.hl-field-issue')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save rule' })).toBeDisabled();
  });

  it('shows a named condition reference as a block with its name, checked against the registry', async () => {
    const registry = { bigBudget: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] } };
    const draft = {
      ...structuredClone(outreach),
      conditions: { all: [{ condition: 'bigBudget' }, ...(outreach.conditions as { all: Condition[] }).all] },
    } as RuleDraft;
    const onSave = vi.fn();
    const { container, unmount } = render(
      <Host initial={draft} onSave={onSave} now={now} conditions={registry} allSteps />,
    );
    const block = container.querySelector('[data-condition="bigBudget"]');
    expect(block).toHaveTextContent(defaultRuleStrings.referenceName('bigBudget'));
    // The row has no fact, operator or value control of its own.
    const row = block!.closest<HTMLElement>('.hl-qb-rule')!;
    expect(within(row).queryByLabelText(defaultRuleStrings.operator)).toBeNull();
    expect(ruleIssues(draft, { conditions: registry })).toEqual([]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save rule' }));
    expect(onSave).toHaveBeenCalledWith(validateRule(draft, { conditions: registry }));
    unmount();
    // Without the registry the reference is an unknown name, shown at its row, and Save waits.
    render(<Host initial={draft} onSave={vi.fn()} now={now} allSteps />);
    const [issue] = ruleIssues(draft).filter((i) => i.path.join('.') === 'conditions.all.0');
    expect(issue).toBeDefined();
    expect(screen.getAllByText(issue!.message).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Save rule' })).toBeDisabled();
  });

  it("says the rule as describeRule does and copies toJsonRulesEngine's JSON", async () => {
    const draft = { ...structuredClone(outreach), priority: 'High' } as RuleDraft;
    render(<Host initial={draft} onSave={vi.fn()} now={now} />);
    const user = userEvent.setup(); // with its own clipboard stub on navigator.clipboard
    await user.click(screen.getByRole('button', { name: '5. Review' }));
    const rule = validateRule(draft);
    const catalog = factCatalog.filter((f) => f.id !== 'score' && f.id !== 'band'); // no model given
    expect(screen.getByText(describeRule(rule, catalog))).toBeInTheDocument();
    const json = JSON.stringify(toJsonRulesEngine(rule), null, 2);
    expect(screen.getByLabelText('json-rules-engine JSON', { selector: 'pre' }).textContent).toBe(json);
    screen.getByRole('button', { name: 'Copy JSON' }).focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(within(document.body).getByText('Copied.')).toBeInTheDocument());
    expect(await navigator.clipboard.readText()).toBe(json);
  });
});

describe('RuleBuilder event facts', { timeout: 30_000 }, () => {
  it('offers hoursSince.<event> for the known event types, shown and edited in hours or days', async () => {
    const draft: RuleDraft = {
      ...(structuredClone(outreach) as RuleDraft),
      conditions: { all: [{ fact: 'hoursSince.quote_request', operator: 'greaterThan', value: 48 }] },
    };
    const onChange = vi.fn();
    function Spy() {
      const [d, setD] = useState(draft);
      return (
        <RuleBuilder
          value={d}
          onChange={(n) => {
            setD(n);
            onChange(n);
          }}
          onSave={vi.fn()}
          now={now}
        />
      );
    }
    render(<Spy />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '2. Criteria' }));
    const fact = screen.getByRole('combobox', { name: 'Fact' }) as HTMLSelectElement;
    expect(fact.value).toBe('hoursSince.quote_request');
    expect(fact.selectedOptions[0]!.textContent).toBe(findFact(factCatalog, 'hoursSince.quote_request')!.label);
    for (const type of ACTIVE_INTEREST_EVENTS)
      expect(
        within(fact).getByRole('option', { name: findFact(factCatalog, `hoursSince.${type}`)!.label }),
      ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Unit' })).toHaveValue('days');
    expect(screen.getByRole('spinbutton', { name: 'Duration' })).toHaveValue(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'hours');
    expect(screen.getByRole('spinbutton', { name: 'Duration' })).toHaveValue(48);
    const last = () => onChange.mock.calls.at(-1)![0] as RuleDraft;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fact' }), 'hoursSince.email_reply');
    const leaf = () => (last().conditions as { all: Array<{ fact: string; value?: unknown }> }).all[0]!;
    expect(leaf().fact).toBe('hoursSince.email_reply');
    const duration = screen.getByRole('spinbutton', { name: 'Duration' });
    await user.clear(duration);
    await user.type(duration, '36');
    expect(leaf().value).toBe(36);
    expect(ruleIssues(last())).toEqual([]); // the rules package checks the family as one fact
  });
});

describe('RuleBuilder lists typed with commas', { timeout: 30_000 }, () => {
  it('keeps the comma being typed, so an event trigger and an In List value take several entries', async () => {
    const draft: RuleDraft = {
      ...(structuredClone(outreach) as RuleDraft),
      trigger: { type: 'event', events: [] },
      conditions: { all: [{ fact: 'location', operator: 'in', value: [] }] },
    };
    const onChange = vi.fn();
    render(<Host initial={draft} onSave={vi.fn()} now={now} allSteps onDraft={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Other event types' }), 'form_submit, portal_visit');
    const last = () => onChange.mock.calls.at(-1)![0] as RuleDraft;
    expect(last().trigger).toEqual({ type: 'event', events: ['form_submit', 'portal_visit'] });
    // the known types are checkboxes (ACTIVE_INTEREST_EVENTS by default); the typed ones stay
    await user.click(screen.getByRole('checkbox', { name: ACTIVE_INTEREST_EVENTS[0] }));
    expect(last().trigger).toEqual({
      type: 'event',
      events: ['form_submit', 'portal_visit', ACTIVE_INTEREST_EVENTS[0]],
    });
    expect(screen.getByRole('textbox', { name: 'Other event types' })).toHaveValue('form_submit, portal_visit');
    await user.click(screen.getByRole('checkbox', { name: ACTIVE_INTEREST_EVENTS[0] }));
    expect(last().trigger).toEqual({ type: 'event', events: ['form_submit', 'portal_visit'] });
    await user.type(screen.getByRole('textbox', { name: 'Values, comma-separated' }), 'Berlin, Paris');
    expect(last().conditions).toEqual({ all: [{ fact: 'location', operator: 'in', value: ['Berlin', 'Paris'] }] });
  });

  it('shows a list whose entries hold a comma or spaces as it is, without looping', () => {
    const draft: RuleDraft = {
      ...(structuredClone(outreach) as RuleDraft),
      trigger: { type: 'event', events: [' spaced '] },
      conditions: { all: [{ fact: 'location', operator: 'in', value: ['Washington, DC', ''] }] },
    };
    render(<Host initial={draft} onSave={vi.fn()} now={now} allSteps />);
    expect(screen.getByRole('textbox', { name: 'Values, comma-separated' })).toHaveValue('Washington, DC, ');
    expect(screen.getByRole('textbox', { name: 'Other event types' })).toHaveValue(' spaced ');
  });
});

describe('RuleBuilder controls', { timeout: 30_000 }, () => {
  const budgetOnly: RuleDraft = {
    ...(structuredClone(outreach) as RuleDraft),
    conditions: {
      all: [
        { fact: 'budget', operator: 'greaterThan', value: 5000 },
        { fact: 'leadSource', operator: 'equal', value: 'Events' },
      ],
    },
  };

  it('groups the facts by catalog group with their tooltips, and labels each operator in the seed words with its tooltip', async () => {
    render(<Host initial={budgetOnly} onSave={vi.fn()} now={now} />);
    await userEvent.click(screen.getByRole('button', { name: '2. Criteria' }));
    const fact = screen.getAllByRole('combobox', { name: 'Fact' })[0]!;
    const offered = factCatalog.filter((f) => f.id !== 'score' && f.id !== 'band'); // no model
    const groups = [...new Set(offered.map((f) => f.group ?? 'Other'))];
    expect([...fact.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(groups);
    for (const def of offered) {
      const option = fact.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(def.id)}"]`)!;
      expect(option.closest('optgroup')!.label).toBe(def.group ?? 'Other');
      expect(option.textContent).toBe(def.label);
      if (def.tooltip) expect(option.title).toBe(def.tooltip);
    }
    const budget = findFact(factCatalog, 'budget')!;
    const operator = screen.getAllByRole('combobox', { name: 'Operator' })[0]!;
    const options = [...operator.querySelectorAll('option')];
    expect(options.map((o) => o.value).sort()).toEqual([...budget.operators!].sort());
    for (const o of options) {
      expect(o.textContent).toBe(operatorsFor(budget.type).find((x) => x.operator === o.value)!.label);
      expect(o.title).toBe(operatorDescriptions[o.value]);
    }
    expect(operator.title).toBe(operatorDescriptions.greaterThan);
  });

  it('builds nested groups with NOT, reorders conditions with Move up / Move down, and compares a fact with another', async () => {
    const onDraft = vi.fn();
    const { container } = render(<Host initial={budgetOnly} onSave={vi.fn()} now={now} onDraft={onDraft} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '2. Criteria' }));
    const last = () => onDraft.mock.calls.at(-1)![0] as RuleDraft;
    const [first, second] = (budgetOnly.conditions as { all: Condition[] }).all;
    // Down on the first condition, by keyboard
    const row0 = container.querySelector<HTMLElement>('.hl-qb-rule[data-path="[0]"]')!;
    within(row0).getByRole('button', { name: 'Move down' }).focus();
    await user.keyboard('{Enter}');
    expect(last().conditions).toEqual({ all: [second, first] });
    // a nested group, negated, combined with OR
    screen.getAllByRole('button', { name: 'Add group' })[0]!.focus();
    await user.keyboard('{Enter}');
    expect(last().conditions).toEqual({ all: [second, first, { all: [] }] });
    const group = container.querySelector<HTMLElement>('.hl-qb-group[data-path="[2]"]')!;
    await user.click(within(group).getByRole('checkbox', { name: 'NOT' }));
    await user.selectOptions(within(group).getAllByRole('combobox', { name: 'How the conditions combine' })[0]!, 'or');
    expect(last().conditions).toEqual({ all: [second, first, { not: { any: [] } }] });
    // fact to fact: budget compared with another number fact
    const budgetRow = container.querySelector<HTMLElement>('.hl-qb-rule[data-path="[1]"]')!;
    await user.selectOptions(within(budgetRow).getByRole('combobox', { name: 'Compare with' }), 'field');
    const other = within(budgetRow).getByRole('combobox', { name: 'Other fact' });
    const numbers = factCatalog.filter((f) => f.type === 'number' && f.id !== 'budget' && f.id !== 'score');
    expect(
      within(other)
        .getAllByRole('option')
        .slice(1)
        .map((o) => o.getAttribute('value')),
    ).toEqual([...numbers.map((f) => f.id), ...ACTIVE_INTEREST_EVENTS.map((t) => `hoursSince.${t}`)]); // then hoursSince.<event>
    await user.selectOptions(other, 'annualRevenue');
    const conditions = last().conditions as { all: Condition[] };
    expect(conditions.all[1]).toEqual({ fact: 'budget', operator: 'greaterThan', value: { fact: 'annualRevenue' } });
  });

  it('edits the status-change and field-change triggers from LEAD_STATUSES and the catalog', async () => {
    const onDraft = vi.fn();
    render(<Host initial={budgetOnly} onSave={vi.fn()} now={now} onDraft={onDraft} />);
    const user = userEvent.setup();
    const last = () => onDraft.mock.calls.at(-1)![0] as RuleDraft;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trigger' }), 'statusChange');
    const from = screen.getByRole('combobox', { name: 'From status' });
    expect(
      within(from)
        .getAllByRole('option')
        .slice(1)
        .map((o) => o.textContent),
    ).toEqual([...LEAD_STATUSES]);
    await user.selectOptions(from, LEAD_STATUSES[0]!);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To status' }), LEAD_STATUSES[2]!);
    expect(last().trigger).toEqual({ type: 'statusChange', from: LEAD_STATUSES[0], to: LEAD_STATUSES[2] });
    expect(screen.getByText(`When ${describeTrigger(last().trigger)}`)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trigger' }), 'fieldChange');
    const fields = screen.getByRole('listbox', { name: 'Fields' });
    const leadFields = factCatalog.filter((f) => f.derived !== true);
    expect(
      within(fields)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(leadFields.map((f) => f.id));
    await user.selectOptions(fields, ['budget', 'status']);
    expect(last().trigger).toEqual({ type: 'fieldChange', fields: ['status', 'budget'] });
  });

  it('sets the execution mode, priority, blocking and sunset, and hands Save as template the validated rule', async () => {
    const onDraft = vi.fn();
    const onSaveTemplate = vi.fn();
    render(<Host initial={budgetOnly} onSave={vi.fn()} onSaveTemplate={onSaveTemplate} now={now} onDraft={onDraft} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '4. Execution' }));
    const last = () => onDraft.mock.calls.at(-1)![0] as RuleDraft;
    await user.click(screen.getByRole('radio', { name: /cycle/i }));
    expect(last().execution).toMatchObject({ mode: 'cycle' });
    const every = screen.getByRole('spinbutton', { name: /every/i });
    await user.clear(every);
    // a cleared box is a gap for ruleIssues to name, not NaN
    expect(last().execution).not.toHaveProperty('everyHours');
    expect(every).toHaveValue(null);
    expect(ruleIssues(last()).map((i) => [i.path, i.kind])).toEqual([[['execution', 'everyHours'], 'incomplete']]);
    await user.type(every, '12');
    expect(last().execution).toMatchObject({ mode: 'cycle', everyHours: 12 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'Low');
    const blocking = screen.getByRole('checkbox', { name: /block/i });
    expect(blocking).toHaveAccessibleDescription(defaultRuleStrings.blockingHint);
    await user.click(blocking);
    await user.type(screen.getByRole('spinbutton', { name: defaultRuleStrings.sunsetAfterRuns }), '3');
    expect(last()).toMatchObject({ priority: 'Low', blocking: true, sunset: { afterRuns: 3 } });
    expect(ruleIssues(last())).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save as template' }));
    expect(onSaveTemplate).toHaveBeenCalledWith(validateRule(last()));
    expect((onSaveTemplate.mock.calls[0]![0] as { priority: number }).priority).toBe(2);
  });

  it('edits a boolean as Yes / No, an In List of options as a multi-select, and a sunset date as 00:00 UTC', async () => {
    const onDraft = vi.fn();
    const draft: RuleDraft = {
      ...(structuredClone(outreach) as RuleDraft),
      conditions: {
        all: [
          { fact: 'purchaseHistory', operator: 'equal', value: true },
          { fact: 'industry', operator: 'in', value: [] },
        ],
      },
    };
    render(<Host initial={draft} onSave={vi.fn()} now={now} onDraft={onDraft} allSteps />);
    const user = userEvent.setup();
    const last = () => onDraft.mock.calls.at(-1)![0] as RuleDraft;
    const yesNo = screen.getAllByRole('combobox', { name: 'Value' })[0]!;
    expect(
      within(yesNo)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([defaultRuleStrings.chooseValue, defaultRuleStrings.yes, defaultRuleStrings.no]);
    await user.selectOptions(yesNo, 'false');
    const industry = findFact(factCatalog, 'industry')!;
    const values = screen.getByRole('listbox', { name: 'Values' });
    expect(
      within(values)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([...industry.options!]);
    await user.selectOptions(values, [industry.options![0]!, industry.options![2]!]);
    expect(last().conditions).toEqual({
      all: [
        { fact: 'purchaseHistory', operator: 'equal', value: false },
        { fact: 'industry', operator: 'in', value: [industry.options![0], industry.options![2]] },
      ],
    });
    const at = screen.getByLabelText(defaultRuleStrings.sunsetAt);
    await user.type(at, '2026-06-30');
    await user.type(screen.getByRole('textbox', { name: defaultRuleStrings.sunsetOnEvent }), 'contact_seller');
    expect(last().sunset).toEqual({ at: '2026-06-30T00:00:00Z', onEvent: 'contact_seller' });
    expect(ruleIssues(last())).toEqual([]);
  });
});
