import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDistributionState } from './createDistributionState';
import { distributeLeads } from './distributeLeads';
import type { Agent, Assignment, DistributionState, DistributionStrategy } from './types';

const clock = { now: '2026-01-15T15:00:00Z', timeZone: 'America/Chicago' };
const ids = (n: number, prefix = 'L') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const countBy = (assignments: Assignment[]) => {
  const out: Record<string, number> = {};
  for (const a of assignments) out[a.agentId] = (out[a.agentId] ?? 0) + 1;
  return out;
};
/** Runs leads through several calls, passing the state as JSON between them, as a host would. */
function inBatches(leads: string[], agents: Agent[], strategy: DistributionStrategy, cuts: number[], now = clock.now) {
  let state: DistributionState = createDistributionState();
  const assignments: Assignment[] = [];
  const unassigned: Array<{ leadId: string; reason: string }> = [];
  let start = 0;
  for (const end of [...cuts.filter((c) => c > 0 && c < leads.length).sort((a, b) => a - b), leads.length]) {
    const result = distributeLeads(
      leads.slice(start, end),
      agents,
      JSON.parse(JSON.stringify(state)) as DistributionState,
      { ...clock, now, strategy },
    );
    state = result.state;
    assignments.push(...result.assignments);
    unassigned.push(...result.unassigned);
    start = end;
  }
  return { state, assignments, unassigned };
}

const agentsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('ann', 'bob', 'cy', 'di', 'ed', 'flo', 'gus'),
      available: fc.boolean(),
      dailyCapacity: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      weight: fc.integer({ min: 1, max: 4 }),
      performance: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (a) => a.id, maxLength: 6 },
  )
  .map((list) =>
    list.map((a) => {
      const agent: Agent = { id: a.id, available: a.available, weight: a.weight, performance: a.performance };
      if (a.dailyCapacity !== undefined) agent.dailyCapacity = a.dailyCapacity;
      return agent;
    }),
  );
const strategyArb = fc.constantFrom<DistributionStrategy>('round-robin', 'priority-tier', 'push');
const cutsArb = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 });

describe('distributeLeads — properties', () => {
  it('round robin: counts differ by at most one among available agents without a cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 60 }), cutsArb, (n, leads, cuts) => {
        const agents = ids(n, 'agent-').map((id) => ({ id, available: true }));
        const { assignments, unassigned } = inBatches(ids(leads), agents, 'round-robin', cuts);
        expect(unassigned).toEqual([]);
        const counts = agents.map((a) => countBy(assignments)[a.id] ?? 0);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('priority tier: after M leads each agent has M × weight ÷ Σweights within one, and exactly weight per full cycle', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 80 }),
        cutsArb,
        (weights, leads, cuts) => {
          const agents = weights.map((weight, i) => ({ id: `agent-${i}`, available: true, weight }));
          const total = weights.reduce((s, w) => s + w, 0);
          const { assignments } = inBatches(ids(leads), agents, 'priority-tier', cuts);
          for (let m = 1; m <= assignments.length; m++) {
            const counts = countBy(assignments.slice(0, m));
            for (const a of agents) {
              const got = counts[a.id] ?? 0;
              expect(Math.abs(got - (m * a.weight) / total)).toBeLessThanOrEqual(1);
              if (m % total === 0) expect(got).toBe((m / total) * a.weight);
            }
          }
        },
      ),
    );
  });

  it('any strategy: capacity is never exceeded, unavailable agents get nothing, every lead is assigned or reported', () => {
    fc.assert(
      fc.property(agentsArb, strategyArb, fc.integer({ min: 0, max: 60 }), cutsArb, (agents, strategy, leads, cuts) => {
        const leadIds = ids(leads);
        const { assignments, unassigned, state } = inBatches(leadIds, agents, strategy, cuts);
        const counts = countBy(assignments);
        for (const agent of agents) {
          if (!agent.available) expect(counts[agent.id]).toBeUndefined();
          if (agent.dailyCapacity !== undefined) expect(counts[agent.id] ?? 0).toBeLessThanOrEqual(agent.dailyCapacity);
        }
        expect([...assignments.map((a) => a.leadId), ...unassigned.map((u) => u.leadId)].sort()).toEqual(
          [...leadIds].sort(),
        );
        for (const u of unassigned) expect(u.reason).toMatch(/^No agent/);
        for (const a of assignments) expect(state.owners[a.leadId]).toBe(a.agentId);
        // A lead is only unassigned when nobody had room.
        const room = agents.filter((a) => a.available).reduce((s, a) => s + (a.dailyCapacity ?? Infinity), 0);
        expect(assignments.length).toBe(Math.min(leads, room));
      }),
    );
  });

  it('is pure and deterministic: same inputs, same result; the state passed in is untouched', () => {
    fc.assert(
      fc.property(agentsArb, strategyArb, fc.integer({ min: 0, max: 30 }), (agents, strategy, leads) => {
        const state = createDistributionState();
        const frozen = JSON.stringify(state);
        const a = distributeLeads(ids(leads), agents, state, { ...clock, strategy });
        const b = distributeLeads(ids(leads), agents, state, { ...clock, strategy });
        expect(a).toEqual(b);
        expect(JSON.stringify(state)).toBe(frozen);
        expect(JSON.parse(JSON.stringify(a.state))).toEqual(a.state);
      }),
    );
  });
});

describe('distributeLeads — examples', () => {
  const team: Agent[] = [
    { id: 'ann', name: 'Ann', available: true, weight: 3, performance: 1 },
    { id: 'bob', name: 'Bob', available: true, weight: 1, performance: 5 },
    { id: 'cy', name: 'Cy', available: true, weight: 1, performance: 2 },
  ];

  it('round robin goes around in order and resumes where it stopped', () => {
    const first = distributeLeads(['L1', 'L2'], team, createDistributionState(), { ...clock, strategy: 'round-robin' });
    expect(first.assignments.map((a) => [a.leadId, a.agentId, a.reason])).toEqual([
      ['L1', 'ann', 'Round robin — next in turn'],
      ['L2', 'bob', 'Round robin — next in turn'],
    ]);
    const second = distributeLeads(['L3', 'L4'], team, first.state, { ...clock, strategy: 'round-robin' });
    expect(second.assignments.map((a) => a.agentId)).toEqual(['cy', 'ann']);
  });

  it('priority tier interleaves a 3-1-1 cycle', () => {
    const result = distributeLeads(ids(10), team, createDistributionState(), { ...clock, strategy: 'priority-tier' });
    expect(result.assignments.map((a) => a.agentId)).toEqual([
      'ann',
      'bob',
      'ann',
      'cy',
      'ann',
      'ann',
      'bob',
      'ann',
      'cy',
      'ann',
    ]);
  });

  it('push offers the best performer first and gives everyone one before starting over', () => {
    const away = team.map((a) => (a.id === 'bob' ? { ...a, available: false } : a));
    const first = distributeLeads(['L1', 'L2'], away, createDistributionState(), { ...clock, strategy: 'push' });
    expect(first.assignments.map((a) => a.agentId)).toEqual(['cy', 'ann']);
    // Bob is back within the same cycle: he has not had one, so he is next.
    const second = distributeLeads(['L3', 'L4'], team, first.state, { ...clock, strategy: 'push' });
    expect(second.assignments.map((a) => a.agentId)).toEqual(['bob', 'bob']);
  });

  it('resets daily capacity on a new local day and reports leads nobody can take', () => {
    const capped: Agent[] = [
      { id: 'ann', name: 'Ann', available: true, dailyCapacity: 1 },
      { id: 'bob', name: 'Bob', available: false },
    ];
    const today = distributeLeads(['L1', 'L2'], capped, createDistributionState(), {
      ...clock,
      strategy: 'round-robin',
    });
    expect(today.assignments.map((a) => a.leadId)).toEqual(['L1']);
    expect(today.unassigned).toEqual([
      { leadId: 'L2', reason: 'No agent can take it (1 unavailable, 1 at daily capacity)' },
    ]);
    // 05:59Z on the 16th is still the 15th in Chicago; 06:00Z is the 16th.
    expect(
      distributeLeads(['L2'], capped, today.state, { ...clock, now: '2026-01-16T05:59:00Z', strategy: 'round-robin' })
        .assignments,
    ).toEqual([]);
    const tomorrow = distributeLeads(['L2'], capped, today.state, {
      ...clock,
      now: '2026-01-16T06:00:00Z',
      strategy: 'round-robin',
    });
    expect(tomorrow.assignments.map((a) => a.agentId)).toEqual(['ann']);
    expect(tomorrow.state.day).toBe('2026-01-16');
    expect(distributeLeads(['L9'], [], createDistributionState(), { ...clock, strategy: 'push' }).unassigned).toEqual([
      { leadId: 'L9', reason: 'No agents to assign to' },
    ]);
  });

  it('reports a lead that already has an owner or is listed twice', () => {
    const first = distributeLeads(['L1'], team, createDistributionState(), { ...clock, strategy: 'round-robin' });
    const again = distributeLeads(['L1', 'L2', 'L2'], team, first.state, { ...clock, strategy: 'round-robin' });
    expect(again.unassigned).toEqual([
      { leadId: 'L1', reason: 'Already assigned to Ann' },
      { leadId: 'L2', reason: 'Already assigned to Bob' },
    ]);
    const nobody = distributeLeads(['L5', 'L5'], [], createDistributionState(), { ...clock, strategy: 'round-robin' });
    expect(nobody.unassigned.map((u) => u.reason)).toEqual(['No agents to assign to', 'Listed twice in this batch']);
  });

  it('refuses bad agents, state and options with a path', () => {
    const state = createDistributionState();
    expect(() =>
      distributeLeads(
        ['L1'],
        [
          { id: 'a', available: true },
          { id: 'a', available: true },
        ],
        state,
        { ...clock, strategy: 'push' },
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: [1, 'id'] }));
    expect(() =>
      distributeLeads(['L1'], [{ id: 'a', available: true, weight: 0 }], state, { ...clock, strategy: 'push' }),
    ).toThrowError(expect.objectContaining({ path: [0, 'weight'] }));
    expect(() =>
      distributeLeads(['L1'], team, { ...state, assignedToday: { ann: -1 } }, { ...clock, strategy: 'push' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_STATE', path: ['assignedToday', 'ann'] }));
    expect(() => distributeLeads(['L1'], team, state, { ...clock, timeZone: '-06:00', strategy: 'push' })).toThrowError(
      expect.objectContaining({ path: ['timeZone'] }),
    );
    expect(() =>
      distributeLeads(['L1'], team, state, { ...clock, strategy: 'lottery' as DistributionStrategy }),
    ).toThrowError(expect.objectContaining({ path: ['strategy'] }));
    expect(() => distributeLeads([''], team, state, { ...clock, strategy: 'push' })).toThrowError(
      expect.objectContaining({ path: ['leadIds', 0] }),
    );
  });
});

describe('ids named like Object.prototype members (boundary fuzz)', () => {
  it('are plain keys of the state: "constructor" and "toString" agents, "valueOf" leads, across a JSON round trip', () => {
    const agents: Agent[] = [
      { id: 'constructor', available: true },
      { id: 'toString', available: true },
    ];
    const first = distributeLeads(['hasOwnProperty', 'valueOf'], agents, createDistributionState(), {
      ...clock,
      strategy: 'round-robin',
    });
    expect(first.state.owners).toEqual({ hasOwnProperty: 'constructor', valueOf: 'toString' });
    expect(first.state.assignedToday).toEqual({ constructor: 1, toString: 1 });
    const stored = JSON.parse(JSON.stringify(first.state)) as DistributionState;
    const again = distributeLeads(['valueOf', 'isPrototypeOf'], agents, stored, { ...clock, strategy: 'round-robin' });
    expect(again.unassigned).toEqual([{ leadId: 'valueOf', reason: 'Already assigned to toString' }]);
    expect(again.assignments.map((a) => a.agentId)).toEqual(['constructor']);
  });

  it('refuses "__proto__" as an id and an inherited strategy name, with a HotleadsError', () => {
    expect(() =>
      distributeLeads(['__proto__'], [{ id: 'a', available: true }], createDistributionState(), {
        ...clock,
        strategy: 'push',
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['leadIds', 0] }));
    expect(() =>
      distributeLeads(['a'], [], createDistributionState(), {
        ...clock,
        strategy: 'constructor' as DistributionStrategy,
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['strategy'] }));
  });
});
