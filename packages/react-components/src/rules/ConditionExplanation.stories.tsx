import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateB2bLeads } from '@hotleads/core/demo';
import {
  evaluateRules,
  type Condition,
  type ConditionResult,
  type Rule,
  type TopLevelCondition,
} from '@hotleads/rules';
import { expect } from 'storybook/test';
import { outreach, rulesNow } from '../fixtures/rules';
import { defaultRuleStrings } from '../theme/ruleStrings';
import { ConditionExplanation } from './ConditionExplanation';

// "New Lead Needs Outreach" explained on two demo leads: one it matches, one it does not.
const leads = generateB2bLeads({ size: 40, now: rulesNow, seed: 5 });
const explained = leads.map((lead, i) => {
  const evaluation = evaluateRules(
    [outreach],
    { ...lead, status: i % 2 === 0 ? 'Untouched' : 'Nurturing' },
    {
      now: rulesNow,
    },
  );
  return evaluation.fired[0]?.explanation ?? evaluation.skipped[0]?.explanation;
});
const passing = explained.find((e) => e?.pass === true)!;
const failing = explained.find((e) => e?.pass === false)!;

// The same rule with a json-rules-engine `name` on its condition group and on each comparison.
const withNames = (c: Condition, name: string): Condition =>
  'all' in c
    ? { ...c, name, all: c.all.map((x, i) => withNames(x, `${name} ${i + 1}`)) }
    : 'any' in c
      ? { ...c, name, any: c.any.map((x, i) => withNames(x, `${name} ${i + 1}`)) }
      : 'not' in c
        ? { ...c, name, not: withNames(c.not, `${name} 1`) }
        : 'fact' in c
          ? { ...c, name }
          : c;
const namedOutreach: Rule = {
  ...outreach,
  conditions: withNames(outreach.conditions, 'Outreach check') as TopLevelCondition,
};
const namedEvaluation = evaluateRules([namedOutreach], { ...leads[0]!, status: 'Untouched' }, { now: rulesNow });
const named = (namedEvaluation.fired[0] ?? namedEvaluation.skipped[0])!.explanation!;

/** Every node of an explanation, in document order. */
const nodes = (node: ConditionResult): ConditionResult[] => [
  node,
  ...(node.kind === 'fact' ? [] : node.kind === 'not' ? nodes(node.condition) : node.conditions.flatMap(nodes)),
];

const leaves = (node: ConditionResult): Array<Extract<ConditionResult, { kind: 'fact' }>> =>
  node.kind === 'fact' ? [node] : node.kind === 'not' ? leaves(node.condition) : node.conditions.flatMap(leaves);

const meta = {
  title: 'Rules/ConditionExplanation',
  component: ConditionExplanation,
  args: { result: passing },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ConditionExplanation>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A lead the rule matches: every verdict and value as the evaluator explained them. */
export const Matched: Story = {
  play: async ({ canvas, args }) => {
    const items = canvas.getAllByRole('listitem').filter((li) => li.classList.contains('hl-explain-leaf'));
    await expect(items.map((li) => li.getAttribute('data-pass'))).toEqual(
      leaves(args.result).map((l) => String(l.pass)),
    );
  },
};

/** A lead it does not match: the failing comparison is marked. */
export const NotMatched: Story = {
  args: { result: failing },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Fail').length).toBeGreaterThan(0);
  },
};

/** Conditions with a json-rules-engine `name`: each shows its name before its group or comparison. */
export const Named: Story = {
  args: { result: named },
  play: async ({ canvas, args }) => {
    const items = canvas.getAllByRole('listitem');
    const shown = items.map((li) => li.querySelector(':scope > .hl-explain-name')?.textContent ?? null);
    const kept = nodes(args.result).map((n) =>
      n.name === undefined ? null : defaultRuleStrings.conditionName(n.name),
    );
    await expect(kept.some((n) => n !== null)).toBe(true);
    await expect(shown).toEqual(kept);
  },
};

/** Dark theme. */
export const Dark: Story = { args: { result: failing }, parameters: { theme: 'dark' } };
