import { describe, expect, it } from 'vitest';
import type { Lead } from '../lead/types';
import { assignLead, reassignLead } from './assignLead';
import { createDistributionState } from './createDistributionState';
import { distributeLeads } from './distributeLeads';
import { pullLead } from './pullLead';
import type { Agent } from './types';
import { viewPullQueue } from './viewPullQueue';

const clock = { now: '2026-01-15T15:00:00Z', timeZone: 'America/Chicago' };
const agents: Agent[] = [
  { id: 'ann', name: 'Ann', available: true, dailyCapacity: 1 },
  { id: 'bob', name: 'Bob', available: true },
  { id: 'cy', name: 'Cy', available: false },
];
const leads: Lead[] = [
  { id: 'L1', name: 'Maria Garcia', balance: 1200, company: { industry: 'Energy' }, ssn: 'secret' },
  { id: 'L2', name: 'John Lee', balance: 90 },
];

describe('pull queue', () => {
  const queued = distributeLeads(['L1', 'L2'], agents, createDistributionState(), { ...clock, strategy: 'pull' });

  it('holds leads in the queue instead of assigning them', () => {
    expect(queued.assignments).toEqual([]);
    expect(queued.unassigned).toEqual([]);
    expect(queued.state.pool.map((s) => [s.slot, s.leadId])).toEqual([
      ['slot-000001', 'L1'],
      ['slot-000002', 'L2'],
    ]);
  });

  it('hidden mode shows no lead data at all, not even the id', () => {
    const view = viewPullQueue(queued.state, leads, { mode: 'hidden' });
    expect(view).toEqual([
      { slot: 'slot-000001', position: 1, waitingSince: '2026-01-15T15:00:00.000Z' },
      { slot: 'slot-000002', position: 2, waitingSince: '2026-01-15T15:00:00.000Z' },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/L1|L2|Maria|1200/);
  });

  it('preview mode shows only the fields the host chose', () => {
    const view = viewPullQueue(queued.state, leads, { mode: 'preview', fields: ['balance', 'company.industry'] });
    expect(view.map((v) => v.preview)).toEqual([{ balance: 1200, 'company.industry': 'Energy' }, { balance: 90 }]);
    expect(JSON.stringify(view)).not.toMatch(/Maria|secret|L1/);
    expect(() => viewPullQueue(queued.state, leads, { mode: 'preview', fields: ['__proto__.x'] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PATH', path: ['fields', 0] }),
    );
  });

  it('lets an agent take a slot, and refuses one who is away or full', () => {
    const taken = pullLead('slot-000002', 'ann', agents, queued.state, clock);
    expect(taken.assignments).toEqual([
      {
        leadId: 'L2',
        agentId: 'ann',
        how: 'pull',
        at: '2026-01-15T15:00:00.000Z',
        reason: 'Taken from the pull queue',
      },
    ]);
    expect(taken.state.pool.map((s) => s.leadId)).toEqual(['L1']);
    const full = pullLead('slot-000001', 'ann', agents, taken.state, clock);
    expect(full.unassigned).toEqual([{ leadId: 'L1', reason: 'Ann is at daily capacity (1)' }]);
    expect(full.state.pool).toHaveLength(1);
    expect(pullLead('slot-000001', 'cy', agents, taken.state, clock).unassigned[0]!.reason).toBe('Cy is unavailable');
    expect(() => pullLead('slot-000002', 'bob', agents, taken.state, clock)).toThrowError(
      expect.objectContaining({ code: 'NOT_FOUND', path: ['slot'] }),
    );
    expect(() => pullLead('slot-000001', 'zed', agents, taken.state, clock)).toThrowError(
      expect.objectContaining({ code: 'NOT_FOUND', path: ['agentId'] }),
    );
    expect(distributeLeads(['L1'], agents, queued.state, { ...clock, strategy: 'pull' }).unassigned).toEqual([
      { leadId: 'L1', reason: 'Already waiting in the pull queue' },
    ]);
  });
});

describe('manual assignment', () => {
  it('assigns, refuses a second owner, reassigns with a reason, and can be forced past capacity', () => {
    const first = assignLead('L1', 'ann', agents, createDistributionState(), clock);
    expect(first.assignments[0]).toMatchObject({
      leadId: 'L1',
      agentId: 'ann',
      how: 'manual',
      reason: 'Assigned manually',
    });
    expect(assignLead('L1', 'bob', agents, first.state, clock).unassigned).toEqual([
      { leadId: 'L1', reason: 'Already assigned to Ann — reassign it instead' },
    ]);
    const moved = reassignLead('L1', 'bob', agents, first.state, clock);
    expect(moved.assignments[0]).toMatchObject({ agentId: 'bob', how: 'reassign', reason: 'Reassigned from Ann' });
    expect(moved.state.owners.L1).toBe('bob');
    expect(reassignLead('L9', 'bob', agents, first.state, clock).unassigned[0]!.reason).toBe(
      'Not assigned to anyone yet — assign it instead',
    );
    expect(assignLead('L2', 'ann', agents, first.state, clock).unassigned[0]!.reason).toBe(
      'Ann is at daily capacity (1)',
    );
    expect(assignLead('L2', 'ann', agents, first.state, { ...clock, force: true }).assignments).toHaveLength(1);
    expect(assignLead('L2', 'cy', agents, first.state, clock).unassigned[0]!.reason).toBe('Cy is unavailable');
  });

  it('takes a lead out of the pull queue when it is assigned by hand', () => {
    const queued = distributeLeads(['L1'], agents, createDistributionState(), { ...clock, strategy: 'pull' });
    expect(assignLead('L1', 'bob', agents, queued.state, clock).state.pool).toEqual([]);
  });
});
