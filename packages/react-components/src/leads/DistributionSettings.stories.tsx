import { createDistributionState, distributeLeads, isHotleadsError, type HotleadsError } from '@hotleads/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { floorAgents, incomingIds, leadsNow, leadsTimeZone, previewFields } from '../fixtures/leads';
import { defaultLeadStrings } from '../theme/leadStrings';
import {
  DistributionSettings,
  type DistributionSettingsProps,
  type DistributionSettingsValue,
} from './DistributionSettings';

function Stateful(props: DistributionSettingsProps) {
  const [value, setValue] = useState<DistributionSettingsValue>(props.value);
  return (
    <DistributionSettings
      {...props}
      value={value}
      onChange={(v) => {
        setValue(v);
        props.onChange(v);
      }}
    />
  );
}

const s = defaultLeadStrings;
const fmt = (n: number) => n.toLocaleString('en-US');

const meta = {
  title: 'Lead management/DistributionSettings',
  component: DistributionSettings,
  render: (args) => <Stateful {...args} />,
  args: {
    value: { method: 'round-robin', agents: floorAgents, previewFields },
    onChange: fn(),
    now: leadsNow,
    timeZone: leadsTimeZone,
    incoming: incomingIds(1_000),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 860 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DistributionSettings>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The split of each method, as core's `distributeLeads` computes it for the same agents and leads. */
function expectedSplit(args: DistributionSettingsProps, strategy: 'round-robin' | 'priority-tier' | 'push') {
  return distributeLeads(args.incoming ?? [], args.value.agents, createDistributionState(), {
    strategy,
    now: args.now,
    timeZone: args.timeZone,
  });
}

/** Round robin over 100,000 incoming leads: each agent's share, as core assigns them. */
export const RoundRobin100k: Story = {
  tags: ['big'],
  args: { incoming: incomingIds(100_000) },
  play: async ({ canvas, args }) => {
    const expected = expectedSplit(args, 'round-robin');
    await expect(canvas.getByText(s.nextLeads(fmt(100_000)))).toBeInTheDocument();
    for (const agent of args.value.agents)
      await waitFor(() =>
        expect(canvas.getByTestId(`split-${agent.id}`)).toHaveTextContent(
          fmt(expected.state.assignedToday[agent.id] ?? 0),
        ),
      );
    await expect(canvas.getByText(s.methodDescriptions['round-robin'])).toBeInTheDocument();
  },
};

/** Priority tier: switching the method by keyboard shows the leads-per-cycle column and core's new split. */
export const PriorityTier: Story = {
  play: async ({ canvas, args }) => {
    const select = canvas.getByLabelText(s.distributionMethod);
    select.focus();
    await userEvent.selectOptions(select, s.methodNames['priority-tier']);
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'priority-tier' }));
    await expect(canvas.getByLabelText(s.leadsPerCycleLabel('Ann Lee'))).toHaveValue('3');
    const expected = expectedSplit({ ...args, value: { ...args.value, method: 'priority-tier' } }, 'priority-tier');
    for (const agent of args.value.agents)
      await waitFor(() =>
        expect(canvas.getByTestId(`split-${agent.id}`)).toHaveTextContent(
          fmt(expected.state.assignedToday[agent.id] ?? 0),
        ),
      );
  },
};

/** Push, with performance per agent. */
export const Push: Story = {
  args: { value: { method: 'push', agents: floorAgents, previewFields } },
  play: async ({ canvas, args }) => {
    const expected = expectedSplit(args, 'push');
    await expect(canvas.getByLabelText(s.performanceLabel('Ann Lee'))).toHaveValue('0.92');
    for (const agent of args.value.agents)
      await waitFor(() =>
        expect(canvas.getByTestId(`split-${agent.id}`)).toHaveTextContent(
          fmt(expected.state.assignedToday[agent.id] ?? 0),
        ),
      );
  },
};

/** A capacity core refuses stays at its cell with core's reason; onChange is not called with it. */
export const InvalidCapacity: Story = {
  play: async ({ canvas, args }) => {
    const input = canvas.getByLabelText(s.capacityLabel('Chen Wu'));
    await userEvent.clear(input);
    await userEvent.type(input, '-4');
    const bad = floorAgents.map((a) => (a.id === 'chen' ? { ...a, dailyCapacity: -4 } : a));
    let detail = '';
    try {
      distributeLeads([], bad, createDistributionState(), {
        strategy: 'round-robin',
        now: leadsNow,
        timeZone: leadsTimeZone,
      });
    } catch (error) {
      if (!isHotleadsError(error)) throw error;
      detail = (error as HotleadsError).detail;
    }
    await expect(detail).not.toBe('');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText(detail)).toBeInTheDocument();
    await expect(args.onChange).not.toHaveBeenCalledWith(
      expect.objectContaining({ agents: expect.arrayContaining([expect.objectContaining({ dailyCapacity: -4 })]) }),
    );
    await userEvent.clear(input);
    await userEvent.type(input, '40');
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        agents: expect.arrayContaining([expect.objectContaining({ id: 'chen', dailyCapacity: 40 })]),
      }),
    );
  },
};

/** An agent goes away: the switch by keyboard, and core's split leaves them out. */
export const AgentAway: Story = {
  play: async ({ canvas, args }) => {
    const away = canvas.getByLabelText(s.availableLabel('Bob Ortiz'));
    away.focus();
    await userEvent.keyboard(' ');
    await expect(away).not.toBeChecked();
    const agents = floorAgents.map((a) => (a.id === 'bob' ? { ...a, available: false } : a));
    const expected = expectedSplit({ ...args, value: { ...args.value, agents } }, 'round-robin');
    await waitFor(() =>
      expect(canvas.getByTestId('split-bob')).toHaveTextContent(fmt(expected.state.assignedToday.bob ?? 0)),
    );
    await waitFor(() =>
      expect(canvas.getByTestId('split-ann')).toHaveTextContent(fmt(expected.state.assignedToday.ann ?? 0)),
    );
  },
};

/** Pull queue, preview: the fields shown before taking; core refuses a field path it cannot read. */
export const PullPreviewFields: Story = {
  args: { value: { method: 'pull-preview', agents: floorAgents, previewFields } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(s.noSplit['pull-preview'])).toBeInTheDocument();
    const fields = canvas.getByLabelText(s.previewFields);
    await userEvent.type(fields, '\nconstructor.name');
    await expect(fields).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Manual: nothing is assigned ahead. */
export const Manual: Story = {
  args: { value: { method: 'manual', agents: floorAgents, previewFields } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(s.noSplit.manual)).toBeInTheDocument();
  },
};

/** In a 320 px side panel. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: s.distributionSettings })).toBeInTheDocument();
  },
};

/** Dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  args: { value: { method: 'priority-tier', agents: floorAgents, previewFields } },
};
