// The boundary fuzz suite of @hotleads/rules and @hotleads/rules/reference (docs/rules.md,
// "Guarantees"): every runtime export, called with valid and hostile arguments (wrong types, null,
// NaN, ±Infinity, huge numbers, long strings, deep and cyclic objects, Proxies, throwing getters,
// prototype keys, fake Dates), must return or throw a HotleadsError, within the time limit, without
// changing its arguments; on valid input the existing oracles hold (checked below per function).
import { b2bLeadModel, defineLeadGroup, isHotleadsError, LEAD_GROUPS, type Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundarySuite, type FunctionSpec, type SpecTable } from '../../../../test/boundary/harness';
import { cyclic, deep, hostile, validOrHostile } from '../../../../test/boundary/hostile';
import * as rules from '../index';
import * as reference from '../reference/index';
import type { Action, Condition, Rule, RuleEvaluation, RuleState } from '../index';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;

// ---- valid values -------------------------------------------------------------------------

const time = fc.constantFrom<unknown>(NOW, new Date(NOW), '2026-03-01T12:00:00Z', '2026-03-01T07:00:00-05:00');
const statuses = fc.constantFrom(...rules.LEAD_STATUSES);
const eventTypes = fc.constantFrom('quote_request', 'email_reply', 'portal_visit', 'abandoned_payment');

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .tuple(fc.constantFrom('greaterThan', 'lessThan', 'equal'), fc.integer({ min: -10, max: 10_000 }))
    .map(([operator, value]) => ({ fact: 'budget', operator, value })),
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => ({ fact: 'budget', operator: 'withinRange', value: [Math.min(a, b), Math.max(a, b)] })),
  fc
    .tuple(fc.constantFrom('equal', 'notEqual'), statuses)
    .map(([operator, value]) => ({ fact: 'status', operator, value })),
  fc.array(statuses, { maxLength: 3 }).map((value) => ({ fact: 'status', operator: 'in', value })),
  fc.constantFrom('cto', 'Head', '').map((value) => ({ fact: 'jobTitle', operator: 'containsText', value })),
  fc.constantFrom('budget', 'timing').map((value) => ({ fact: 'challenges', operator: 'contains', value })),
  fc.integer({ min: 0, max: 200 }).map((value) => ({ fact: 'hoursUntouched', operator: 'greaterThan', value })),
  fc.integer({ min: 0, max: 200 }).map((value) => ({ fact: 'hoursSince.quote_request', operator: 'lessThan', value })),
  fc.constant({ fact: 'budget', operator: 'greaterThan', value: { fact: 'companySize' } }),
  fc.constant({ fact: 'status', operator: 'in', value: { fact: 'jobTitle' } }), // throws at run time on some leads
  fc.constant({ fact: 'score', operator: 'greaterThan', value: 50 }), // needs the model
);

const tree = fc.letrec<{ node: Condition; group: Condition }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { weight: 3, arbitrary: leaf }, tie('group')),
  group: fc.oneof(
    { depthSize: 'small' },
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('node').map((not) => ({ not })),
  ),
}));

/** Mostly valid trees; sometimes with a hostile node inside, or too deep, or cyclic. */
const conditions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: tree.group },
  { weight: 1, arbitrary: fc.tuple(tree.group, hostile).map(([g, bad]) => ({ any: [g, bad] })) },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 70 }).map((n) => deep(n, 'all')) },
  { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
);

const trigger = fc.oneof(
  fc.record({ type: fc.constant('statusChange'), from: statuses, to: statuses }, { requiredKeys: ['type'] }),
  fc.array(fc.constantFrom('budget', 'status'), { minLength: 1, maxLength: 2 }).map((fields) => ({
    type: 'fieldChange',
    fields,
  })),
  fc.array(eventTypes, { minLength: 1, maxLength: 2 }).map((events) => ({ type: 'event', events })),
  fc.constantFrom(
    { type: 'schedule', cron: '0 * * * *' },
    { type: 'schedule', cron: '0 10 * * 2', timezone: 'America/New_York' },
    { type: 'scoreChange' },
    { type: 'scoreChange', fromBand: 'WARM', toBand: 'HOT' },
    { type: 'scoreChange', toBand: 'HOT', crosses: 80, direction: 'up' },
    { type: 'scoreChange', crosses: 40, direction: 'down' },
  ),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  statuses.map((status): Action => ({ type: 'updateStatus', status })),
  fc.constantFrom<Action>(
    { type: 'sendEmail', template: 'welcome' },
    { type: 'addTag', tag: 'hot' },
    { type: 'createTask', title: 'Call', dueInHours: 4 },
    { type: 'notify', message: 'Hot lead' },
    { type: 'createQuote' },
    { type: 'setPriority', priority: 'High' },
  ),
);

let ruleCount = 0;
const validRule: fc.Arbitrary<Rule> = fc
  .record(
    {
      trigger,
      conditions: tree.group,
      actions: fc.array(action, { minLength: 1, maxLength: 3 }),
      priority: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom('High', 'Medium', 'Low')),
      enabled: fc.boolean(),
      blocking: fc.boolean(),
      execution: fc.constantFrom(
        { mode: 'once' },
        { mode: 'periodic', everyHours: 24 },
        { mode: 'cycle', everyHours: 72, forHours: 336 },
      ),
      sunset: fc.record(
        { at: fc.constant('2026-06-01T00:00:00Z'), afterRuns: fc.integer({ min: 1, max: 5 }), onEvent: eventTypes },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['trigger', 'conditions', 'actions'] },
  )
  .map((r) => ({ id: `r${++ruleCount}`, name: `Rule ${ruleCount}`, ...r }) as Rule);

/** A rule that is valid, or one with hostile conditions, or a hostile value altogether. */
const someRule: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: validRule },
  { weight: 1, arbitrary: fc.tuple(validRule, conditions).map(([r, c]) => ({ ...r, conditions: c })) },
  { weight: 1, arbitrary: hostile },
);
const ruleList = fc.oneof(
  { weight: 4, arbitrary: fc.uniqueArray(validRule, { maxLength: 4, selector: (r) => r.id }) },
  { weight: 1, arbitrary: fc.array(someRule, { maxLength: 3 }) },
  { weight: 1, arbitrary: hostile },
);

let leadCount = 0;
const validLead: fc.Arbitrary<Lead> = fc
  .record(
    {
      status: statuses,
      budget: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constant('5000')),
      companySize: fc.integer({ min: 0, max: 1000 }),
      jobTitle: fc.constantFrom('CTO', 'Head of IT', 'Intern'),
      challenges: fc.array(fc.constantFrom('budget', 'timing'), { maxLength: 2 }),
      createdAt: fc.integer({ min: NOW - 400 * H, max: NOW }),
      events: fc.array(fc.record({ type: eventTypes, at: fc.integer({ min: NOW - 300 * H, max: NOW + H }) }), {
        maxLength: 3,
      }),
    },
    { requiredKeys: [] },
  )
  .map((l) => ({ id: `lead-${++leadCount}`, ...l }));
const lead = validOrHostile(validLead);
const leads = fc.oneof({ weight: 3, arbitrary: fc.array(lead, { maxLength: 4 }) }, { weight: 1, arbitrary: hostile });

const triggerContext: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null),
  fc.record({ type: fc.constant('statusChange'), from: statuses, to: statuses }, { requiredKeys: ['type', 'to'] }),
  fc.array(fc.constantFrom('budget', 'status'), { maxLength: 2 }).map((fields) => ({ type: 'fieldChange', fields })),
  eventTypes.map((event) => ({ type: 'event', event })),
  fc.constantFrom({ type: 'schedule' }, { type: 'schedule', ruleIds: ['r1', 'r2'] }),
  fc.constantFrom(
    { type: 'scoreChange', previousScore: 45, previousBand: 'WARM', score: 85, band: 'HOT' },
    { type: 'scoreChange', previousScore: 85, previousBand: 'HOT', score: 30, band: 'COLD' },
  ),
  fc.constantFrom({ type: 'fieldChange' }, { type: 'event' }, { type: 'moon' }, { type: 'scoreChange', score: 50 }),
  hostile,
);

const run = fc.record({
  ruleId: fc.constantFrom('r1', 'r2', '__proto__'),
  leadId: fc.constantFrom('lead-1', 'lead-2', 'constructor'),
  at: fc.integer({ min: NOW - 500 * H, max: NOW }),
});
const runs = fc.array(run, { maxLength: 4 });
const validState: fc.Arbitrary<RuleState> = fc
  .tuple(runs, fc.option(fc.integer({ min: NOW - 100 * H, max: NOW }), { nil: undefined }))
  .map(([r, tick]) => {
    const s = rules.applyRuns(undefined, r);
    return tick === undefined ? s : rules.markTicked(s, ['r1'], tick);
  });
const state = fc.oneof(
  { weight: 3, arbitrary: validState },
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: hostile.map((bad) => ({ rules: { r1: bad }, leads: { 'lead-1': { r1: bad } }, ticks: { r1: bad } })),
  },
  { weight: 1, arbitrary: hostile },
);

const catalog = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constant(null).map(() => rules.extendCatalog([{ id: 'account.risk', label: 'Risk', type: 'text' }])),
  },
  { weight: 1, arbitrary: fc.array(hostile, { maxLength: 2 }) },
  { weight: 1, arbitrary: hostile },
);
const model = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant(b2bLeadModel) },
  {
    weight: 1,
    arbitrary: hostile,
  },
);

/**
 * An options record: all fields valid (half the time), one field hostile, or a hostile value
 * instead of the record. (Each field valid-or-hostile on its own would leave few valid calls.)
 */
function options(fields: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[] = []): fc.Arbitrary<unknown> {
  const valid = fc.record(fields, { requiredKeys });
  const oneHostile = fc
    .tuple(valid, fc.constantFrom(...Object.keys(fields)), hostile)
    .map(([o, key, bad]) => ({ ...o, [key]: bad }));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: oneHostile },
    { weight: 1, arbitrary: hostile },
  );
}

const evalContext = options(
  {
    now: time,
    trigger: triggerContext,
    state,
    model,
    catalog,
    activeInterestEvents: fc.constantFrom(['quote_request'], [...rules.ACTIVE_INTEREST_EVENTS]),
    explain: fc.boolean(),
  },
  ['now'],
);

// ---- oracles -----------------------------------------------------------------------------

const ids = (list: readonly unknown[]) => list.map((r) => (r as Rule).id);

function checkEvaluation(result: unknown, ruleList: unknown): void {
  const r = result as RuleEvaluation;
  const all = [...r.fired.map((f) => f.ruleId), ...r.skipped.map((s) => s.ruleId)].sort();
  expect(all).toEqual(ids(ruleList as Rule[]).sort()); // every rule once: fired or skipped
  expect(r.actions).toEqual(r.fired.flatMap((f) => f.actions.map((a) => ({ ruleId: f.ruleId, action: a }))));
  expect(r.runs.map((x) => x.ruleId)).toEqual(r.fired.map((f) => f.ruleId));
  for (const e of r.errors) expect(r.skipped.find((s) => s.ruleId === e.ruleId)?.reason).toBe('error');
  for (let i = 1; i < r.fired.length; i++)
    expect(r.fired[i - 1]!.priority).toBeGreaterThanOrEqual(r.fired[i]!.priority);
}

/** The compiled matcher, rule by rule, against previewRule (which checks the lead and reports errors). */
function matcherAgreesWithPreview(list: readonly Rule[], l: Lead, opts: Record<string, unknown>): void {
  const m = rules.createMatcher(list, { now: NOW, ...opts } as never);
  const out: boolean[] = [];
  m.matches(l, out);
  list.forEach((r, i) => {
    if (opts.model === undefined && JSON.stringify(r.conditions).includes('"score"')) return; // preview needs the model
    const report = rules.previewRule(r, [l], { now: NOW, ...opts } as never);
    expect(out[i]).toBe(report.matched === 1);
  });
}

const passesLeadCheck = (l: unknown): boolean => {
  try {
    rules.evaluateRules([], l as Lead, { now: NOW });
    return true;
  } catch {
    return false;
  }
};

// ---- the specs -------------------------------------------------------------------------

/** Successful calls per function, so the suite proves its valid inputs reach the oracles. */
const successes = new Map<string, number>();
function counted(entry: string, specs: SpecTable): SpecTable {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => {
      if ('skip' in spec) return [name, spec];
      const s = spec as FunctionSpec<unknown>;
      const key = `${entry}.${name}`;
      successes.set(key, 0);
      return [
        name,
        {
          ...s,
          check: async (result: unknown, args: readonly unknown[], ctx: unknown) => {
            successes.set(key, successes.get(key)! + 1);
            await s.check?.(result, args, ctx);
          },
        },
      ];
    }),
  );
}

const prepareTokens = new WeakSet<object>();
const prepared = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(ruleList, model).map(([r, m]) => {
      const token = { rules: r, model: m };
      prepareTokens.add(token);
      return token;
    }),
  },
  { weight: 1, arbitrary: hostile },
);

/** The tree passes validateRule as a rule's conditions. */
function isValidTree(conditions: unknown): boolean {
  try {
    rules.validateRule({
      id: 'q',
      name: 'q',
      trigger: { type: 'event', events: ['x'] },
      conditions,
      actions: [{ type: 'addTag', tag: 't' }],
    });
    return true;
  } catch {
    return false;
  }
}

const ruleSpecs: SpecTable = {
  // catalog and operators
  findFact: {
    args: fc.tuple(catalog, validOrHostile(fc.constantFrom('budget', 'hoursSince.x', 'nope', '__proto__'))),
    check: (result, [, id]) => {
      if (result !== undefined) expect((result as { id: string }).id).toBe(id);
    },
  },
  leadSourceInfo: {
    args: fc.tuple(validOrHostile(fc.constantFrom('Web Forms', 'Events', 'Nowhere', '__proto__'))),
    check: (result, [source]) => {
      if (result !== undefined) expect((result as { source: string }).source).toBe(source);
    },
  },
  isDerivedFact: {
    args: fc.tuple(validOrHostile(fc.constantFrom('score', 'hoursSince.quote_request', 'budget'))),
    check: (result) => expect(typeof result).toBe('boolean'),
  },
  extendCatalog: {
    args: fc.tuple(
      validOrHostile(
        fc.array(
          validOrHostile(
            fc.record({
              id: validOrHostile(fc.constantFrom('account.risk', 'budget', 'score', 'a.__proto__')),
              label: validOrHostile(fc.constant('Label')),
              type: validOrHostile(fc.constantFrom('text', 'number', 'colour')),
            }),
          ),
          { maxLength: 3 },
        ),
      ),
      catalog,
    ),
    check: (result, [extra]) => {
      const out = result as Array<{ id: string }>;
      for (const def of extra as Array<{ id: string }>) expect(out.some((d) => d.id === def.id)).toBe(true);
    },
  },
  catalogWithGroups: {
    args: fc.tuple(
      validOrHostile(
        fc.array(
          validOrHostile(
            fc.oneof(
              fc.constantFrom(...LEAD_GROUPS),
              fc.constant(null).map(() => defineLeadGroup({ id: 'VIP', purpose: 'Key accounts' })),
            ),
          ),
          { maxLength: 4 },
        ),
      ),
      catalog,
    ),
    check: (result, [groups]) => {
      const out = result as Array<{ id: string; options?: string[] }>;
      const status = out.find((d) => d.id === 'status');
      if (status) for (const g of groups as Array<{ id: string }>) expect(status.options).toContain(g.id);
    },
  },
  createSearchIndex: {
    args: fc.tuple(
      validOrHostile(
        fc.record(
          {
            leads,
            criteria: validOrHostile(fc.constant(b2bLeadModel.criteria)),
            rules: ruleList,
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    check: (result) => {
      const index = result as rules.SearchIndex;
      for (const q of ['budget', 'lead-1', 'x'.repeat(300), '']) {
        let hits: rules.SearchHit[];
        try {
          hits = index.search(q, { limit: 5 });
        } catch (e) {
          expect(q.length).toBeGreaterThan(rules.MAX_SEARCH_LENGTH);
          expect(isHotleadsError(e)).toBe(true);
          continue;
        }
        expect(hits.length).toBeLessThanOrEqual(5);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
      }
    },
  },
  questionnaireFor: {
    args: fc.tuple(
      lead,
      validOrHostile(fc.constant(b2bLeadModel)),
      catalog,
      validOrHostile(
        fc.record(
          {
            previousClient: fc.boolean(),
            quoteFields: fc.array(fc.constantFrom('budget', 'jobTitle', 'hoursUntouched'), { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    check: (result, [, , , opts]) => {
      const q = result as rules.Questionnaire;
      for (const part of [q.general, q.quote])
        for (let i = 1; i < part.length; i++) expect(part[i - 1]!.points).toBeGreaterThanOrEqual(part[i]!.points);
      if ((opts as { previousClient?: boolean } | undefined)?.previousClient === true)
        expect([...q.general, ...q.quote].every((x) => !x.answered)).toBe(true);
    },
  },
  operatorsFor: {
    args: fc.tuple(validOrHostile(fc.constantFrom('text', 'number', 'list', 'date', '__proto__', 'toString'))),
    check: (result) => {
      for (const o of result as Array<{ operator: string }>) expect(rules.operatorNames).toContain(o.operator);
    },
  },
  operatorsFromLabels: {
    args: fc.tuple(
      validOrHostile(fc.constantFrom('text', 'number', 'list', 'constructor')),
      validOrHostile(fc.array(validOrHostile(fc.constantFrom('Equals', 'Contains', 'Within Range', '__proto__')))),
    ),
    check: (result) => {
      for (const op of result as string[]) expect(rules.operatorNames).toContain(op);
    },
  },
  numberValidator: {
    args: fc.tuple(fc.oneof(hostile, fc.constantFrom('12abc', ' 5', '', [5], 'abc'))),
    check: (result) => expect(typeof result).toBe('boolean'),
  },
  parseOperatorName: {
    args: fc.tuple(validOrHostile(fc.constantFrom('equal', 'someFact:not:in', 'sometimes:equal', 'toString'))),
    check: (result) => {
      if (result !== undefined) expect(rules.operatorNames).toContain((result as { base: string }).base);
    },
  },
  resolveOperator: {
    args: fc.tuple(validOrHostile(fc.constantFrom('equal', 'everyValue:withinRange', 'constructor', '__proto__'))),
    check: (result) => expect(result === undefined || typeof result === 'function').toBe(true),
  },
  isFactReference: {
    args: fc.tuple(validOrHostile(fc.constantFrom({ fact: 'budget' }, { fact: 'x', path: '$.a' }, ['fact']))),
    check: (result) => expect(typeof result).toBe('boolean'),
  },

  // validation and compilation
  validateRule: {
    args: fc.tuple(someRule, options({ catalog })),
    check: (result, [, opts]) => {
      expect(rules.validateRule(result, opts as never)).toEqual(result); // a validated rule re-validates to itself
    },
  },
  ruleIssues: {
    args: fc.tuple(someRule, options({ catalog, model })),
    check: (result, [r, opts]) => {
      const issues = result as rules.RuleIssue[];
      for (const i of issues) expect(['incomplete', 'wrong']).toContain(i.kind);
      if (issues.length === 0) expect(rules.validateRule(r, opts as never)).toBeDefined(); // no issue: valid
    },
  },
  compileRule: {
    args: fc.tuple(someRule, options({ catalog })),
    check: (result) => {
      const c = result as rules.CompiledRule;
      expect(c.id).toBe(c.rule.id);
      expect(c.usesModel).toBe(c.facts.includes('score') || c.facts.includes('band'));
    },
  },
  compileRules: {
    args: fc.tuple(ruleList, options({ catalog })),
    check: (result, [list]) => expect((result as rules.CompiledRule[]).map((c) => c.id)).toEqual(ids(list as Rule[])),
  },
  prepareRules: {
    args: fc.tuple(ruleList, options({ catalog, model })),
    check: (result, [list]) => {
      const p = result as rules.PreparedRules;
      expect(p.ordered.map((c) => c.id).sort()).toEqual(ids(list as Rule[]).sort());
      for (let i = 1; i < p.ordered.length; i++)
        expect(p.ordered[i - 1]!.priority).toBeGreaterThanOrEqual(p.ordered[i]!.priority);
    },
  },
  rulesInRunOrder: {
    args: fc.tuple(ruleList),
    check: (result, [list]) => {
      const ordered = result as Rule[];
      expect(ids(ordered).sort()).toEqual(ids(list as Rule[]).sort());
      for (let i = 1; i < ordered.length; i++)
        expect(ordered[i - 1]!.priority ?? rules.DEFAULT_PRIORITY).toBeGreaterThanOrEqual(
          ordered[i]!.priority ?? rules.DEFAULT_PRIORITY,
        );
    },
  },
  moveRule: {
    args: fc.tuple(ruleList, validOrHostile(fc.nat({ max: 3 })), validOrHostile(fc.nat({ max: 3 }))),
    check: (result, [list, from, to]) => {
      const moved = result as Rule[];
      expect(ids(rules.rulesInRunOrder(moved))).toEqual(ids(moved)); // the list is in run order
      expect(moved[to as number]!.id).toBe(rules.rulesInRunOrder(list as Rule[])[from as number]!.id);
    },
  },
  toJsonRulesEngine: {
    args: fc.tuple(someRule),
    check: (result, [r]) => {
      const j = result as rules.JsonRulesEngineRule;
      expect(j.name).toBe((r as Rule).id);
      expect(JSON.parse(JSON.stringify(j))).toEqual(j); // plain JSON, as json-rules-engine wants it
    },
  },

  // evaluation
  evaluateRules: {
    args: fc.tuple(ruleList, lead, evalContext),
    check: (result, [list]) => checkEvaluation(result, list),
  },
  evaluatePrepared: {
    args: fc.tuple(prepared, lead, evalContext),
    call: ([p, l, c], _ctx, f) => {
      const given =
        p !== null && typeof p === 'object' && prepareTokens.has(p)
          ? rules.prepareRules((p as { rules: Rule[] }).rules, { model: (p as { model: never }).model })
          : p;
      return (f as typeof rules.evaluatePrepared)(given as rules.PreparedRules, l as Lead, c as never);
    },
    check: (result, [p]) => checkEvaluation(result, (p as { rules: Rule[] }).rules),
  },
  createMatcher: {
    args: fc.tuple(ruleList, options({ now: time, trigger: triggerContext, model, catalog }, ['now'])),
    check: (result, [list, opts]) => {
      const m = result as rules.Matcher;
      expect(m.ruleIds).toEqual(ids(list as Rule[]));
      const o = opts as { model?: unknown; catalog?: unknown };
      fc.assert(
        fc.property(validLead, (l) =>
          matcherAgreesWithPreview(list as Rule[], l, { model: o.model, catalog: o.catalog }),
        ),
        { numRuns: 2 },
      );
    },
  },
  FactScope: {
    args: fc.tuple(
      options(
        {
          now: fc.constantFrom(NOW, 0),
          trigger: triggerContext,
          activeInterestEvents: fc.constant(['quote_request']),
          scorer: fc.constant(() => undefined),
        },
        ['now'],
      ),
    ),
    call: ([o], _ctx, F) => new (F as typeof rules.FactScope)(o as rules.FactScopeOptions),
    check: (result, [o]) => expect((result as rules.FactScope).now).toBe((o as { now: number }).now),
  },
  cascadeRules: {
    args: fc.tuple(
      ruleList,
      lead,
      options({ now: time, trigger: triggerContext, state, model, maxDepth: fc.integer({ min: 0, max: 6 }) }, ['now']),
    ),
    check: (result) => {
      const c = result as rules.CascadeResult;
      expect(c.transitions.length).toBe(c.stoppedBy === 'settled' ? c.steps.length - 1 : c.steps.length);
    },
  },
  triggerMatches: {
    args: fc.tuple(validOrHostile(trigger), validOrHostile(fc.constantFrom('r1', 'r2')), triggerContext),
    check: (result, [, , context]) => {
      expect(typeof result).toBe('boolean');
      if (context === undefined || context === null) expect(result).toBe(true);
    },
  },
  nextRuns: {
    args: fc.tuple(
      validOrHostile(trigger),
      options({ now: time, count: validOrHostile(fc.integer({ min: 1, max: 5 })) }, ['now']),
    ),
    check: (result, [t, opts]) => {
      const runs = result as number[];
      if ((t as { type: string }).type !== 'schedule') return expect(runs).toEqual([]);
      expect(runs).toHaveLength((opts as { count?: number }).count ?? 3);
      for (let i = 1; i < runs.length; i++) expect(runs[i]!).toBeGreaterThan(runs[i - 1]!);
    },
  },
  describeCron: {
    args: fc.tuple(
      validOrHostile(
        fc.constantFrom('0 10 * * 2', '*/15 * * * *', '0 9 * * 1-5', '30 2 1 * *', '0 10 * 1 *', 'every day'),
      ),
    ),
    check: (result) => {
      if (result !== undefined) expect((result as string).length).toBeGreaterThan(0);
    },
  },
  describeAction: {
    args: fc.tuple(validOrHostile(action)),
    check: (result) => expect((result as string).length).toBeGreaterThan(0),
  },
  formatConditionValue: {
    args: fc.tuple(
      fc.oneof(hostile, fc.double(), fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 })),
      fc.oneof(fc.constantFrom('hoursUntouched', 'hoursSince.quote_request', 'budget'), hostile),
      options({ locale: fc.constantFrom('en-US', 'de-DE', 'fr'), catalog }),
    ),
    check: (result) => {
      if (result !== undefined) expect(typeof result).toBe('string');
    },
  },
  isDurationFact: {
    args: fc.tuple(fc.oneof(fc.constantFrom('hoursUntouched', 'hoursSince.x', 'budget'), hostile)),
    check: (result) => expect(typeof result).toBe('boolean'),
  },
  previewMove: {
    args: fc.tuple(
      ruleList,
      fc.oneof(
        fc.array(
          validOrHostile(
            fc.record({ lead: validLead, trigger: fc.record({ type: fc.constant('statusChange'), to: statuses }) }),
          ),
          { maxLength: 3 },
        ),
        hostile,
      ),
      options({ now: time, model, catalog, maxDepth: fc.integer({ min: 0, max: 6 }) }, ['now']),
    ),
    check: (result, [, moves]) => {
      const r = result as rules.MovePreview;
      expect(r.moved).toBe((moves as unknown[]).length);
      expect(r.leadsFiring).toBeLessThanOrEqual(r.moved);
      for (const x of r.rules) expect(x.leads).toBeLessThanOrEqual(r.leadsFiring);
      expect(r.stopped.settled + r.stopped.cycle.leads + r.stopped.depth.leads).toBe(r.moved);
      expect(r.statuses.reduce((n, x) => n + x.leads, 0)).toBe(r.moved);
    },
  },
  describeMovePreview: {
    args: fc.tuple(
      validOrHostile(
        fc
          .tuple(
            fc.uniqueArray(validRule, { maxLength: 4, selector: (r) => r.id }),
            fc.array(
              fc.record({ lead: validLead, trigger: fc.record({ type: fc.constant('statusChange'), to: statuses }) }),
              {
                maxLength: 3,
              },
            ),
          )
          .map(([list, moves]) => {
            try {
              return rules.previewMove(list, moves, { now: NOW });
            } catch {
              return rules.previewMove([], moves, { now: NOW }); // a rule that needs a model
            }
          }),
      ),
      options({ locale: fc.constantFrom('en-US', 'de-DE'), groups: fc.constant(LEAD_GROUPS) }),
    ),
    check: (result, [p]) => {
      const lines = result as string[];
      expect(lines.length > 0).toBe((p as rules.MovePreview).moved > 0);
      for (const line of lines) expect(line).toMatch(/\.$/);
    },
  },
  describeRule: {
    args: fc.tuple(someRule, validOrHostile(catalog)),
    check: (result, [r]) => {
      for (const a of (r as Rule).actions) expect(result as string).toContain(rules.describeAction(a));
    },
  },
  describeTrigger: {
    args: fc.tuple(validOrHostile(trigger)),
    check: (result) => expect((result as string).length).toBeGreaterThan(0),
  },
  applyRuns: {
    args: fc.tuple(state, validOrHostile(fc.array(validOrHostile(run), { maxLength: 3 }))),
    check: (result, [before, list]) => {
      // each rule's count over all leads grows by its runs (the entries applyRuns read and checked)
      const runsOf = (s: unknown, id: string) =>
        (
          Object.getOwnPropertyDescriptor((s as RuleState | undefined)?.rules ?? {}, id)?.value as
            { runs: number } | undefined
        )?.runs ?? 0;
      const given = list as Array<{ ruleId: string }>;
      for (const id of new Set(given.map((r) => r.ruleId)))
        expect(runsOf(result, id)).toBe(runsOf(before, id) + given.filter((r) => r.ruleId === id).length);
    },
  },
  emptyRuleState: {
    args: fc.tuple(),
    check: (result) => expect(result).toEqual({ rules: {}, leads: {} }),
  },
  markTicked: {
    args: fc.tuple(
      state,
      validOrHostile(fc.constantFrom(['r1'], ['r1', '__proto__'], [])),
      validOrHostile(fc.constant(NOW)),
    ),
    check: (result, [, list, at]) => {
      for (const id of list as string[])
        expect(Object.getOwnPropertyDescriptor((result as RuleState).ticks, id)?.value).toBe(at);
    },
  },
  dueRules: {
    args: fc.tuple(ruleList, state, validOrHostile(time)),
    check: (result, [list]) => {
      for (const d of result as rules.DueRule[]) expect(ids(list as Rule[])).toContain(d.ruleId);
    },
  },

  // preview and reports
  previewRule: {
    args: fc.tuple(
      someRule,
      leads,
      options(
        {
          now: time,
          maxExamples: fc.integer({ min: 0, max: 3 }),
          model,
          catalog,
          segment: conditions,
          missingFactShare: fc.double({ min: 0, max: 1, noNaN: true }),
        },
        ['now'],
      ),
    ),
    check: (result, [, list, opts]) => {
      const r = result as rules.PreviewReport;
      expect(r.sampleSize).toBe((list as unknown[]).length);
      // without a segment, total is every lead the lead check accepts (the others are errors)
      if ((opts as { segment?: unknown }).segment === undefined) {
        const accepted = (list as unknown[]).filter(passesLeadCheck).length;
        expect(r.total).toBe(accepted);
        expect(r.errors.length).toBeGreaterThanOrEqual(r.sampleSize - accepted);
      } else expect(r.total).toBeLessThanOrEqual(r.sampleSize);
      expect(r.matched).toBeLessThanOrEqual(r.total);
      expect(r.matchedShare).toBe(r.total === 0 ? null : r.matched / r.total);
      expect(r.examples.length).toBeLessThanOrEqual(
        Math.min(r.matched, (opts as { maxExamples?: number }).maxExamples ?? 5),
      );
      expect(Object.values(r.actionCounts).every((n) => n <= r.matched)).toBe(true);
    },
  },
  sampleLeads: {
    args: fc.tuple(
      leads,
      options(
        {
          now: time,
          withinDays: fc.integer({ min: 1, max: 30 }),
          size: fc.integer({ min: 0, max: 3 }),
          anonymize: fc.boolean(),
          seed: fc.integer(),
          personalFields: fc.constantFrom(['name', 'email'], ['__proto__']),
        },
        ['now'],
      ),
    ),
    check: (result, [list, opts]) => {
      const out = result as Lead[];
      expect(out.length).toBeLessThanOrEqual((opts as { size?: number }).size ?? (list as unknown[]).length);
      for (const l of out) expect(list as unknown[]).not.toContain(l); // copies, never the caller's objects
    },
  },
  actionKey: {
    args: fc.tuple(validOrHostile(action)),
    check: (result, [a]) => expect((result as string).startsWith((a as Action).type)).toBe(true),
  },
  ruleUsage: {
    args: fc.tuple(ruleList),
    check: (result, [list]) => {
      const active = (list as Rule[]).filter((r) => r.enabled !== false).map((r) => r.id);
      const u = result as rules.RuleUsage;
      for (const used of [...Object.values(u.facts), ...Object.values(u.actions)])
        for (const id of used ?? []) expect(active).toContain(id);
    },
  },
  summarizeRuleLog: {
    args: fc.tuple(
      validOrHostile(
        fc.array(
          validOrHostile(
            fc.oneof(
              fc.record({
                kind: fc.constant('fired'),
                ruleId: fc.constantFrom('r1', '__proto__'),
                leadId: fc.constantFrom('L1', 'L2'),
                at: time,
                actions: fc.array(action, { maxLength: 2 }),
              }),
              fc.record({
                kind: fc.constant('outcome'),
                leadId: fc.constantFrom('L1', 'L2'),
                at: time,
                outcome: fc.constantFrom('converted', '__proto__'),
              }),
            ),
          ),
          { maxLength: 4 },
        ),
      ),
      options({ withinHours: fc.integer({ min: 1, max: 100 }) }),
    ),
    check: (result, [log]) => {
      const fired = (log as Array<{ kind: string }>).filter((e) => e.kind === 'fired').length;
      expect((result as rules.RuleSummary[]).reduce((n, s) => n + s.fired, 0)).toBe(fired);
    },
  },
  toRuleLog: {
    args: fc.tuple(
      validOrHostile(
        fc
          .tuple(fc.uniqueArray(validRule, { maxLength: 3, selector: (r) => r.id }), validLead)
          .map(([list, l]) => rules.evaluateRules(list, l, { now: NOW, model: b2bLeadModel })),
      ),
    ),
    check: (result, [ev]) => expect((result as unknown[]).length).toBe((ev as RuleEvaluation).fired.length),
  },
  conditionsToQuery: {
    args: fc.tuple(conditions),
    check: (result, [c]) => {
      expect(result).toHaveProperty('rules'); // a query's root is a group
      if (isValidTree(c)) expect(rules.queryToConditions(result)).toEqual(c); // the exact inverse on valid trees
    },
  },
  queryToConditions: {
    args: fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: tree.group.map((g) => rules.conditionsToQuery(g as rules.TopLevelCondition)) },
        {
          weight: 1,
          arbitrary: fc.tuple(tree.group, hostile).map(([g, bad]) => ({
            combinator: 'or',
            rules: [rules.conditionsToQuery(g as rules.TopLevelCondition), bad],
          })),
        },
        { weight: 1, arbitrary: hostile },
      ),
    ),
    check: (result, [q]) => expect(rules.conditionsToQuery(result as rules.TopLevelCondition)).toEqual(q),
  },
  exportRules: {
    args: fc.tuple(ruleList, options({ catalog, exportedAt: validOrHostile(time) })),
    check: (result, [list, opts]) => {
      const c = (opts as { catalog?: never } | undefined)?.catalog;
      expect(rules.importRules(result as string, { catalog: c })).toHaveLength((list as Rule[]).length);
    },
  },
  importRules: {
    args: fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: ruleList.map((l) => ({ format: 'hotleads.rules', version: 1, rules: l })) },
        {
          weight: 2,
          arbitrary: fc
            .uniqueArray(validRule, { maxLength: 3, selector: (r) => r.id })
            .map((l) => rules.exportRules(l)),
        },
        { weight: 1, arbitrary: fc.constantFrom('{', '[]', '{"format":"hotleads.rules","version":2,"rules":[]}') },
        { weight: 1, arbitrary: hostile },
      ),
      options({ catalog }),
    ),
    check: (result, [, opts]) => {
      const c = (opts as { catalog?: never } | undefined)?.catalog;
      expect(rules.importRules(rules.exportRules(result as Rule[], { catalog: c }), { catalog: c })).toEqual(result);
    },
  },
  collectFacts: {
    args: fc.tuple(ruleList, lead, options({ now: time, trigger: triggerContext, model, catalog }, ['now'])),
    check: (result) => {
      for (const v of Object.values(result as Record<string, unknown>)) expect(v).not.toBeUndefined();
    },
  },
};

boundarySuite('@hotleads/rules', rules, counted('rules', ruleSpecs));

const engineToken = Symbol('a new json-rules-engine Engine');
boundarySuite(
  '@hotleads/rules/reference',
  reference,
  counted('reference', {
    Engine: { skip: "json-rules-engine's own class, re-exported as it is" },
    registerOperators: {
      // registering mutates the engine (its purpose), so a valid engine is made inside the call
      args: fc.tuple(validOrHostile(fc.constant(engineToken))),
      call: ([e], _ctx, f) =>
        (f as typeof reference.registerOperators)(e === engineToken ? new reference.Engine() : (e as never)),
      check: (result) => {
        const names = rules.customOperators.map((o) => o.name);
        for (const name of names)
          expect((result as { operators: { operators: Map<string, unknown> } }).operators.operators.has(name)).toBe(
            true,
          );
      },
    },
    createReferenceEngine: {
      args: fc.tuple(ruleList, options({ catalog })),
      // json-rules-engine agrees with the compiled matcher on a lead, or rejects the run (an operator error)
      check: async (result, [list, opts]) => {
        const enabled = (list as Rule[]).filter((r) => r.enabled !== false && !JSON.stringify(r).includes('"score"'));
        if (enabled.length !== (list as Rule[]).filter((r) => r.enabled !== false).length) return;
        const engine = result as reference.Engine;
        const l: Lead = { id: 'x', status: 'Untouched', budget: 5000, createdAt: NOW - 48 * H, jobTitle: 'CTO' };
        const catalogOpt = (opts as { catalog?: unknown } | undefined)?.catalog;
        let fired: string[] | undefined;
        try {
          const { events } = await engine.run(
            rules.collectFacts(list as Rule[], l, { now: NOW, catalog: catalogOpt as never }),
          );
          fired = events.map((e) => (e.params as { ruleId: string }).ruleId).sort();
        } catch {
          fired = undefined; // json-rules-engine rejects a run in which an operator throws
        }
        const m = rules.createMatcher(enabled, { now: NOW, catalog: catalogOpt as never });
        const out: boolean[] = [];
        m.matches(l, out);
        if (fired !== undefined)
          expect(fired).toEqual(
            enabled
              .filter((_, i) => out[i])
              .map((r) => r.id)
              .sort(),
          );
      },
    },
  }),
);

describe('boundary fuzz: coverage', () => {
  it('every function succeeded on valid input at least 20 times of its 300, so the oracles ran', () => {
    const few = [...successes].filter(([, n]) => n < 20);
    expect(few).toEqual([]);
  });
});
