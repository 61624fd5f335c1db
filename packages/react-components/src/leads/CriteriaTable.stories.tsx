import { factCatalog, findFact, ruleUsage } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
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

/** The default values of docs/scoring.md (b2bLeadModel) in their groups, with each fact's catalog entry and its usage by the templates. */
export const DefaultValues: Story = {
  play: async ({ canvasElement, args }) => {
    const usage = ruleUsage(args.rules ?? []).facts;
    for (const criterion of args.model.criteria) {
      const row = canvasElement.querySelector<HTMLElement>(`tr[data-criterion="${criterion.id}"]`);
      await expect(row).not.toBeNull();
      const fact = criterion.field === undefined ? undefined : findFact(factCatalog, criterion.field);
      if (fact?.tooltip) await expect(row!.textContent).toContain(fact.tooltip);
      const used =
        criterion.field !== undefined && Object.hasOwn(usage, criterion.field) ? usage[criterion.field]! : [];
      await expect(row!.querySelector('[data-col="usage"]')).toHaveTextContent(s.usageCount(String(used.length)));
    }
    const groups = new Set(args.model.criteria.map((c) => c.group));
    for (const group of groups)
      await expect(within(canvasElement).getByRole('columnheader', { name: group })).toBeInTheDocument();
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
