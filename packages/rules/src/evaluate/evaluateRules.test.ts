import type { HotleadsError } from '@hotleads/core';
import { b2bLeadModel, scoreLead, type Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import type { Action, Rule, RuleState, TopLevelCondition, Trigger } from '../types';
import { evaluateRules } from './evaluateRules';
import { applyRuns, emptyRuleState } from './ruleState';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;
const ALWAYS: TopLevelCondition = { all: [{ fact: 'status', operator: 'notEqual', value: 'Spam' }] };

function rule(id: string, patch: Partial<Rule> = {}): Rule {
  return {
    id,
    name: id,
    trigger: { type: 'event', events: ['quote_request'] },
    conditions: ALWAYS,
    actions: [{ type: 'addTag', tag: id }],
    ...patch,
  };
}
const lead = (patch: Partial<Lead> = {}): Lead => ({ id: 'L1', status: 'Untouched', ...patch });
const fired = (rules: Rule[], l: Lead, ctx: Parameters<typeof evaluateRules>[2]) =>
  evaluateRules(rules, l, ctx).fired.map((f) => f.ruleId);
const quote = { type: 'event', event: 'quote_request' } as const;

describe('evaluateRules: triggers', () => {
  const byTrigger = (trigger: Trigger) => rule('r', { trigger });

  it('statusChange matches from and/or to', () => {
    const r = byTrigger({ type: 'statusChange', from: 'Untouched', to: 'Nurturing' });
    expect(
      fired([r], lead(), { now: NOW, trigger: { type: 'statusChange', from: 'Untouched', to: 'Nurturing' } }),
    ).toEqual(['r']);
    expect(
      fired([r], lead(), { now: NOW, trigger: { type: 'statusChange', from: 'Qualified', to: 'Nurturing' } }),
    ).toEqual([]);
    const toOnly = byTrigger({ type: 'statusChange', to: 'Customer' });
    expect(
      fired([toOnly], lead(), { now: NOW, trigger: { type: 'statusChange', from: 'Qualified', to: 'Customer' } }),
    ).toEqual(['r']);
    expect(
      fired([toOnly], lead(), { now: NOW, trigger: { type: 'statusChange', from: 'Qualified', to: 'Spam' } }),
    ).toEqual([]);
  });

  it('fieldChange matches when one of its fields changed', () => {
    const r = byTrigger({ type: 'fieldChange', fields: ['budget', 'companySize'] });
    expect(fired([r], lead(), { now: NOW, trigger: { type: 'fieldChange', fields: ['jobTitle', 'budget'] } })).toEqual([
      'r',
    ]);
    const miss = evaluateRules([r], lead(), { now: NOW, trigger: { type: 'fieldChange', fields: ['jobTitle'] } });
    expect(miss.skipped).toMatchObject([{ ruleId: 'r', reason: 'trigger' }]);
  });

  it('event matches listed event types only', () => {
    const r = byTrigger({ type: 'event', events: ['quote_request', 'contact_seller'] });
    expect(fired([r], lead(), { now: NOW, trigger: { type: 'event', event: 'contact_seller' } })).toEqual(['r']);
    expect(fired([r], lead(), { now: NOW, trigger: { type: 'event', event: 'page_view' } })).toEqual([]);
  });

  it('schedule matches a scheduler tick (only the listed rules when ruleIds is given)', () => {
    const r = byTrigger({ type: 'schedule', cron: '0 * * * *' });
    expect(fired([r], lead(), { now: NOW, trigger: { type: 'schedule' } })).toEqual(['r']);
    expect(fired([r], lead(), { now: NOW, trigger: { type: 'schedule', ruleIds: ['other'] } })).toEqual([]);
    expect(fired([r], lead(), { now: NOW, trigger: quote })).toEqual([]);
  });

  it('without a trigger context every trigger counts as matched (a manual run)', () => {
    expect(
      fired(
        [
          byTrigger({ type: 'fieldChange', fields: ['x'] }),
          rule('s', { trigger: { type: 'schedule', cron: '* * * * *' } }),
        ],
        lead(),
        { now: NOW },
      ),
    ).toEqual(['r', 's']);
  });
});

describe('evaluateRules: priority and blocking', () => {
  it('runs higher priority first, default 5, equal priorities in list order', () => {
    const rules = [rule('a', { priority: 2 }), rule('b'), rule('c', { priority: 9 }), rule('d', { priority: 5 })];
    expect(fired(rules, lead(), { now: NOW, trigger: quote })).toEqual(['c', 'b', 'd', 'a']);
    const r = evaluateRules(rules, lead(), { now: NOW, trigger: quote });
    expect(r.fired.map((f) => f.priority)).toEqual([9, 5, 5, 2]);
    expect(r.actions.map((a) => a.ruleId)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('maps High / Medium / Low to 8 / 5 / 2', () => {
    const rules = [
      rule('low', { priority: 'Low' as never }),
      rule('high', { priority: 'High' as never }),
      rule('mid', { priority: 'Medium' as never }),
      rule('seven', { priority: 7 }),
    ];
    expect(evaluateRules(rules, lead(), { now: NOW, trigger: quote }).fired.map((f) => [f.ruleId, f.priority])).toEqual(
      [
        ['high', 8],
        ['seven', 7],
        ['mid', 5],
        ['low', 2],
      ],
    );
  });

  it('a blocking rule that fires skips every later rule for this lead only', () => {
    const rules = [
      rule('top', { priority: 9 }),
      rule('gate', {
        priority: 7,
        blocking: true,
        conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 1000 }] },
      }),
      rule('same', { priority: 7 }),
      rule('low', { priority: 3 }),
    ];
    const rich = evaluateRules(rules, lead({ budget: 5000 }), { now: NOW, trigger: quote });
    expect(rich.fired.map((f) => f.ruleId)).toEqual(['top', 'gate']);
    expect(rich.skipped).toMatchObject([
      { ruleId: 'same', reason: 'blocked', blockedBy: 'gate', detail: 'blocked by rule "gate"' },
      { ruleId: 'low', reason: 'blocked', blockedBy: 'gate' },
    ]);
    // another lead, where the blocking rule does not fire, is not blocked
    expect(fired(rules, lead({ id: 'L2', budget: 10 }), { now: NOW, trigger: quote })).toEqual(['top', 'same', 'low']);
  });

  it('a blocking rule that does not run (trigger) blocks nothing', () => {
    const rules = [
      rule('gate', { priority: 9, blocking: true, trigger: { type: 'event', events: ['other'] } }),
      rule('next'),
    ];
    expect(fired(rules, lead(), { now: NOW, trigger: quote })).toEqual(['next']);
  });
});

describe('evaluateRules: execution modes with RuleState', () => {
  function runAt(rules: Rule[], at: number, state: RuleState, l: Lead = lead()) {
    const r = evaluateRules(rules, l, { now: at, trigger: quote, state });
    return { r, state: applyRuns(state, r.runs) };
  }

  it('without a mode a rule runs every time it matches', () => {
    let state = emptyRuleState();
    for (let i = 0; i < 3; i++) {
      const step = runAt([rule('r')], NOW + i, state);
      expect(step.r.fired).toHaveLength(1);
      state = step.state;
    }
    expect(state.rules.r!.runs).toBe(3);
  });

  it('once: runs for a lead once, then is completed (other leads still run)', () => {
    const r = [rule('r', { execution: { mode: 'once' } })];
    let s = runAt(r, NOW, emptyRuleState());
    expect(s.r.fired).toHaveLength(1);
    s = runAt(r, NOW + 100 * H, s.state);
    expect(s.r.skipped).toMatchObject([{ reason: 'completed' }]);
    expect(runAt(r, NOW + 100 * H, s.state, lead({ id: 'L2' })).r.fired).toHaveLength(1);
  });

  it('periodic: not due until everyHours passed since the last run', () => {
    const r = [rule('r', { execution: { mode: 'periodic', everyHours: 24 } })];
    let s = runAt(r, NOW, emptyRuleState());
    expect(s.r.fired).toHaveLength(1);
    const early = runAt(r, NOW + 23 * H, s.state);
    expect(early.r.skipped).toMatchObject([
      { reason: 'notDue', detail: expect.stringContaining('2026-03-02T12:00:00.000Z') },
    ]);
    s = runAt(r, NOW + 24 * H, s.state);
    expect(s.r.fired).toHaveLength(1);
    expect(s.state.leads.L1!.r).toEqual({ runs: 2, firstRunAt: NOW, lastRunAt: NOW + 24 * H });
  });

  it('cycle: every 3 days for 2 weeks, then completed', () => {
    const r = [rule('r', { execution: { mode: 'cycle', everyHours: 72, forHours: 336 } })];
    let state = emptyRuleState();
    const firedAt: number[] = [];
    for (let h = 0; h <= 400; h += 12) {
      const s = runAt(r, NOW + h * H, state);
      if (s.r.fired.length > 0) firedAt.push(h);
      state = s.state;
    }
    expect(firedAt).toEqual([0, 72, 144, 216, 288]);
    expect(runAt(r, NOW + 337 * H, state).r.skipped).toMatchObject([{ reason: 'completed' }]);
  });
});

describe('evaluateRules: sunset and disabled', () => {
  it('sunset.at ends a rule from that time', () => {
    const r = [rule('r', { sunset: { at: '2026-03-01T12:00:00Z' } })];
    expect(fired(r, lead(), { now: NOW - 1, trigger: quote })).toEqual(['r']);
    expect(evaluateRules(r, lead(), { now: NOW, trigger: quote }).skipped).toMatchObject([
      { reason: 'sunset', detail: 'sunset at 2026-03-01T12:00:00Z' },
    ]);
  });

  it('sunset.afterRuns counts runs over all leads', () => {
    const r = [rule('r', { sunset: { afterRuns: 2 } })];
    let state = emptyRuleState();
    const results = ['A', 'B', 'C'].map((id) => {
      const ev = evaluateRules(r, lead({ id }), { now: NOW, trigger: quote, state });
      state = applyRuns(state, ev.runs);
      return ev.fired.length;
    });
    expect(results).toEqual([1, 1, 0]);
    expect(evaluateRules(r, lead({ id: 'D' }), { now: NOW, trigger: quote, state }).skipped[0]?.reason).toBe('sunset');
  });

  it('sunset.onEvent ends the rule for the lead that had the event only', () => {
    const r = [rule('r', { sunset: { onEvent: 'email_reply' }, trigger: { type: 'schedule', cron: '0 * * * *' } })];
    const replied = lead({ events: [{ type: 'email_reply', at: NOW - H }] });
    expect(evaluateRules(r, replied, { now: NOW, trigger: { type: 'schedule' } }).skipped).toMatchObject([
      { reason: 'sunset', detail: expect.stringContaining('email_reply') },
    ]);
    expect(fired(r, lead({ id: 'other' }), { now: NOW, trigger: { type: 'schedule' } })).toEqual(['r']);
    // an event after now does not count yet
    expect(
      fired(r, lead({ events: [{ type: 'email_reply', at: NOW + H }] }), { now: NOW, trigger: { type: 'schedule' } }),
    ).toEqual(['r']);
    // the triggering event itself ends it
    const onReply = [
      rule('r2', { sunset: { onEvent: 'email_reply' }, trigger: { type: 'event', events: ['email_reply'] } }),
    ];
    expect(fired(onReply, lead(), { now: NOW, trigger: { type: 'event', event: 'email_reply' } })).toEqual([]);
  });

  it('disabled rules are listed as skipped and never fire', () => {
    const r = evaluateRules([rule('off', { enabled: false }), rule('on')], lead(), { now: NOW, trigger: quote });
    expect(r.fired.map((f) => f.ruleId)).toEqual(['on']);
    expect(r.skipped).toMatchObject([{ ruleId: 'off', reason: 'disabled' }]);
  });
});

describe('evaluateRules: results, derived facts and errors', () => {
  it('lists fired rules with actions and explanations, and skipped rules with why', () => {
    const actions: Action[] = [
      { type: 'updateStatus', status: 'Nurturing' },
      { type: 'sendEmail', template: 'welcome' },
    ];
    const rules = [
      rule('yes', { actions, conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 100 }] } }),
      rule('no', { conditions: { all: [{ fact: 'budget', operator: 'lessThan', value: 100 }] } }),
    ];
    const r = evaluateRules(rules, lead({ budget: 500 }), { now: NOW, trigger: quote });
    expect(r.leadId).toBe('L1');
    expect(r.fired).toEqual([
      {
        ruleId: 'yes',
        name: 'yes',
        priority: 5,
        actions,
        explanation: {
          kind: 'all',
          pass: true,
          conditions: [
            { kind: 'fact', fact: 'budget', operator: 'greaterThan', value: 100, factValue: 500, pass: true },
          ],
        },
      },
    ]);
    expect(r.actions).toEqual(actions.map((action) => ({ ruleId: 'yes', action })));
    expect(r.skipped).toEqual([
      {
        ruleId: 'no',
        name: 'no',
        reason: 'conditions',
        detail: 'conditions not met',
        explanation: {
          kind: 'all',
          pass: false,
          conditions: [{ kind: 'fact', fact: 'budget', operator: 'lessThan', value: 100, factValue: 500, pass: false }],
        },
      },
    ]);
    expect(r.runs).toEqual([{ ruleId: 'yes', leadId: 'L1', at: NOW }]);
    expect(
      evaluateRules(rules, lead({ budget: 500 }), { now: NOW, trigger: quote, explain: false }).fired[0]?.explanation,
    ).toBeUndefined();
  });

  it('computes hoursUntouched, hoursSince.<type>, previousStatus and changedFields', () => {
    const l = lead({
      createdAt: NOW - 100 * H,
      events: [
        { type: 'quote_request', at: new Date(NOW - 30 * H).toISOString() },
        { type: 'page_view', at: NOW - H },
      ],
    });
    const cond = (c: TopLevelCondition) => fired([rule('r', { conditions: c })], l, { now: NOW });
    expect(cond({ all: [{ fact: 'hoursUntouched', operator: 'withinRange', value: [29.9, 30.1] }] })).toEqual(['r']); // page_view is not active interest
    expect(cond({ all: [{ fact: 'hoursSince.page_view', operator: 'equal', value: 1 }] })).toEqual(['r']);
    expect(cond({ all: [{ fact: 'hoursSince.email_reply', operator: 'equal', value: null }] })).toEqual([]); // undefined, not null
    expect(
      fired(
        [rule('r', { conditions: { all: [{ fact: 'hoursUntouched', operator: 'equal', value: 100 }] } })],
        lead({ createdAt: NOW - 100 * H }),
        { now: NOW },
      ),
    ).toEqual(['r']);
    const prev = rule('p', {
      trigger: { type: 'statusChange' },
      conditions: { all: [{ fact: 'previousStatus', operator: 'equal', value: 'Untouched' }] },
    });
    expect(
      fired([prev], lead({ status: 'Nurturing' }), {
        now: NOW,
        trigger: { type: 'statusChange', from: 'Untouched', to: 'Nurturing' },
      }),
    ).toEqual(['p']);
    const changed = rule('c', {
      trigger: { type: 'fieldChange', fields: ['budget'] },
      conditions: { all: [{ fact: 'changedFields', operator: 'contains', value: 'budget' }] },
    });
    expect(fired([changed], lead(), { now: NOW, trigger: { type: 'fieldChange', fields: ['budget'] } })).toEqual(['c']);
    expect(
      fired([rule('n', { conditions: { all: [{ fact: 'now', operator: 'equal', value: NOW }] } })], lead(), {
        now: new Date(NOW),
      }),
    ).toEqual(['n']);
  });

  it('uses core scoring for score / band, and refuses them without a model', () => {
    const l = lead({ contactName: 'Ada', email: 'ada@example.com', authority: 'Decision Maker', budget: 90000 });
    const expected = scoreLead(l, b2bLeadModel, { now: NOW, explain: false });
    const r = rule('s', {
      conditions: {
        all: [
          { fact: 'score', operator: 'equal', value: expected.score },
          { fact: 'band', operator: 'equal', value: expected.band },
        ],
      },
    });
    expect(fired([r], l, { now: NOW, model: b2bLeadModel })).toEqual(['s']);
    expect(() => evaluateRules([r], l, { now: NOW })).toThrow(
      expect.objectContaining({ code: 'MODEL_REQUIRED', path: [0, 'conditions'] }),
    );
  });

  it('reports an operator error per rule without stopping the others', () => {
    const bad = rule('bad', { conditions: { all: [{ fact: 'status', operator: 'in', value: { fact: 'budget' } }] } });
    const r = evaluateRules([bad, rule('ok')], lead({ budget: 5 }), { now: NOW, trigger: quote });
    expect(r.fired.map((f) => f.ruleId)).toEqual(['ok']);
    expect(r.errors).toEqual([{ ruleId: 'bad', message: expect.stringContaining('indexOf') }]);
    expect(r.skipped[0]).toMatchObject({ ruleId: 'bad', reason: 'error' });
  });

  it('does the cheap lead check: an id and parseable event times', () => {
    const check = (l: unknown) => {
      try {
        evaluateRules([rule('r')], l as Lead, { now: NOW });
      } catch (e) {
        return e as HotleadsError;
      }
      throw new Error('expected a throw');
    };
    expect(check({ name: 'x' })).toMatchObject({ code: 'INVALID_LEAD', path: ['id'] });
    expect(check({ id: 'x', events: [{ type: 'a', at: '2026-03-01 10:00' }] })).toMatchObject({
      code: 'INVALID_LEAD',
      path: ['events', 0, 'at'],
    });
    expect(() => evaluateRules([rule('r')], lead(), { now: '2026-03-01T10:00:00' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME' }),
    );
  });

  it('tolerates odd field values (a wrong type fails the condition)', () => {
    const r = rule('r', { conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 100 }] } });
    for (const budget of ['lots', null, {}, [], true]) expect(fired([r], lead({ budget }), { now: NOW })).toEqual([]);
  });

  it('applyRuns keeps plain, JSON-safe state and never writes through __proto__', () => {
    const state = applyRuns(undefined, [{ ruleId: 'r', leadId: '__proto__', at: NOW }]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(Object.keys(state.leads)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).r).toBeUndefined();
  });
});
