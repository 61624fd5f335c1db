import { overrideModel, scoreDistribution } from '@hotleads/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { leadRules, leadsModel, leadsNow } from '../fixtures/leads';
import { defaultLeadStrings } from '../theme/leadStrings';
import { CriteriaEditor } from './CriteriaEditor';
import { overviewLeads } from './overviewData';

const s = defaultLeadStrings;
const sample = overviewLeads(10_000);
const first = leadsModel.criteria[0]!;

const meta = {
  title: 'Lead management/CriteriaEditor',
  component: CriteriaEditor,
  args: { model: leadsModel, rules: leadRules, sample, now: leadsNow, onApply: fn() },
} satisfies Meta<typeof CriteriaEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const table = (root: HTMLElement) => within(root.querySelector<HTMLElement>('[data-testid="score-distribution"]')!);
const fmt = (v: number) => v.toLocaleString('en-US');

/** A weight typed inline: overrideModel's diff, and the before/after scoreDistribution of a 10,000-lead sample. */
export const EditWeight: Story = {
  play: async ({ canvas, canvasElement, args }) => {
    const box = canvas.getByLabelText(s.editField(s.weight, first.label));
    await userEvent.clear(box);
    await userEvent.type(box, String(first.weight + 3));
    const result = overrideModel(args.model, [{ criteria: { [first.id]: { weight: first.weight + 3 } } }]);
    await expect(canvas.getByText(s.changeCount(String(result.changes.length)))).toBeInTheDocument();
    await expect(
      canvas.getByText(s.changeLine(first.label, s.weight, String(first.weight), String(first.weight + 3))),
    ).toBeInTheDocument();
    const before = scoreDistribution(args.sample, args.model, { now: args.now });
    const after = scoreDistribution(args.sample, result.model, { now: args.now });
    const rows = canvasElement.querySelectorAll<HTMLElement>('[data-testid="score-distribution"] tr[data-bucket]');
    await expect(rows.length).toBe(before.buckets.length);
    for (const [i, row] of [...rows].entries()) {
      const cells = row.querySelectorAll('td');
      await expect(cells[0]).toHaveTextContent(fmt(before.buckets[i]!.count));
      await expect(cells[1]).toHaveTextContent(fmt(after.buckets[i]!.count));
    }
    await expect(table(canvasElement).getByText(s.distributionOf(fmt(before.total)))).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: s.applyEdit }));
    await expect(args.onApply).toHaveBeenCalledWith(result);
  },
};

/** A negative weight: the library's refusal at the cell (aria-invalid), Apply disabled. */
export const RefusedAtCell: Story = {
  play: async ({ canvas, args }) => {
    const box = canvas.getByLabelText(s.editField(s.weight, first.label));
    await userEvent.clear(box);
    await userEvent.type(box, '-2');
    let detail = '';
    try {
      overrideModel(args.model, [{ criteria: { [first.id]: { weight: -2 } } }]);
    } catch (e) {
      detail = (e as { detail: string }).detail;
    }
    await expect(detail).not.toBe('');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(detail);
    await expect(canvas.getByRole('button', { name: s.applyEdit })).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: s.resetEdit }));
    await expect(box).toHaveValue(first.weight);
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
