import { pullLead, viewPullQueue, type DistributionResult, type DistributionState } from '@hotleads/core';
import { factCatalog, findFact } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { demoLeads, floorAgents, leadsNow, leadsTimeZone, previewFields, pullState } from '../fixtures/leads';
import { defaultLeadStrings } from '../theme/leadStrings';
import { formatCell } from '../util/format';
import { PullQueue } from './PullQueue';

const s = defaultLeadStrings;
const fmt = (n: number) => n.toLocaleString('en-US');

/** The host side: the state in memory, `viewPullQueue` for the agent's view, `pullLead` on Take. */
function Host({
  size,
  mode,
  agentId,
  onTake,
}: {
  size: number;
  mode: 'hidden' | 'preview';
  agentId: string;
  onTake: (slot: string) => void;
}) {
  const [state, setState] = useState<DistributionState>(() => pullState(size));
  const [result, setResult] = useState<DistributionResult | undefined>(undefined);
  const items = useMemo(
    () =>
      mode === 'hidden'
        ? viewPullQueue(state, [], { mode })
        : viewPullQueue(state, demoLeads(size), { mode, fields: previewFields }),
    [state, size, mode],
  );
  return (
    <PullQueue
      items={items}
      mode={mode}
      result={result}
      timeZone={leadsTimeZone}
      fieldLabel={(f) => findFact(factCatalog, f)?.label ?? f}
      onTake={(slot) => {
        onTake(slot);
        const r = pullLead(slot, agentId, floorAgents, state, { now: leadsNow, timeZone: leadsTimeZone });
        setState(r.state);
        setResult(r);
      }}
    />
  );
}

const meta = {
  title: 'Lead management/PullQueue',
  component: Host,
  args: { size: 100_000, mode: 'hidden', agentId: 'bob', onTake: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Host>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Hidden: 100,000 leads wait, a few dozen rows are in the DOM, and no row carries any lead data
 * (not even an id). Take by keyboard: the status says what core's `pullLead` did.
 */
export const Hidden100k: Story = {
  tags: ['big'],
  play: async ({ canvas, canvasElement, args }) => {
    const before = pullState(args.size);
    const view = viewPullQueue(before, [], { mode: 'hidden' });
    await expect(canvas.getByText(new RegExp(s.waiting(fmt(view.length))))).toBeInTheDocument();
    const rows = canvasElement.querySelectorAll('[role="listitem"]');
    await expect(rows.length).toBeGreaterThan(0);
    await expect(rows.length).toBeLessThan(100);
    await expect(canvasElement.textContent).not.toMatch(/L-\d/);
    const first = rows[0] as HTMLElement;
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe(String(view.length)));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1'));
    await userEvent.tab();
    await expect(document.activeElement).toHaveAccessibleName(s.takeLabel('1', fmt(view.length)));
    await userEvent.keyboard('{Enter}');
    const expected = pullLead(view[0]!.slot, args.agentId, floorAgents, before, {
      now: leadsNow,
      timeZone: leadsTimeZone,
    });
    await expect(args.onTake).toHaveBeenCalledWith(view[0]!.slot);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        s.taken(expected.assignments[0]!.leadId, expected.assignments[0]!.reason),
      ),
    );
    await expect(canvas.getByText(new RegExp(s.waiting(fmt(view.length - 1))))).toBeInTheDocument();
  },
};

/** Preview over 100,000 leads: each row shows only the chosen fields, as `viewPullQueue` gives them. */
export const Preview100k: Story = {
  tags: ['big'],
  args: { size: 100_000, mode: 'preview' },
  play: async ({ canvasElement, args }) => {
    const view = viewPullQueue(pullState(args.size), demoLeads(args.size), { mode: 'preview', fields: previewFields });
    const firstRow = canvasElement.querySelector('[role="listitem"]');
    await expect(firstRow).not.toBeNull();
    for (const [field, value] of Object.entries(view[0]!.preview ?? {}))
      await expect(firstRow!.textContent).toContain(
        `${findFact(factCatalog, field)?.label ?? field}: ${formatCell(value, {})}`,
      );
    await expect(canvasElement.textContent).not.toMatch(/L-\d/);
  },
};

/** An agent away cannot take a lead: core's reason is announced and the lead stays. */
export const AgentUnavailable: Story = {
  args: { size: 50, agentId: 'dara' },
  play: async ({ canvas, canvasElement, args }) => {
    const before = pullState(args.size);
    const view = viewPullQueue(before, [], { mode: 'hidden' });
    await userEvent.click(canvas.getByRole('button', { name: s.takeLabel('1', fmt(view.length)) }));
    const expected = pullLead(view[0]!.slot, 'dara', floorAgents, before, { now: leadsNow, timeZone: leadsTimeZone });
    await expect(canvas.getByRole('status')).toHaveTextContent(s.notTaken(expected.unassigned[0]!.reason));
    await expect(canvasElement.textContent).not.toMatch(/L-\d/);
    await expect(canvas.getByText(new RegExp(s.waiting(fmt(view.length))))).toBeInTheDocument();
  },
};

/** An empty queue says so. */
export const Empty: Story = {
  args: { size: 0 },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(s.emptyPullQueue)).toBeInTheDocument();
  },
};

/** Preview in a 320 px panel: long rows end in an ellipsis and keep their full text as a title. */
export const Narrow: Story = {
  args: { size: 500, mode: 'preview' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};

/** Dark theme. */
export const Dark: Story = { args: { size: 500, mode: 'preview' }, parameters: { theme: 'dark' } };
