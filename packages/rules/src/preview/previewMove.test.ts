import { moveLeads, type Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY } from '../compile/compileRule';
import { describeMovePreview, DESCRIBED_MOVE_IDS } from '../describe/describeMovePreview';
import { cascadeRules, DEFAULT_CASCADE_DEPTH } from '../evaluate/cascade';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { Rule } from '../types';
import { MOVE_PREVIEW_IDS, previewMove, type MovePreview } from './previewMove';

const NOW = '2026-03-01T12:00:00Z';
const rules: Rule[] = [
  {
    id: 'welcome-qualified',
    name: 'Welcome a qualified lead',
    trigger: { type: 'statusChange', to: 'Qualified' },
    conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Qualified' }] },
    actions: [{ type: 'createTask', title: 'Call the lead', dueInHours: 4 }],
  },
  {
    id: 'recycled-from-qualified',
    name: 'A qualified lead was recycled',
    trigger: { type: 'statusChange', from: 'Qualified', to: 'Recycled' },
    conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    actions: [{ type: 'setPriority', priority: 'High' }],
    priority: 9,
  },
  ...ruleTemplates,
];
const leads: Lead[] = [
  { id: 'a', status: 'Qualified', leadSource: 'Events' },
  { id: 'b', status: 'Qualified', leadSource: 'Lists' },
  { id: 'c', status: 'Untouched', leadSource: 'Events' },
];

/** A rule that moves a lead on from `from` when it arrives there (a `statusChange` to `from`). */
const moveOn = (from: string, to: string, extra: Partial<Rule> = {}): Rule => ({
  id: `${from}-to-${to}`,
  name: `${from} to ${to}`,
  trigger: { type: 'statusChange', to: from },
  conditions: { all: [{ fact: 'status', operator: 'equal', value: from }] },
  actions: [{ type: 'updateStatus', status: to }],
  ...extra,
});

describe('previewMove', () => {
  it('counts per rule the moved leads it would fire on, in execution order', () => {
    const { moved } = moveLeads(leads, 'Recycled');
    const p = previewMove(rules, moved, { now: NOW });
    expect(p.moved).toBe(3);
    expect(p.maxDepth).toBe(DEFAULT_CASCADE_DEPTH);
    expect(p.leadsFiring).toBe(1);
    expect(p.rules).toEqual([
      { ruleId: 'recycled-from-qualified', name: 'A qualified lead was recycled', leads: 1, firstStep: 0 },
    ]);
    expect(p.stopped).toEqual({ settled: 3, cycle: { leads: 0, leadIds: [] }, depth: { leads: 0, leadIds: [] } });
    expect(p.loops).toEqual([]);
    expect(p.statuses).toEqual([{ status: 'Recycled', leads: 3 }]);
    expect(p.errors).toEqual([]);
  });

  it('lists no rule for leads already in the group (moveLeads gives no move)', () => {
    const { moved } = moveLeads(leads, 'Qualified');
    const p = previewMove(rules, moved, { now: NOW });
    expect(p.moved).toBe(1);
    expect(p.rules).toEqual([
      { ruleId: 'welcome-qualified', name: 'Welcome a qualified lead', leads: 1, firstStep: 0 },
    ]);
  });

  it('follows the cascade: rules fired by the status changes of other rules, counted once per lead', () => {
    const cascade = [
      moveOn('Nurturing', 'Qualified', {
        conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
      }),
      rules[0]!,
    ];
    const { moved } = moveLeads(leads, 'Nurturing');
    const p = previewMove(cascade, moved, { now: NOW });
    expect(p.rules).toEqual([
      { ruleId: 'Nurturing-to-Qualified', name: 'Nurturing to Qualified', leads: 2, firstStep: 0 },
      { ruleId: 'welcome-qualified', name: 'Welcome a qualified lead', leads: 2, firstStep: 1 },
    ]);
    expect(p.leadsFiring).toBe(2);
    expect(p.stopped.settled).toBe(3);
    expect(p.statuses).toEqual([
      { status: 'Qualified', leads: 2 },
      { status: 'Nurturing', leads: 1 },
    ]);
  });

  it('reports the leads that would loop, grouped by loop', () => {
    const loop = [moveOn('Nurturing', 'Qualified'), moveOn('Qualified', 'Nurturing')];
    const many: Lead[] = Array.from({ length: 30 }, (_, i) => ({ id: `L${i}`, status: 'Untouched' }));
    const { moved } = moveLeads(many, 'Nurturing');
    const p = previewMove(loop, moved, { now: NOW });
    const one = cascadeRules(loop, moved[0]!.lead, { now: NOW, trigger: moved[0]!.trigger });
    expect(one.stoppedBy).toBe('cycle');
    expect(p.stopped.cycle).toEqual({ leads: 30, leadIds: many.slice(0, MOVE_PREVIEW_IDS).map((l) => l.id) });
    expect(p.loops).toEqual([{ statuses: one.cycle, leads: 30, leadIds: p.stopped.cycle.leadIds }]);
    expect(p.loops[0]!.statuses).toEqual(['Nurturing', 'Qualified', 'Nurturing']);
    expect(p.statuses).toEqual([{ status: one.lead.status, leads: 30 }]);
    expect(describeMovePreview(p)).toContain(
      `30 leads would loop: Nurturing → Qualified → Nurturing (L0, L1, L2 and ${30 - DESCRIBED_MOVE_IDS} more).`,
    );
  });

  it('reports the leads still changing at maxDepth, passed through to the cascade', () => {
    const chain = ['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'];
    const steps = chain.slice(0, -1).map((s, i) => moveOn(s, chain[i + 1]!));
    const { moved } = moveLeads([{ id: 'x', status: 'Untouched' }], 'S0', {
      groups: chain.map((id) => ({ id, label: id, description: id, tooltip: id })),
    });
    const deep = previewMove(steps, moved, { now: NOW, maxDepth: 2 });
    expect(deep.maxDepth).toBe(2);
    expect(deep.stopped.depth).toEqual({ leads: 1, leadIds: ['x'] });
    expect(deep.statuses).toEqual([{ status: 'S3', leads: 1 }]);
    expect(deep.rules.map((r) => [r.ruleId, r.firstStep])).toEqual([
      ['S0-to-S1', 0],
      ['S1-to-S2', 1],
      ['S2-to-S3', 2],
    ]);
    expect(describeMovePreview(deep)).toEqual([
      '1 lead would still be changing status after 2 re-evaluations, where the cascade stops (x).',
      'Afterwards: 1 in S3.',
    ]);
    const settled = previewMove(steps, moved, { now: NOW, maxDepth: 10 });
    expect(settled.stopped.settled).toBe(1);
    expect(settled.statuses).toEqual([{ status: 'S8', leads: 1 }]);
    expect(() => previewMove(steps, moved, { now: NOW, maxDepth: 101 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['maxDepth'] }),
    );
  });

  it('refuses moves that are not an array and a missing now', () => {
    expect(() => previewMove(rules, 'x' as never, { now: NOW })).toThrow(/array/);
    expect(() => previewMove(rules, [], {} as never)).not.toThrow(); // no lead, no time read
    const { moved } = moveLeads(leads, 'Recycled');
    expect(() => previewMove(rules, moved, {} as never)).toThrow();
  });

  it('equals cascadeRules run on each move one by one, tallied (property)', () => {
    const groups = ['Untouched', 'Nurturing', 'Qualified', 'Recycled', 'Customer'];
    const sources = ['Events', 'Lists', 'Web Forms'];
    const lead = fc.record({
      status: fc.option(fc.constantFrom(...groups), { nil: undefined }),
      leadSource: fc.constantFrom(...sources),
      budget: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    });
    // An operator error at every step of a lead with a budget ('in' against a number).
    const failing: Rule = {
      id: 'fails-with-budget',
      name: 'Fails on leads with a budget',
      trigger: { type: 'statusChange' },
      conditions: { all: [{ fact: 'status', operator: 'in', value: { fact: 'budget' } }] },
      actions: [{ type: 'addTag', tag: 'never' }],
    };
    // Random status moves (cycles and long chains included), some only for one lead source.
    const transition = fc
      .record({
        from: fc.constantFrom(...groups),
        to: fc.constantFrom(...groups),
        source: fc.option(fc.constantFrom(...sources), { nil: undefined }),
        priority: fc.integer({ min: 1, max: 3 }),
      })
      .filter(({ from, to }) => from !== to)
      .map(({ from, to, source, priority }): Rule => {
        const base = moveOn(from, to, { priority, id: `${from}-to-${to}-${(source ?? 'any').replace(' ', '_')}` });
        return source === undefined
          ? base
          : {
              ...base,
              conditions: {
                all: [
                  ...(base.conditions as { all: [] }).all,
                  { fact: 'leadSource', operator: 'equal', value: source },
                ],
              },
            };
      });
    const ruleSet = fc.uniqueArray(transition, { minLength: 1, maxLength: 10, selector: (r) => r.id }).chain((list) =>
      // Half the sets also hold a loop (Nurturing ⇄ Qualified, back only for Events leads).
      fc.boolean().map((loop) => [
        ...list,
        ...(loop
          ? [
              moveOn('Nurturing', 'Qualified', { id: 'loop-nq' }),
              moveOn('Qualified', 'Nurturing', {
                id: 'loop-qn',
                conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
              }),
            ]
          : []),
        ...rules,
        failing,
      ]),
    );
    fc.assert(
      fc.property(
        ruleSet,
        fc.array(lead, { maxLength: 30 }),
        fc.constantFrom(...groups),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (set, raw, to, maxDepth) => {
          const list: Lead[] = raw.map((l, i) => {
            const out: Lead = { id: `L${i}`, leadSource: l.leadSource };
            if (l.status !== undefined) out.status = l.status;
            if (l.budget !== undefined) out.budget = l.budget;
            return out;
          });
          const { moved } = moveLeads(list, to);
          const p = previewMove(set, moved, { now: NOW, ...(maxDepth === undefined ? {} : { maxDepth }) });
          expect(p).toEqual(tally(set, moved, maxDepth));
          expect(p.stopped.settled + p.stopped.cycle.leads + p.stopped.depth.leads).toBe(p.moved);
          expect(p.statuses.reduce((n, s) => n + s.leads, 0)).toBe(p.moved);
          expect(p.loops.reduce((n, l) => n + l.leads, 0)).toBe(p.stopped.cycle.leads);
          for (const r of p.rules) expect(r.leads).toBeLessThanOrEqual(p.leadsFiring);
          for (let i = 1; i < p.rules.length; i++)
            expect(p.rules[i]!.firstStep).toBeGreaterThanOrEqual(p.rules[i - 1]!.firstStep);
        },
      ),
      { seed: 1403, numRuns: 150 },
    );
  });
});

/** The preview computed by hand from one `cascadeRules` call per move (the property's oracle). */
function tally(set: Rule[], moved: ReturnType<typeof moveLeads>['moved'], maxDepth: number | undefined): MovePreview {
  const fired = new Map<string, { leads: number; firstStep: number }>();
  const stopped: MovePreview['stopped'] = {
    settled: 0,
    cycle: { leads: 0, leadIds: [] },
    depth: { leads: 0, leadIds: [] },
  };
  const loops: MovePreview['loops'] = [];
  const statuses = new Map<string | null, number>();
  const errors: MovePreview['errors'] = [];
  let leadsFiring = 0;
  const add = (stop: { leads: number; leadIds: string[] }, id: string) => {
    stop.leads++;
    if (stop.leadIds.length < MOVE_PREVIEW_IDS) stop.leadIds.push(id);
  };
  for (const m of moved) {
    const c = cascadeRules(set, m.lead, {
      now: NOW,
      trigger: m.trigger,
      ...(maxDepth === undefined ? {} : { maxDepth }),
    });
    const firstOnLead = new Map<string, number>();
    c.steps.forEach((s, step) => {
      for (const f of s.fired) if (!firstOnLead.has(f.ruleId)) firstOnLead.set(f.ruleId, step);
      for (const e of s.errors)
        if (!errors.some((x) => x.leadId === m.leadId && x.ruleId === e.ruleId))
          errors.push({ leadId: m.leadId, ruleId: e.ruleId, message: e.message, step });
    });
    if (firstOnLead.size > 0) leadsFiring++;
    for (const [ruleId, step] of firstOnLead) {
      const f = fired.get(ruleId) ?? { leads: 0, firstStep: step };
      fired.set(ruleId, { leads: f.leads + 1, firstStep: Math.min(f.firstStep, step) });
    }
    if (c.stoppedBy === 'settled') stopped.settled++;
    if (c.stoppedBy === 'depth') add(stopped.depth, m.leadId);
    if (c.stoppedBy === 'cycle') {
      add(stopped.cycle, m.leadId);
      let loop = loops.find((l) => JSON.stringify(l.statuses) === JSON.stringify(c.cycle));
      if (!loop) loops.push((loop = { statuses: c.cycle!, leads: 0, leadIds: [] }));
      add(loop, m.leadId);
    }
    const status = typeof c.lead.status === 'string' ? c.lead.status : null;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  // Execution order: priority (high first), then list order.
  const order = set
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.priority ?? DEFAULT_PRIORITY) - (a.r.priority ?? DEFAULT_PRIORITY) || a.i - b.i);
  const firedRules = order
    .filter(({ r }) => fired.has(r.id))
    .map(({ r }) => ({ ruleId: r.id, name: r.name, ...fired.get(r.id)! }))
    .sort((a, b) => a.firstStep - b.firstStep);
  return {
    moved: moved.length,
    maxDepth: maxDepth ?? DEFAULT_CASCADE_DEPTH,
    leadsFiring,
    rules: firedRules,
    stopped,
    loops: loops.sort((a, b) => b.leads - a.leads),
    statuses: [...statuses]
      .map(([status, leads]) => ({ status, leads }))
      .sort(
        (a, b) => b.leads - a.leads || (a.status === null ? 1 : b.status === null ? -1 : a.status < b.status ? -1 : 1),
      ),
    errors,
  };
}

describe('describeMovePreview', () => {
  const loop = [
    moveOn('Nurturing', 'Qualified'),
    moveOn('Qualified', 'Nurturing', {
      conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    }),
  ];

  it('says how the cascades stop and where the leads end, with the groups’ labels', () => {
    const p = previewMove(loop, moveLeads(leads, 'Nurturing').moved, { now: NOW });
    expect(p.stopped.cycle.leads).toBe(2);
    expect(describeMovePreview(p, { groups: [{ id: 'Nurturing', label: 'Nurture' }] })).toEqual([
      '1 lead would settle (no further status change).',
      '2 leads would loop: Nurture → Qualified → Nurture (a, c).',
      'Afterwards: 2 in Nurture, 1 in Qualified.',
    ]);
    expect(describeMovePreview(previewMove(loop, [], { now: NOW }))).toEqual([]);
  });

  it('formats numbers in the locale and refuses what previewMove does not return', () => {
    const many: Lead[] = Array.from({ length: 1200 }, (_, i) => ({ id: `L${i}`, status: 'Untouched' }));
    const p = previewMove([], moveLeads(many, 'Nurturing').moved, { now: NOW });
    expect(describeMovePreview(p, { locale: 'de-DE' })[0]).toBe('1.200 leads would settle (no further status change).');
    expect(() => describeMovePreview({ ...p, moved: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['preview', 'moved'] }),
    );
    expect(() => describeMovePreview(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => describeMovePreview(p, { locale: 'not a locale' })).toThrow(
      expect.objectContaining({ path: ['options', 'locale'] }),
    );
  });
});
