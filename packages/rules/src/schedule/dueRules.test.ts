import { describe, expect, it } from 'vitest';
import { applyRuns, markTicked } from '../evaluate/ruleState';
import type { Rule } from '../types';
import { dueRules } from './dueRules';

const H = 3_600_000;
const base = (id: string, patch: Partial<Rule>): Rule => ({
  id,
  name: id,
  trigger: { type: 'event', events: ['x'] },
  conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Nurturing' }] },
  actions: [{ type: 'addTag', tag: id }],
  ...patch,
});

describe('dueRules', () => {
  it('schedule rules are due on each cron tick in their time zone (croner)', () => {
    // "every Tuesday at 10 AM" in New York = 15:00 UTC in winter
    const weekly = base('weekly', { trigger: { type: 'schedule', cron: '0 10 * * 2', timezone: 'America/New_York' } });
    const tick = Date.parse('2026-03-03T15:00:00Z'); // a Tuesday
    expect(dueRules([weekly], undefined, tick - 1)).toEqual([
      { ruleId: 'weekly', kind: 'schedule', dueAt: tick - 1, nextAt: tick },
    ]); // never ticked: due now
    let state = markTicked(undefined, ['weekly'], tick - 7 * 24 * H);
    expect(dueRules([weekly], state, tick - 1)).toEqual([]);
    // New York moves to daylight time on 8 March: the next 10 AM is 14:00 UTC
    expect(dueRules([weekly], state, tick)).toEqual([
      { ruleId: 'weekly', kind: 'schedule', dueAt: tick, nextAt: tick + 7 * 24 * H - H },
    ]);
    state = markTicked(state, ['weekly'], tick);
    expect(dueRules([weekly], state, tick + H)).toEqual([]);
    // the same cron in UTC ticks at 10:00 UTC
    const utc = base('utc', { trigger: { type: 'schedule', cron: '0 10 * * 2' } });
    expect(
      dueRules([utc], markTicked(undefined, ['utc'], tick - 7 * 24 * H), Date.parse('2026-03-03T10:00:00Z')),
    ).toMatchObject([{ ruleId: 'utc', dueAt: Date.parse('2026-03-03T10:00:00Z') }]);
  });

  it('periodic and cycle rules list the leads whose next run is due', () => {
    const t0 = Date.parse('2026-03-01T00:00:00Z');
    const periodic = base('p', { execution: { mode: 'periodic', everyHours: 24 } });
    const cycle = base('c', { execution: { mode: 'cycle', everyHours: 72, forHours: 336 } });
    const once = base('o', { execution: { mode: 'once' } });
    const state = applyRuns(undefined, [
      { ruleId: 'p', leadId: 'A', at: t0 },
      { ruleId: 'p', leadId: 'B', at: t0 + 12 * H },
      { ruleId: 'c', leadId: 'A', at: t0 },
      { ruleId: 'o', leadId: 'A', at: t0 },
    ]);
    expect(dueRules([periodic, cycle, once], state, t0 + 30 * H)).toEqual([
      { ruleId: 'p', kind: 'periodic', leadIds: ['A'], dueAt: t0 + 24 * H },
    ]);
    expect(dueRules([periodic, cycle], state, t0 + 72 * H)).toEqual([
      { ruleId: 'p', kind: 'periodic', leadIds: ['A', 'B'], dueAt: t0 + 24 * H },
      { ruleId: 'c', kind: 'cycle', leadIds: ['A'], dueAt: t0 + 72 * H },
    ]);
    expect(dueRules([cycle], state, t0 + 337 * H)).toEqual([]); // cycle over
  });

  it('never lists disabled or sunset rules', () => {
    const s = base('s', { trigger: { type: 'schedule', cron: '* * * * *' } });
    expect(dueRules([{ ...s, enabled: false }], undefined, 0)).toEqual([]);
    expect(dueRules([{ ...s, sunset: { at: '1970-01-01T00:00:00Z' } }], undefined, 0)).toEqual([]);
    expect(
      dueRules([{ ...s, sunset: { afterRuns: 1 } }], applyRuns(undefined, [{ ruleId: 's', leadId: 'A', at: 0 }]), 0),
    ).toEqual([]);
  });
});
