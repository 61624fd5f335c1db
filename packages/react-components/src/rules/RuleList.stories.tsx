import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  DEFAULT_PRIORITY,
  exportRules,
  importRules,
  moveRule,
  rulesInRunOrder,
  ruleTemplates,
  type Rule,
} from '@hotleads/rules';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { rulesNow, templateSummaries } from '../fixtures/rules';
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

/** The message `importRules` refuses a file with (what the list must show). */
function refusal(text: string): string {
  try {
    importRules(text);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected importRules to refuse the file');
}

/**
 * A host that keeps the rule set in rule files (docs/rule-builder.md, "Saving and loading rule
 * files"): Export writes `exportRules`' text, Import reads a file with `importRules` and shows
 * its refusal through `importError`.
 */
function FileHost(props: RuleListProps) {
  const [rules, setRules] = useState(props.rules);
  const [error, setError] = useState<string | undefined>(undefined);
  const [file, setFile] = useState<string | undefined>(undefined);
  return (
    <>
      <RuleList
        {...props}
        rules={rules}
        importError={error}
        onChange={(next) => {
          setRules(next);
          props.onChange(next);
        }}
        onExport={(list) => setFile(exportRules(list, { exportedAt: rulesNow }))}
        onImport={(text) => {
          try {
            setRules(importRules(text));
            setError(undefined);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      />
      {file === undefined ? null : (
        <pre className="hl-json" tabIndex={0} aria-label="Exported rule file">
          {file}
        </pre>
      )}
    </>
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
    // Listed in the order they run; a move is moveRule's (the moved rule takes the priority that runs it there).
    const ordered = rulesInRunOrder(args.rules);
    await expect(canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      ordered.map((r) => r.name),
    );
    const first = ordered[0]!;
    const down = canvas.getByRole('button', { name: `Move down ${first.name}` });
    down.focus();
    await userEvent.keyboard('{Enter}');
    const moved = moveRule(ordered, 0, 1);
    await expect(args.onChange).toHaveBeenLastCalledWith(moved);
    const row = canvas.getByRole('heading', { level: 3, name: first.name }).closest('li')!;
    await expect(within(row).getByText(`Priority ${moved[1]!.priority ?? DEFAULT_PRIORITY}`)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: `Move up ${first.name}` })).toBeEnabled();
    const toggle = canvas.getByRole('switch', { name: `${first.name} enabled` });
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect(toggle).not.toBeChecked();
  },
};

/**
 * Export and import through the rule file format: the exported text is `exportRules`' own, a file
 * from a newer version is refused with `importRules`' message, and a valid file replaces the set
 * (listed in the order it runs).
 */
export const ImportAndExport: Story = {
  render: (args) => <FileHost {...args} />,
  play: async ({ canvas, args }) => {
    const exportButton = canvas.getByRole('button', { name: 'Export rules' });
    exportButton.focus();
    await userEvent.keyboard('{Enter}');
    const exported = exportRules(rulesInRunOrder(args.rules), { exportedAt: rulesNow });
    await expect(canvas.getByLabelText('Exported rule file').textContent).toBe(exported);
    const input = canvas.getByLabelText<HTMLInputElement>('Import rules', { selector: 'input' });
    const newer = exported.replace('"version": 1', '"version": 2');
    await userEvent.upload(input, new File([newer], 'newer.json', { type: 'application/json' }));
    await waitFor(() => expect(canvas.getByRole('alert').textContent).toBe(refusal(newer)));
    const reversed = exportRules([...args.rules].reverse());
    await userEvent.upload(input, new File([reversed], 'reversed.json', { type: 'application/json' }));
    const names = rulesInRunOrder(importRules(reversed)).map((r) => r.name);
    await waitFor(() => expect(canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(names));
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** No rules yet. */
export const Empty: Story = { args: { rules: [], summaries: [] } };

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
