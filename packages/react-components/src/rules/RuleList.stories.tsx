import type { Meta, StoryObj } from '@storybook/react-vite';
import { ruleTemplates, type Rule } from '@hotleads/rules';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { templateSummaries } from '../fixtures/rules';
import { RuleList, type RuleListProps } from './RuleList';

function Stateful(props: RuleListProps) {
  const [rules, setRules] = useState(props.rules);
  return (
    <RuleList
      {...props}
      rules={rules}
      onChange={(next) => {
        setRules(next);
        props.onChange(next);
      }}
    />
  );
}

const meta = {
  title: 'Rules/RuleList',
  component: RuleList,
  render: (args) => <Stateful {...args} />,
  args: {
    rules: ruleTemplates as Rule[],
    summaries: templateSummaries(),
    onChange: fn(),
    onEdit: fn(),
    onExport: fn(),
    onImport: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof RuleList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The rule templates (docs/rules.md, "Templates and reports") with their performance on demo leads; reordered and toggled by keyboard. */
export const Templates: Story = {
  play: async ({ canvas, args }) => {
    const first = args.rules[0]!;
    const down = canvas.getByRole('button', { name: `Move down ${first.name}` });
    down.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith([args.rules[1], first, ...args.rules.slice(2)]);
    await expect(canvas.getByRole('button', { name: `Move up ${first.name}` })).toBeEnabled();
    const toggle = canvas.getByRole('switch', { name: `${first.name} enabled` });
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect(toggle).not.toBeChecked();
  },
};

/** No rules yet. */
export const Empty: Story = { args: { rules: [], summaries: [] } };

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
