import type { Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types';
import { cascadeRules } from './cascade';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const move = (
  id: string,
  from: string | undefined,
  to: string,
  trigger: Rule['trigger'] = { type: 'statusChange', ...(from === undefined ? {} : { to: from }) },
): Rule => ({
  id,
  name: id,
  trigger,
  conditions: { all: [{ fact: 'status', operator: 'equal', value: from ?? to }] },
  actions: [{ type: 'updateStatus', status: to }],
});
const lead: Lead = { id: 'L1', status: 'Untouched' };

describe('cascadeRules', () => {
  it('applies status changes and re-evaluates statusChange rules until nothing changes', () => {
    const rules = [
      move('start', 'Untouched', 'Nurturing', { type: 'event', events: ['quote_request'] }),
      move('n2q', 'Nurturing', 'Qualified'),
      move('q2c', 'Qualified', 'Customer'),
    ];
    const c = cascadeRules(rules, lead, { now: NOW, trigger: { type: 'event', event: 'quote_request' } });
    expect(c.stoppedBy).toBe('settled');
    expect(c.lead.status).toBe('Customer');
    expect(c.transitions).toEqual([
      { from: 'Untouched', to: 'Nurturing', ruleId: 'start' },
      { from: 'Nurturing', to: 'Qualified', ruleId: 'n2q' },
      { from: 'Qualified', to: 'Customer', ruleId: 'q2c' },
    ]);
    expect(c.steps).toHaveLength(4);
    expect(c.state.leads.L1).toMatchObject({ start: { runs: 1 }, n2q: { runs: 1 }, q2c: { runs: 1 } });
    expect(lead.status).toBe('Untouched'); // input not changed
  });

  it('reports a cycle instead of looping', () => {
    const rules = [
      move('a', 'Untouched', 'Nurturing'),
      move('b', 'Nurturing', 'Qualified'),
      move('c', 'Qualified', 'Nurturing'),
    ];
    const c = cascadeRules(rules, lead, { now: NOW });
    expect(c.stoppedBy).toBe('cycle');
    expect(c.cycle).toEqual(['Nurturing', 'Qualified', 'Nurturing']);
    expect(c.steps).toHaveLength(3);
  });

  it('stops at the fixed depth with a change pending', () => {
    const chain = ['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'];
    const rules = chain.slice(0, -1).map((s, i) => move(`m${i}`, s, chain[i + 1]!));
    const start: Lead = { id: 'L', status: 'S0' };
    const c = cascadeRules(rules, start, { now: NOW, maxDepth: 3 });
    expect(c.stoppedBy).toBe('depth');
    expect(c.steps).toHaveLength(4);
    expect(c.lead.status).toBe('S4');
    expect(cascadeRules(rules, start, { now: NOW }).steps).toHaveLength(6); // default depth 5
    expect(() => cascadeRules(rules, start, { now: NOW, maxDepth: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
