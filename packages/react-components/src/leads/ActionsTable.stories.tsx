import { ACTION_CATEGORY, describeAction, ruleUsage } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { leadRules } from '../fixtures/leads';
import { defaultLeadStrings } from '../theme/leadStrings';
import { defaultRuleStrings } from '../theme/ruleStrings';
import { ActionsTable } from './ActionsTable';

const s = defaultLeadStrings;

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
    for (const action of all) await expect(canvas.getAllByText(describeAction(action)).length).toBeGreaterThan(0);
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
  play: async ({ canvas, args }) => {
    const all = args.rules.flatMap((r) => r.actions);
    await userEvent.selectOptions(canvas.getByLabelText(s.filterByCategory), s.actionCategories.groupChange);
    const changes = all.filter((a) => ACTION_CATEGORY[a.type] === 'groupChange');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.actionCount(String(changes.length)));
    for (const a of changes) await expect(canvas.getAllByText(describeAction(a)).length).toBeGreaterThan(0);
    // both filters apply together: e-mails are messages, not group changes
    const usage = ruleUsage(args.rules).actions;
    const email = `${defaultRuleStrings.actionNames.sendEmail} (${s.usageCount(String(usage.sendEmail?.length ?? 0))})`;
    await userEvent.selectOptions(canvas.getByLabelText(s.filterByType), email);
    const both = changes.filter((a) => a.type === 'sendEmail');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.actionCount(String(both.length)));
    await expect(canvas.getByText(s.noActions)).toBeInTheDocument();
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
