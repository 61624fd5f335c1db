// Regression tests for the guarantees of docs/rules.md ("Guarantees"): one named test per
// problem found by calling @hotleads/rules as a hostile caller would. Each failed before its fix.
import { b2bLeadModel, isHotleadsError, UNREADABLE, type HotleadsError, type Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import {
  collectFacts,
  createMatcher,
  dueRules,
  evaluateRules,
  MAX_CONDITION_DEPTH,
  previewRule,
  sampleLeads,
  validateRule,
  type Condition,
  type Rule,
} from '../index';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;
const DEPTH = 64; // the documented limit (docs/rules.md, "Guarantees")

const leaf = { fact: 'budget', operator: 'greaterThan', value: 1 };
const rule = (conditions: unknown, patch: Partial<Rule> = {}): Rule =>
  ({
    id: 'r',
    name: 'R',
    trigger: { type: 'event', events: ['quote_request'] },
    conditions,
    actions: [{ type: 'addTag', tag: 't' }],
    ...patch,
  }) as Rule;

/** `levels` groups of `key`, outermost first, around one comparison. */
function nest(levels: number, key: 'all' | 'any' | 'not'): Condition {
  let c: Condition = leaf;
  for (let i = 0; i < levels; i++) c = key === 'not' ? { not: c } : key === 'all' ? { all: [c] } : { any: [c] };
  return c;
}

function refusal(run: () => unknown): HotleadsError {
  try {
    run();
  } catch (e) {
    if (isHotleadsError(e)) return e;
    throw new Error(`expected a HotleadsError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  throw new Error('expected a HotleadsError, got no error');
}

/** The three ways a rule enters the package, each answering the same input. */
const entries = {
  validateRule: (r: Rule) => validateRule(r),
  evaluateRules: (r: Rule) => evaluateRules([r], { id: 'a', budget: 5 }, { now: NOW }),
  previewRule: (r: Rule) => previewRule(r, [{ id: 'a', budget: 5 }], { now: NOW }),
};

describe('deep and cyclic conditions', () => {
  it.each(Object.entries(entries))('%s refuses 1,000 nested all groups with a HotleadsError', (_name, run) => {
    const e = refusal(() => run(rule(nest(1_000, 'all'))));
    expect(e.code).toBe('INVALID_RULE');
    expect(e.detail).toMatch(/nested more than 64 levels/);
  });

  it.each(Object.entries(entries))('%s refuses 2,000 nested not groups with a HotleadsError', (_name, run) => {
    const e = refusal(() => run(rule({ all: [nest(2_000, 'not')] })));
    expect(e.code).toBe('INVALID_RULE');
    expect(e.detail).toMatch(/nested more than 64 levels/);
  });

  it.each(Object.entries(entries))('%s refuses a cyclic condition, naming where the cycle closes', (_name, run) => {
    const loop: { all: unknown[] } = { all: [leaf] };
    loop.all.push({ any: [loop] });
    const e = refusal(() => run(rule(loop)));
    expect(e.code).toBe('INVALID_RULE');
    expect(e.detail).toBe('A condition contains itself (a cycle)');
    expect(e.path.slice(-4)).toEqual(['all', 1, 'any', 0]);
  });

  it('counts depth the same way everywhere: 64 levels of all / any / not pass, 65 are refused', () => {
    for (const key of ['all', 'any', 'not'] as const) {
      // the root group counts as a level: a `not` chain sits under one `all`
      const within = key === 'not' ? { all: [nest(DEPTH - 1, 'not')] } : nest(DEPTH, key);
      const beyond = key === 'not' ? { all: [nest(DEPTH, 'not')] } : nest(DEPTH + 1, key);
      for (const run of Object.values(entries)) {
        expect(() => run(rule(within))).not.toThrow();
        expect(refusal(() => run(rule(beyond))).detail).toMatch(/nested more than 64 levels/);
      }
      // a preview segment is a condition tree too, counted by the same function
      const segment = (conditions: unknown) => () =>
        previewRule(rule({ all: [leaf] }), [{ id: 'a' }], { now: NOW, segment: conditions as never });
      expect(segment(within)).not.toThrow();
      expect(refusal(segment(beyond))).toMatchObject({
        code: 'INVALID_RULE',
        path: expect.arrayContaining(['segment']),
      });
    }
    expect(MAX_CONDITION_DEPTH).toBe(DEPTH);
  });

  it('refuses a shared subtree that would expand past 10,000 nodes, without walking it 2^40 times', () => {
    let shared: Condition = leaf;
    for (let i = 0; i < 40; i++) shared = { all: [shared, shared] };
    for (const run of Object.values(entries))
      expect(refusal(() => run(rule(shared))).detail).toBe('Conditions have more than 10000 nodes');
  });

  it('refuses a condition that cannot be read (a throwing getter, a Proxy) with a HotleadsError', () => {
    const getter = Object.defineProperty({}, 'all', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        has() {
          throw new Error('boom');
        },
      },
    );
    for (const bad of [getter, proxy])
      for (const run of Object.values(entries))
        expect(refusal(() => run(rule({ any: [leaf, bad] })))).toMatchObject({
          code: 'INVALID_RULE',
          path: expect.arrayContaining(['conditions', 'any', 1]),
        });
  });
});

describe('a lead that cannot be read', () => {
  it('previewRule puts a lead whose getter throws into errors with its id, and goes on', () => {
    const unreadable = {
      id: 'broken',
      get budget(): number {
        throw new Error('storage offline');
      },
    };
    const noId = {
      get id(): string {
        throw new Error('storage offline');
      },
    };
    const leads = [{ id: 'a', budget: 5 }, unreadable, noId, { id: 'b', budget: 9 }] as unknown as Lead[];
    const report = previewRule(rule({ all: [leaf] }), leads, { now: NOW });
    expect(report.matched).toBe(2);
    expect(report.examples.map((e) => e.leadId)).toEqual(['a', 'b']);
    expect(report.errors).toEqual([
      { leadId: 'broken', message: 'storage offline' },
      { leadId: '#2', message: UNREADABLE },
    ]);
  });

  it('evaluateRules reports a getter that throws as that rule’s error, with an explanation, and goes on', () => {
    const lead = {
      id: 'broken',
      status: 'Untouched',
      get budget(): number {
        throw new Error('storage offline');
      },
    } as unknown as Lead;
    const other = rule({ all: [{ fact: 'status', operator: 'equal', value: 'Untouched' }] }, { id: 'other' });
    const result = evaluateRules([rule({ all: [leaf] }), other], lead, { now: NOW });
    expect(result.fired.map((f) => f.ruleId)).toEqual(['other']);
    expect(result.errors).toEqual([{ ruleId: 'r', message: 'storage offline' }]);
    expect(result.skipped[0]).toMatchObject({
      reason: 'error',
      explanation: { kind: 'all', conditions: [{ kind: 'fact', error: 'storage offline' }] },
    });
  });
});

describe('missing arguments', () => {
  const r = rule({ all: [leaf] });

  it('evaluateRules without options throws a HotleadsError naming now', () => {
    expect(refusal(() => (evaluateRules as (...a: unknown[]) => unknown)([r], { id: 'a' }))).toMatchObject({
      code: 'INVALID_TIME',
      path: ['now'],
    });
    expect(refusal(() => evaluateRules([r], { id: 'a' }, 'soon' as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: [],
    });
  });

  it('a fieldChange trigger without fields throws a HotleadsError', () => {
    const onBudget = rule({ all: [leaf] }, { trigger: { type: 'fieldChange', fields: ['budget'] } });
    for (const trigger of [{ type: 'fieldChange' }, { type: 'fieldChange', fields: 'budget' }, { type: 'moon' }])
      expect(
        refusal(() => evaluateRules([onBudget], { id: 'a' }, { now: NOW, trigger: trigger as never })),
      ).toMatchObject({ code: 'INVALID_ARGUMENT', path: expect.arrayContaining(['trigger']) });
  });

  it('a null state entry throws a HotleadsError naming the entry', () => {
    const once = rule({ all: [leaf] }, { execution: { mode: 'once' }, sunset: { afterRuns: 10 } });
    const lead = { id: 'a', budget: 5 };
    const cases: Array<[unknown, Array<string | number>]> = [
      [{ rules: {}, leads: { a: null } }, ['state', 'leads', 'a']],
      [{ rules: {}, leads: { a: { r: null } } }, ['state', 'leads', 'a', 'r']],
      [{ rules: { r: null }, leads: {} }, ['state', 'rules', 'r']],
      [{ rules: {}, leads: { a: { r: { runs: 'one' } } } }, ['state', 'leads', 'a', 'r']],
      [null, ['state']],
    ];
    for (const [state, path] of cases)
      expect(refusal(() => evaluateRules([once], lead, { now: NOW, state: state as never }))).toMatchObject({
        code: 'INVALID_STATE',
        path,
      });
  });

  it('trigger: null means no trigger (a manual run), exactly as an absent trigger', () => {
    const rules = [
      rule({ all: [leaf] }, { id: 'on-event' }),
      rule({ all: [leaf] }, { id: 'on-field', trigger: { type: 'fieldChange', fields: ['budget'] } }),
    ];
    const lead = { id: 'a', budget: 5 };
    const absent = evaluateRules(rules, lead, { now: NOW });
    expect(evaluateRules(rules, lead, { now: NOW, trigger: null })).toEqual(absent);
    expect(absent.fired.map((f) => f.ruleId)).toEqual(['on-event', 'on-field']);
    const m = createMatcher(rules, { now: NOW, trigger: null });
    expect(m.matches(lead, [])).toBe(2);
  });
});

describe('fake Dates (the rules side)', () => {
  const fakes = () => [Object.create(Date.prototype) as Date, new Proxy(new Date(NOW), {})];
  const r = rule({ all: [leaf] }, { trigger: { type: 'schedule', cron: '0 * * * *' } });

  it('a fake Date as now is refused with INVALID_TIME everywhere rules take a time', () => {
    for (const now of fakes()) {
      const calls: Array<() => unknown> = [
        () => evaluateRules([r], { id: 'a' }, { now }),
        () => previewRule(r, [{ id: 'a' }], { now }),
        () => createMatcher([r], { now }),
        () => collectFacts([r], { id: 'a' }, { now }),
        () => sampleLeads([{ id: 'a' }], { now }),
        () => dueRules([r], undefined, now),
      ];
      for (const call of calls) expect(refusal(call)).toMatchObject({ code: 'INVALID_TIME', path: ['now'] });
    }
  });

  it('a fake Date as an event time is refused by the lead check; as createdAt it is no time at all', () => {
    for (const at of fakes()) {
      const lead = { id: 'a', events: [{ type: 'quote_request', at }] } as unknown as Lead;
      expect(refusal(() => evaluateRules([r], lead, { now: NOW }))).toMatchObject({
        code: 'INVALID_LEAD',
        path: ['events', 0, 'at'],
      });
      expect(previewRule(r, [lead], { now: NOW }).errors).toEqual([
        expect.objectContaining({ leadId: 'a', path: 'events.0.at' }),
      ]);
      const untouched = rule({ all: [{ fact: 'hoursUntouched', operator: 'greaterThan', value: 0 }] });
      const created = { id: 'c', createdAt: at } as unknown as Lead;
      expect(evaluateRules([untouched], created, { now: NOW }).fired).toEqual([]);
      expect(sampleLeads([created], { now: NOW, withinDays: 30 })).toEqual([]);
    }
  });
});

describe('inherited events do not count (own properties only, as scoring)', () => {
  const events = [{ type: 'quote_request', at: NOW - 2 * H }];
  class ClassLead {
    id = 'class';
    createdAt = NOW - 100 * H;
    get events() {
      return events;
    }
  }
  const leads = (): Lead[] => [
    Object.assign(Object.create({ events, createdAt: NOW - 100 * H }) as object, { id: 'proto' }) as Lead,
    new ClassLead() as unknown as Lead,
  ];

  it('hoursSince, hoursUntouched and sunset.onEvent ignore inherited events', () => {
    const since = rule({ all: [{ fact: 'hoursSince.quote_request', operator: 'lessThan', value: 5 }] });
    const untouched = rule({ all: [{ fact: 'hoursUntouched', operator: 'lessThan', value: 5 }] });
    const sunset = rule(
      { all: [{ fact: 'status', operator: 'notEqual', value: 'Spam' }] },
      {
        sunset: { onEvent: 'quote_request' },
      },
    );
    for (const lead of leads()) {
      expect(evaluateRules([since], lead, { now: NOW }).fired).toEqual([]);
      expect(evaluateRules([untouched], lead, { now: NOW }).fired).toEqual([]);
      const r = evaluateRules([sunset], lead, { now: NOW });
      expect(r.skipped).toEqual([]);
      expect(r.fired.map((f) => f.ruleId)).toEqual(['r']);
    }
    // the same events as own properties do count
    const own = { id: 'own', events };
    expect(evaluateRules([since], own, { now: NOW }).fired).toHaveLength(1);
    expect(evaluateRules([sunset], own, { now: NOW }).skipped[0]).toMatchObject({ reason: 'sunset' });
  });

  it('sampleLeads dates a lead by its own createdAt only', () => {
    const [proto] = leads();
    expect(sampleLeads([proto!], { now: NOW, withinDays: 30 })).toEqual([]);
    expect(sampleLeads([{ id: 'own', createdAt: NOW - 100 * H }], { now: NOW, withinDays: 30 })).toHaveLength(1);
  });

  it('score and band, through core’s scorer, agree with the rules on what an event is', () => {
    const hot = rule({ all: [{ fact: 'score', operator: 'greaterThan', value: -1 }] });
    for (const lead of leads()) {
      const viaRules = collectFacts([hot], lead, { now: NOW, model: b2bLeadModel }).score;
      const viaOwn = collectFacts([hot], { ...lead }, { now: NOW, model: b2bLeadModel }).score; // own properties only
      expect(viaRules).toBe(viaOwn);
    }
  });
});
