import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { defineLeadGroup } from './defineLeadGroup';
import { filterLeads } from './filterLeads';
import { groupCounts } from './groupCounts';
import { LEAD_GROUPS } from './leadGroups';
import { GROUP_MESSAGES } from './messages';
import { MAX_MOVE, moveLeads } from './moveLeads';

const leads: Lead[] = [
  { id: 'a', status: 'Qualified', assignee: 'ann', leadSource: 'Events' },
  { id: 'b', status: 'Qualified', assignee: 'bob', leadSource: 'Web Forms' },
  { id: 'c', status: 'VIP', assignee: 'ann' },
  { id: 'd', status: 'Untouched', leadSource: 'Events' },
  { id: 'e' },
];

const throwsCode = (f: () => unknown, detail: string, path?: unknown[]) => {
  try {
    f();
  } catch (e) {
    expect(isHotleadsError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as { detail: string }).detail).toBe(detail);
    if (path) expect((e as { path: unknown[] }).path).toEqual(path);
    return;
  }
  throw new Error('did not throw');
};

describe('lead groups', () => {
  it('are the eight groups, each with a description and a tooltip', () => {
    expect(LEAD_GROUPS.map((g) => g.id)).toEqual([
      'Untouched',
      'Nurturing',
      'Qualified',
      'Unqualified',
      'Recycled',
      'Customer',
      'Spam',
      'NotInterested',
    ]);
    for (const g of LEAD_GROUPS) {
      expect(g.description.length).toBeGreaterThan(20);
      expect(g.tooltip.length).toBeGreaterThan(20);
      expect(Object.isFrozen(g)).toBe(true);
    }
  });

  it('a custom group has a purpose, a unique id and defaults', () => {
    const vip = defineLeadGroup({ id: 'VIP', purpose: 'Key accounts the owner follows.' });
    expect(vip).toEqual({
      id: 'VIP',
      label: 'VIP',
      description: 'Key accounts the owner follows.',
      tooltip: 'Key accounts the owner follows.',
      custom: true,
    });
    throwsCode(() => defineLeadGroup({ id: 'Qualified', purpose: 'x' }), GROUP_MESSAGES.duplicate, ['id']);
    throwsCode(() => defineLeadGroup({ id: 'VIP', purpose: 'x' }, [...LEAD_GROUPS, vip]), GROUP_MESSAGES.duplicate);
    throwsCode(() => defineLeadGroup({ id: 'VIP', purpose: ' ' }), GROUP_MESSAGES.purpose, ['purpose']);
    throwsCode(() => defineLeadGroup({ id: ' VIP', purpose: 'p' }), GROUP_MESSAGES.id, ['id']);
    throwsCode(() => defineLeadGroup({ id: '__proto__', purpose: 'p' }), GROUP_MESSAGES.reservedId, ['id']);
    throwsCode(() => defineLeadGroup(null as never), GROUP_MESSAGES.input, []);
  });

  it('counts by group: every group in order, then unknown statuses, then none', () => {
    const c = groupCounts(leads, { by: 'group' });
    expect(c.total).toBe(5);
    expect(c.rows.map((r) => [r.key, r.count])).toEqual([
      ['Untouched', 1],
      ['Nurturing', 0],
      ['Qualified', 2],
      ['Unqualified', 0],
      ['Recycled', 0],
      ['Customer', 0],
      ['Spam', 0],
      ['NotInterested', 0],
      ['VIP', 1],
      [null, 1],
    ]);
    expect(c.rows[2]!.share).toBe(0.4);
    expect(c.rows.find((r) => r.key === 'Spam')!.label).toBe('Spam / Blocked / Deleted');
  });

  it('counts by assignee and lead source, most first', () => {
    expect(groupCounts(leads, { by: 'assignee' }).rows.map((r) => [r.label, r.count])).toEqual([
      ['ann', 2],
      ['bob', 1],
      ['(none)', 2],
    ]);
    expect(groupCounts(leads, { by: 'leadSource' }).rows.map((r) => r.key)).toEqual(['Events', 'Web Forms', null]);
    expect(groupCounts([], { by: 'assignee' })).toEqual({ by: 'assignee', total: 0, rows: [] });
    throwsCode(() => groupCounts(leads, { by: 'team' as never }), GROUP_MESSAGES.by, ['options', 'by']);
  });

  it('filters as it counts', () => {
    expect(filterLeads(leads, { group: ['Qualified'], assignee: ['ann'] }).map((l) => l.id)).toEqual(['a']);
    expect(filterLeads(leads, { assignee: [null] }).map((l) => l.id)).toEqual(['d', 'e']);
    expect(filterLeads(leads, {}).length).toBe(5);
  });

  it('moves leads and returns statusChange trigger contexts', () => {
    const r = moveLeads(leads, 'Qualified');
    expect(r.unchanged).toEqual(['a', 'b']);
    expect(r.moved.map((m) => m.trigger)).toEqual([
      { type: 'statusChange', from: 'VIP', to: 'Qualified' },
      { type: 'statusChange', from: 'Untouched', to: 'Qualified' },
      { type: 'statusChange', to: 'Qualified' },
    ]);
    expect(r.leads.every((l) => l.status === 'Qualified')).toBe(true);
    expect(leads[3]!.status).toBe('Untouched');
    expect(r.leads[0]).toBe(leads[0]);
    throwsCode(() => moveLeads(leads, 'VIP'), GROUP_MESSAGES.unknownGroup, ['toGroup']);
    const vip = defineLeadGroup({ id: 'VIP', purpose: 'Key accounts' });
    expect(moveLeads(leads, 'VIP', { groups: [...LEAD_GROUPS, vip] }).unchanged).toEqual(['c']);
    throwsCode(() => moveLeads([{ id: '' }], 'Qualified'), GROUP_MESSAGES.leadId, ['leads', 0, 'id']);
    throwsCode(
      () =>
        moveLeads(
          Array.from({ length: MAX_MOVE + 1 }, (_, i) => ({ id: `l${i}` })),
          'Qualified',
        ),
      GROUP_MESSAGES.tooMany,
    );
  });
});

describe('lead group invariants (fast-check, fixed seed)', () => {
  const lead = fc.record(
    {
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      status: fc.constantFrom<unknown>(...LEAD_GROUPS.map((g) => g.id), 'VIP', '', 4, null),
      assignee: fc.constantFrom<unknown>('ann', 'bob', 'cy', undefined),
      leadSource: fc.constantFrom<unknown>('Events', 'Lists', 7),
    },
    { requiredKeys: ['id'] },
  );
  const by = fc.constantFrom('group' as const, 'assignee' as const, 'leadSource' as const);

  it('counts sum to the total, and filtering on a row key gives that row', () => {
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 40 }), by, (ls, b) => {
        const c = groupCounts(ls, { by: b });
        expect(c.rows.reduce((a, r) => a + r.count, 0)).toBe(ls.length);
        const name = b === 'group' ? 'group' : b;
        for (const r of c.rows) expect(filterLeads(ls, { [name]: [r.key] }).length).toBe(r.count);
      }),
      { seed: 1414, numRuns: 200 },
    );
  });

  it('after a move, every lead is in the group, and the counts moved with it', () => {
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 40 }), fc.constantFrom(...LEAD_GROUPS.map((g) => g.id)), (ls, to) => {
        const r = moveLeads(ls, to);
        expect(groupCounts(r.leads, { by: 'group' }).rows.find((x) => x.key === to)!.count).toBe(ls.length);
        expect(r.moved.length).toBe(ls.filter((l) => l.status !== to).length);
        for (const m of r.moved) expect(m.trigger.from).toBe(m.from);
        // moving again changes nothing
        expect(moveLeads(r.leads, to).moved).toEqual([]);
      }),
      { seed: 1415, numRuns: 200 },
    );
  });
});
