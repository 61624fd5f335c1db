// The builder's criteria and review steps: a problem of a condition (ruleIssues' path) reaches
// the react-querybuilder row it names, at any depth; the review says the rule as describeRule
// does and copies the JSON toJsonRulesEngine writes.
import {
  conditionsToQuery,
  describeRule,
  factCatalog,
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
import { queryPathOf } from './builderIssues';
import type { RuleDraft } from './draft';
import { RuleBuilder, type RuleBuilderProps } from './RuleBuilder';

const now = '2026-03-01T12:00:00Z';
const outreach = ruleTemplates[0]!;

function Host(props: Omit<RuleBuilderProps, 'value' | 'onChange'> & { initial: RuleDraft }) {
  const [draft, setDraft] = useState(props.initial);
  return <RuleBuilder {...props} value={draft} onChange={setDraft} />;
}

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
