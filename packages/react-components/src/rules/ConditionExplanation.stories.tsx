import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateB2bLeads } from '@hotleads/core/demo';
import { evaluateRules, type ConditionResult } from '@hotleads/rules';
import { expect } from 'storybook/test';
import { outreach, rulesNow } from '../fixtures/rules';
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

/** Dark theme. */
export const Dark: Story = { args: { result: failing }, parameters: { theme: 'dark' } };
