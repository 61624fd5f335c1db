import { ACTION_CATEGORY, describeAction, ruleUsage, type Rule } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { leadRules } from '../fixtures/leads';
import { defaultLeadStrings } from '../theme/leadStrings';
import { defaultRuleStrings } from '../theme/ruleStrings';
import { ActionsTable } from './ActionsTable';

const s = defaultLeadStrings;

// 400 copies of the rule templates: thousands of actions, for the virtualized list.
const manyRules: Rule[] = Array.from({ length: 400 }, (_, copy) =>
  leadRules.map((r) => ({ ...r, id: `${r.id}-${copy + 1}`, name: `${r.name} (${copy + 1})` })),
).flat();

/** The action rows in the DOM (the list keeps only those in view). */
const rowsIn = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.hl-action-list [role="listitem"]')];

const meta = {
  title: 'Lead management/ActionsTable',
  component: ActionsTable,
  args: { rules: leadRules, onOpenRule: fn() },
} satisfies Meta<typeof ActionsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every action of the rule templates (docs/rules.md, "Templates and reports"), in describeAction's words, with the rule that triggers it. */
export const Templates: Story = {
  play: async ({ canvas, args }) => {
    const all = args.rules.flatMap((r) => r.actions);
    await expect(canvas.getByRole('status')).toHaveTextContent(s.actionCount(String(all.length)));
    const list = canvas.getByRole('list', { name: s.actionsTable });
    const rows = rowsIn(list);
    await expect(rows.length).toBeGreaterThan(0);
    // each row in the DOM says the action at its position, in describeAction's words
    for (const row of rows) {
      await expect(row).toHaveAttribute('aria-setsize', String(all.length));
      await expect(row).toHaveTextContent(describeAction(all[Number(row.getAttribute('aria-posinset')) - 1]!));
    }
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2'));
    await userEvent.click(canvas.getAllByRole('button', { name: args.rules[0]!.name })[0]!);
    await expect(args.onOpenRule).toHaveBeenCalledWith(args.rules[0]);
  },
};

/** Filtered to e-mails by keyboard; the option says how many active rules send one (ruleUsage). */
export const FilterByType: Story = {
  play: async ({ canvas, args }) => {
    const usage = ruleUsage(args.rules).actions;
    const label = `${defaultRuleStrings.actionNames.sendEmail} (${s.usageCount(String(usage.sendEmail?.length ?? 0))})`;
    const select = canvas.getByLabelText(s.filterByType);
    select.focus();
    await userEvent.selectOptions(select, label);
    const emails = args.rules.flatMap((r) => r.actions).filter((a) => a.type === 'sendEmail');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.actionCount(String(emails.length)));
  },
};

/** Filtered to one category (ACTION_CATEGORY): group and record changes, then that category's e-mails (none). */
export const FilterByCategory: Story = {
  play: async ({ canvas, canvasElement, args }) => {
    const all = args.rules.flatMap((r) => r.actions);
    await userEvent.selectOptions(canvas.getByLabelText(s.filterByCategory), s.actionCategories.groupChange);
    const changes = all.filter((a) => ACTION_CATEGORY[a.type] === 'groupChange');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.actionCount(String(changes.length)));
    for (const row of rowsIn(canvasElement))
      await expect(row).toHaveTextContent(describeAction(changes[Number(row.getAttribute('aria-posinset')) - 1]!));
    // both filters apply together: e-mails are messages, not group changes
    const usage = ruleUsage(args.rules).actions;
    const email = `${defaultRuleStrings.actionNames.sendEmail} (${s.usageCount(String(usage.sendEmail?.length ?? 0))})`;
    await userEvent.selectOptions(canvas.getByLabelText(s.filterByType), email);
    const both = changes.filter((a) => a.type === 'sendEmail');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.actionCount(String(both.length)));
    await expect(canvas.getByText(s.noActions)).toBeInTheDocument();
  },
};

/** Thousands of actions: only those in view are in the DOM; End and Home reach the last and the first by keyboard. */
export const ManyActions: Story = {
  // jsdom does not scroll: left to the browser check, like the other big lists
  tags: ['big'],
  args: { rules: manyRules },
  play: async ({ canvas, args }) => {
    const all = args.rules.flatMap((r) => r.actions);
    const list = canvas.getByRole('list', { name: s.actionsTable });
    await expect(rowsIn(list).length).toBeGreaterThan(0);
    await expect(rowsIn(list).length).toBeLessThan(all.length / 10);
    rowsIn(list)[0]!.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe(String(all.length)));
    await expect(document.activeElement).toHaveTextContent(describeAction(all[all.length - 1]!));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1'));
    await expect(rowsIn(list).length).toBeLessThan(all.length / 10);
  },
};

/** In a 320 px panel. */
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
