import { defineLeadGroup, isHotleadsError, LEAD_GROUPS, moveLeads, type Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { extendCatalog } from '../catalog/extendCatalog';
import { factCatalog } from '../catalog/factCatalog';
import { cascadeRules } from '../evaluate/cascade';
import { validateRule } from '../schema/validateRule';
import { catalogWithGroups } from './catalogWithGroups';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const vip = defineLeadGroup({ id: 'VIP', purpose: 'Key accounts the owner follows.' });
const groups = [...LEAD_GROUPS, vip];

describe('catalogWithGroups', () => {
  it('extends the status and previousStatus options, keeping the rest of each fact', () => {
    const catalog = catalogWithGroups(groups);
    for (const id of ['status', 'previousStatus']) {
      const before = factCatalog.find((d) => d.id === id)!;
      const after = catalog.find((d) => d.id === id)!;
      expect(after.options).toEqual(groups.map((g) => g.id));
      expect({ ...after, options: undefined }).toEqual({ ...before, options: undefined });
    }
    expect(catalog.length).toBe(factCatalog.length);
    expect(catalogWithGroups()).toEqual(extendCatalog([], factCatalog));
  });

  it('extendCatalog lets a derived fact change only its options', () => {
    const c = extendCatalog([{ id: 'previousStatus', options: ['A'] } as never]);
    expect(c.find((d) => d.id === 'previousStatus')!.options).toEqual(['A']);
    expect(c.find((d) => d.id === 'previousStatus')!.derived).toBe(true);
    expect(() => extendCatalog([{ id: 'previousStatus', label: 'x', type: 'enum' }])).toThrow(/derived fact/);
  });

  it('refuses groups without ids', () => {
    try {
      catalogWithGroups([{} as never]);
      throw new Error('no throw');
    } catch (e) {
      expect(isHotleadsError(e, 'INVALID_ARGUMENT')).toBe(true);
      expect((e as { path: unknown[] }).path).toEqual(['groups', 0]);
    }
  });

  it('a bulk move fires statusChange rules through cascadeRules', () => {
    const catalog = catalogWithGroups(groups);
    const rule = validateRule(
      {
        id: 'vip-owner',
        name: 'VIP leads go to the owner',
        trigger: { type: 'statusChange', to: 'VIP' },
        conditions: { all: [{ fact: 'previousStatus', operator: 'in', value: ['Qualified', 'Nurturing'] }] },
        actions: [{ type: 'assign', to: 'owner' }],
      },
      { catalog },
    );
    const leads: Lead[] = [
      { id: 'a', status: 'Qualified' },
      { id: 'b', status: 'Untouched' },
      { id: 'c', status: 'VIP' },
    ];
    const { moved } = moveLeads(leads, 'VIP', { groups });
    const fired = moved.map(
      (m) => cascadeRules([rule], m.lead, { now: NOW, trigger: m.trigger, catalog }).steps[0]!.fired.length,
    );
    expect(fired).toEqual([1, 0]);
  });
});
