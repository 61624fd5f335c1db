import { factCatalog, findFact, ruleUsage } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { Criterion } from '@hotleads/core';
import { leadRules, leadsModel } from '../fixtures/leads';
import { defaultLeadStrings } from '../theme/leadStrings';
import { CriteriaTable } from './CriteriaTable';

const s = defaultLeadStrings;

const meta = {
  title: 'Lead management/CriteriaTable',
  component: CriteriaTable,
  args: { model: leadsModel, rules: leadRules },
} satisfies Meta<typeof CriteriaTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The table's rows in the model's order: a group heading whenever the group changes, then each
 * criterion (row 1 is the column headers, so a row's `aria-rowindex` is its place here plus 2).
 */
const modelRows = (criteria: readonly Criterion[]) =>
  criteria.flatMap((c, i) => (i === 0 || criteria[i - 1]!.group !== c.group ? [c.group, c] : [c]));

/**
 * The default values of docs/scoring.md (b2bLeadModel) in their groups, with each fact's catalog
 * entry and its usage by the templates. The rows are virtualized: each row in the DOM is the one
 * its `aria-rowindex` says, out of `aria-rowcount`.
 */
export const DefaultValues: Story = {
  play: async ({ canvasElement, args }) => {
    const usage = ruleUsage(args.rules ?? []).facts;
    const expected = modelRows(args.model.criteria);
    const table = canvasElement.querySelector('table')!;
    await expect(table).toHaveAttribute('aria-rowcount', String(expected.length + 1));
    const rows = [...canvasElement.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')];
    await expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const want = expected[Number(row.getAttribute('aria-rowindex')) - 2]!;
      if (typeof want === 'string') {
        await expect(within(row).getByRole('columnheader', { name: want })).toBeInTheDocument();
        continue;
      }
      await expect(row).toHaveAttribute('data-criterion', want.id);
      const fact = want.field === undefined ? undefined : findFact(factCatalog, want.field);
      if (fact?.tooltip) await expect(row.textContent).toContain(fact.tooltip);
      const used = want.field !== undefined && Object.hasOwn(usage, want.field) ? usage[want.field]! : [];
      await expect(row.querySelector('[data-col="usage"]')).toHaveTextContent(s.usageCount(String(used.length)));
    }
  },
};

/** Every criterion of a large model (the default one, 40 times over): only the rows in view are in the DOM. */
export const ManyCriteria: Story = {
  args: {
    model: {
      ...leadsModel,
      criteria: Array.from({ length: 40 }, (_, copy) =>
        leadsModel.criteria.map((c) => ({ ...c, id: `${c.id}-${copy + 1}`, group: `${c.group} ${copy + 1}` })),
      ).flat(),
    },
  },
  play: async ({ canvasElement, args }) => {
    const expected = modelRows(args.model.criteria);
    await expect(canvasElement.querySelector('table')).toHaveAttribute('aria-rowcount', String(expected.length + 1));
    const rows = canvasElement.querySelectorAll('tbody tr[aria-rowindex]');
    await expect(rows.length).toBeGreaterThan(0);
    await expect(rows.length).toBeLessThan(expected.length / 4);
  },
};

/** Sorting by weight, by keyboard: the heaviest criterion first, then back. */
export const SortByWeight: Story = {
  play: async ({ canvas, canvasElement, args }) => {
    const button = canvas.getByRole('button', { name: s.sortBy(s.weight) });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    const header = button.closest('th');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const top = Math.max(...args.model.criteria.map((c) => c.weight));
    const first = canvasElement.querySelector<HTMLElement>('tbody tr [data-col="weight"]');
    await expect(first).toHaveTextContent(String(top));
  },
};

/** In a 320 px panel the table scrolls inside its region. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
