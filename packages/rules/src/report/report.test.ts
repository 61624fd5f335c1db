import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate/evaluateRules';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { Rule } from '../types';
import { ruleUsage } from './ruleUsage';
import { summarizeRuleLog, toRuleLog, type RuleLogEntry } from './summarizeRuleLog';

describe('ruleUsage', () => {
  it('counts the facts of a named condition for the rules that reference it, nested references included', () => {
    const conditions = {
      bigBudget: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] },
      hotBig: { all: [{ condition: 'bigBudget' }, { fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    };
    const rule: Rule = {
      id: 'uses-named',
      name: 'uses a named condition',
      trigger: { type: 'event', events: ['x'] },
      conditions: { any: [{ condition: 'hotBig' }] },
      actions: [{ type: 'addTag', tag: 't' }],
    };
    const u = ruleUsage([rule], { conditions });
    expect(u.facts).toEqual({ budget: ['uses-named'], leadSource: ['uses-named'] });
    // Without the registry the reference names no fact; an unknown name in the registry is refused.
    expect(ruleUsage([rule]).facts).toEqual({});
    expect(() => ruleUsage([rule], { conditions: { a: { condition: 'b' } } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE' }),
    );
  });

  it('lists, per fact and per action kind, the active rules that use them', () => {
    const off: Rule = { ...ruleTemplates[0]!, id: 'off', enabled: false };
    const ref: Rule = {
      ...ruleTemplates[4]!,
      id: 'ref',
      conditions: { all: [{ fact: 'balance', operator: 'greaterThan', value: { fact: 'budget' } }] },
    };
    const u = ruleUsage([...ruleTemplates, off, ref]);
    expect(u.facts.hoursUntouched).toEqual(['new-lead-needs-outreach', 'recycle-unqualified']);
    expect(u.facts.leadSource).toEqual(['new-lead-needs-outreach']);
    expect(u.facts.balance).toEqual(['abandoned-payment-alert', 'broken-promise-follow-up', 'ref']);
    expect(u.facts.budget).toEqual(['ref']);
    expect(u.actions.updateStatus).toEqual([
      'new-lead-needs-outreach',
      'recycle-unqualified',
      'quote-request-qualifies',
    ]);
    expect(u.actions.createQuote).toEqual(['quote-request-qualifies']);
    expect(u.actions.notify).toEqual(['abandoned-payment-alert', 'ref']);
    expect(Object.values(u.facts).flat()).not.toContain('off');
    expect(Object.keys(u.facts)).toEqual([...Object.keys(u.facts)].sort());
  });
});

describe('summarizeRuleLog', () => {
  it('counts firings, leads, actions, last firing and the outcome rate', () => {
    const log: RuleLogEntry[] = [
      {
        kind: 'fired',
        ruleId: 'a',
        leadId: 'L1',
        at: '2026-03-01T10:00:00Z',
        actions: [
          { type: 'sendEmail', template: 'x' },
          { type: 'addTag', tag: 't' },
        ],
      },
      {
        kind: 'fired',
        ruleId: 'a',
        leadId: 'L2',
        at: '2026-03-02T10:00:00Z',
        actions: [{ type: 'sendEmail', template: 'x' }],
      },
      {
        kind: 'fired',
        ruleId: 'a',
        leadId: 'L1',
        at: '2026-03-03T10:00:00Z',
        actions: [{ type: 'sendEmail', template: 'x' }],
      },
      { kind: 'fired', ruleId: 'b', leadId: 'L3', at: '2026-03-01T10:00:00Z' },
      { kind: 'outcome', leadId: 'L1', at: '2026-03-05T10:00:00Z', outcome: 'converted' },
      { kind: 'outcome', leadId: 'L2', at: '2026-03-01T09:00:00Z', outcome: 'payment' }, // before the rule fired: not counted
      { kind: 'outcome', leadId: 'L3', at: '2026-04-30T10:00:00Z', outcome: 'payment' },
    ];
    const [a, b] = summarizeRuleLog(log);
    expect(a).toEqual({
      ruleId: 'a',
      fired: 3,
      leads: 2,
      actions: { sendEmail: 3, addTag: 1 },
      lastFiredAt: '2026-03-03T10:00:00.000Z',
      outcomes: { converted: 1 },
      outcomeRate: 0.5,
    });
    expect(b).toMatchObject({ ruleId: 'b', fired: 1, outcomes: { payment: 1 }, outcomeRate: 1 });
    expect(summarizeRuleLog(log, { withinHours: 24 * 7 })[1]).toMatchObject({
      ruleId: 'b',
      outcomes: {},
      outcomeRate: 0,
    });
    expect(summarizeRuleLog(log.filter((e) => e.kind === 'fired'))[0]!.outcomeRate).toBeNull();
    expect(() => summarizeRuleLog([{ kind: 'fired', ruleId: 'a', leadId: 'L', at: 'soon' }])).toThrow(
      expect.objectContaining({ path: [0, 'at'] }),
    );
  });

  it('builds log lines from an evaluation', () => {
    const ev = evaluateRules(
      ruleTemplates,
      { id: 'acc', balance: 120 },
      { now: '2026-03-01T10:00:00Z', trigger: { type: 'event', event: 'abandoned_payment' } },
    );
    const log = toRuleLog(ev);
    expect(log).toEqual([
      {
        kind: 'fired',
        ruleId: 'abandoned-payment-alert',
        leadId: 'acc',
        at: Date.parse('2026-03-01T10:00:00Z'),
        actions: ruleTemplates[4]!.actions,
      },
    ]);
    expect(summarizeRuleLog(log)[0]).toMatchObject({
      ruleId: 'abandoned-payment-alert',
      fired: 1,
      actions: { notify: 1 },
    });
  });
});
