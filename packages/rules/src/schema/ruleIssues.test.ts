import { b2bLeadModel, HotleadsError } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, rule } from '../__tests__/arbitraries';
import { ruleTemplates } from '../templates/ruleTemplates';
import { RULE_ISSUE_MESSAGES, ruleIssues } from './ruleIssues';
import { validateRule } from './validateRule';

const base = () => ({
  id: 'r1',
  name: 'Draft',
  trigger: { type: 'event', events: ['quote_request'] },
  conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] },
  actions: [{ type: 'addTag', tag: 'hot' }],
});

const paths = (input: unknown, options = {}) => ruleIssues(input, options).map((i) => [i.path.join('.'), i.kind]);

describe('ruleIssues', () => {
  it('finds nothing in a valid rule, nor in any template', () => {
    expect(ruleIssues(base())).toEqual([]);
    for (const t of ruleTemplates) expect(ruleIssues(t, { model: b2bLeadModel })).toEqual([]);
  });

  it('tells a draft with no condition and no action yet as incomplete, not wrong', () => {
    const issues = ruleIssues({ ...base(), conditions: { all: [] }, actions: [] });
    expect(issues.map((i) => ({ path: i.path, kind: i.kind, code: i.code }))).toEqual([
      { path: ['conditions', 'all'], kind: 'incomplete', code: 'INVALID_RULE' },
      { path: ['actions'], kind: 'incomplete', code: 'INVALID_RULE' },
    ]);
    expect(issues[1]!.message).toBe('Invalid rule: A rule needs at least one action');
  });

  it('lists every missing field of an empty draft as incomplete', () => {
    const issues = ruleIssues({});
    expect(issues.map((i) => i.path[0]).sort()).toEqual(['actions', 'conditions', 'id', 'name', 'trigger']);
    expect(issues.every((i) => i.kind === 'incomplete')).toBe(true);
    // The first is the one validateRule throws (the deepest), then the others in order.
    expect(paths({ ...base(), name: '', trigger: { type: 'event', events: [] } })).toEqual([
      ['trigger.events', 'incomplete'],
      ['name', 'incomplete'],
    ]);
  });

  it('reports every wrong part at once, each at its own path, after the one validateRule throws', () => {
    const input = {
      ...base(),
      trigger: { type: 'schedule', cron: 'every tuesday' },
      conditions: {
        all: [
          { fact: 'shoeSize', operator: 'equal', value: 42 },
          { fact: 'budget', operator: 'greaterThan', value: 'lots' },
          { any: [{ fact: 'status', operator: 'biggerThan', value: 1 }] },
        ],
      },
    };
    expect(paths(input)).toEqual([
      ['trigger.cron', 'wrong'],
      ['conditions.all.0.fact', 'wrong'],
      ['conditions.all.1.value', 'wrong'],
      ['conditions.all.2.any.0.operator', 'wrong'],
    ]);
    let thrown: HotleadsError | undefined;
    try {
      validateRule(input);
    } catch (e) {
      thrown = e as HotleadsError;
    }
    expect(thrown).toMatchObject({ path: ruleIssues(input)[0]!.path, detail: ruleIssues(input)[0]!.message });
  });

  it('keeps on after a structural problem: the conditions are still checked when they parse', () => {
    const input = { ...base(), priority: 11, conditions: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] } };
    expect(paths(input)).toEqual([
      ['priority', 'wrong'],
      ['conditions.all.0.fact', 'wrong'],
    ]);
    // A comparison missing its value is incomplete; a wrong operator beside it is wrong.
    const mixed = {
      ...base(),
      conditions: {
        all: [
          { fact: 'budget', operator: 'greaterThan' },
          { fact: 'budget', operator: 'biggerThan', value: 1 },
        ],
      },
    };
    expect(paths(mixed)).toEqual([
      ['conditions.all.0.value', 'incomplete'],
      ['conditions.all.1.operator', 'wrong'],
    ]);
  });

  it('reports a condition tree that is too deep or cyclic, and still checks the rest', () => {
    const cyclic: Record<string, unknown> = { all: [] };
    (cyclic.all as unknown[]).push(cyclic);
    expect(paths({ ...base(), conditions: cyclic, actions: [] })).toEqual([
      ['conditions.all.0', 'wrong'],
      ['actions', 'incomplete'],
    ]);
  });

  it('needs a model for score and band, unlike validateRule', () => {
    const input = {
      ...base(),
      conditions: {
        any: [
          { fact: 'score', operator: 'greaterThan', value: 60 },
          { fact: 'band', operator: 'equal', value: 'HOT' },
        ],
      },
    };
    expect(ruleIssues(input)).toEqual([
      {
        path: ['conditions', 'any', 0, 'fact'],
        code: 'MODEL_REQUIRED',
        message: RULE_ISSUE_MESSAGES.model,
        kind: 'wrong',
      },
      {
        path: ['conditions', 'any', 1, 'fact'],
        code: 'MODEL_REQUIRED',
        message: RULE_ISSUE_MESSAGES.model,
        kind: 'wrong',
      },
    ]);
    expect(ruleIssues(input, { model: b2bLeadModel })).toEqual([]);
    expect(validateRule(input).id).toBe('r1');
  });

  it('answers input that is no rule with one wrong issue, and refuses bad options', () => {
    expect(paths('rule')).toEqual([['', 'wrong']]);
    expect(paths(null)).toEqual([['', 'wrong']]);
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(ruleIssues(trap)).toHaveLength(1);
    expect(() => ruleIssues(base(), { catalog: 'x' } as never)).toThrow(HotleadsError);
    expect(() => ruleIssues(base(), { model: { id: 'm' } } as never)).toThrow(HotleadsError);
  });

  it('agrees with validateRule on random rules and broken ones: no issue exactly when it accepts, and its error is the first issue', () => {
    const broken = fc.oneof(
      { weight: 2, arbitrary: rule },
      {
        weight: 5,
        arbitrary: fc
          .tuple(
            rule,
            fc.constantFrom<Array<[string, unknown]>>(
              [['actions', []]],
              [['actions', [{ type: 'sendEmail' }]]],
              [['conditions', { all: [] }]],
              [
                [
                  'conditions',
                  {
                    any: [
                      { fact: 'f1', operator: 'greaterThan' },
                      { fact: 'zzz', operator: 'equal', value: 1 },
                    ],
                  },
                ],
              ],
              [['trigger', { type: 'schedule', cron: '61 * * * *', timezone: 'Mars/Olympus' }]],
              [
                ['priority', 0],
                ['name', ''],
              ],
              [
                ['id', '__proto__'],
                ['extra', 1],
              ],
              [['trigger', undefined]],
              [['conditions', { fact: 'f1', operator: 'equal', value: 1 }]],
            ),
          )
          .map(([r, patch]) => ({ ...r, ...Object.fromEntries(patch) })),
      },
    );
    let invalid = 0;
    fc.assert(
      fc.property(broken, (input) => {
        const issues = ruleIssues(input, { catalog, model: b2bLeadModel });
        let error: HotleadsError | undefined;
        try {
          validateRule(input, { catalog });
        } catch (e) {
          error = e as HotleadsError;
        }
        expect(error === undefined).toBe(issues.length === 0);
        if (error !== undefined) {
          invalid++;
          expect({ code: error.code, path: error.path, detail: error.detail }).toEqual({
            code: issues[0]!.code,
            path: issues[0]!.path,
            detail: issues[0]!.message,
          });
        }
        for (const i of issues) expect(['incomplete', 'wrong']).toContain(i.kind);
      }),
      { numRuns: 500 },
    );
    expect(invalid).toBeGreaterThan(200);
  }, 60_000);
});
