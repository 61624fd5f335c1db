import type { Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate/evaluateRules';
import { applyRuns, emptyRuleState } from '../evaluate/ruleState';
import { validateRule } from '../schema/validateRule';
import { ruleTemplates } from './ruleTemplates';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const H = 3_600_000;
const byId = (id: string) => ruleTemplates.find((r) => r.id === id)!;
const fires = (id: string, lead: Lead, trigger: Parameters<typeof evaluateRules>[2]['trigger'], now = NOW) =>
  evaluateRules([byId(id)], lead, { now, trigger }).fired.length === 1;
const tick = { type: 'schedule' } as const;

describe('ruleTemplates', () => {
  it('has at least six valid templates with unique ids, frozen', () => {
    expect(ruleTemplates.length).toBeGreaterThanOrEqual(6);
    for (const t of ruleTemplates) expect(validateRule(t)).toEqual(t);
    expect(new Set(ruleTemplates.map((t) => t.id)).size).toBe(ruleTemplates.length);
    expect(Object.isFrozen(ruleTemplates[0]!.conditions)).toBe(true);
  });

  it('starts with "New Lead Needs Outreach" exactly as docs/rules.md describes it', () => {
    expect(ruleTemplates[0]).toEqual({
      id: 'new-lead-needs-outreach',
      name: 'New Lead Needs Outreach',
      description: ruleTemplates[0]!.description, // its own sentence, checked below
      trigger: { type: 'schedule', cron: '0 * * * *' },
      conditions: {
        all: [
          { fact: 'status', operator: 'equal', value: 'Untouched' },
          { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
          {
            any: [
              { fact: 'leadSource', operator: 'equal', value: 'Web Forms' },
              { fact: 'leadSource', operator: 'equal', value: 'Events' },
            ],
          },
        ],
      },
      actions: [
        { type: 'updateStatus', status: 'Nurturing' },
        { type: 'sendEmail', template: 'Welcome Email Template' },
      ],
      priority: 8,
      blocking: false,
    });
    const base = { id: 'L', status: 'Untouched', leadSource: 'Web Forms', createdAt: NOW - 25 * H };
    expect(fires('new-lead-needs-outreach', base, tick)).toBe(true);
    expect(fires('new-lead-needs-outreach', { ...base, leadSource: 'Events' }, tick)).toBe(true);
    expect(fires('new-lead-needs-outreach', { ...base, leadSource: 'Referrals' }, tick)).toBe(false);
    expect(fires('new-lead-needs-outreach', { ...base, createdAt: NOW - 23 * H }, tick)).toBe(false);
    expect(fires('new-lead-needs-outreach', { ...base, status: 'Nurturing' }, tick)).toBe(false);
    expect(
      fires('new-lead-needs-outreach', { ...base, events: [{ type: 'email_reply', at: NOW - 2 * H }] }, tick),
    ).toBe(false);
    expect(fires('new-lead-needs-outreach', base, { type: 'statusChange', to: 'Untouched' })).toBe(false);
  });

  it('nurture cycle: an email every 3 days for 2 weeks, ended by a reply', () => {
    let state = emptyRuleState();
    const sent: number[] = [];
    const lead = { id: 'N', status: 'Nurturing' };
    for (let day = 0; day <= 20; day++) {
      const ev = evaluateRules([byId('nurture-cycle')], lead, { now: NOW + day * 24 * H, trigger: tick, state });
      if (ev.fired.length > 0) sent.push(day);
      state = applyRuns(state, ev.runs);
    }
    expect(sent).toEqual([0, 3, 6, 9, 12]);
    expect(fires('nurture-cycle', { ...lead, events: [{ type: 'email_reply', at: NOW - H }] }, tick)).toBe(false);
  });

  it('recycles unqualified leads untouched for 90 days, once', () => {
    const lead = { id: 'U', status: 'Unqualified', createdAt: NOW - 91 * 24 * H };
    const ev = evaluateRules([byId('recycle-unqualified')], lead, { now: NOW, trigger: tick });
    expect(ev.actions.map((a) => a.action)).toEqual([
      { type: 'updateStatus', status: 'Recycled' },
      { type: 'addTag', tag: 'recycled' },
    ]);
    expect(fires('recycle-unqualified', { ...lead, createdAt: NOW - 89 * 24 * H }, tick)).toBe(false);
    const again = evaluateRules([byId('recycle-unqualified')], lead, {
      now: NOW + H,
      trigger: tick,
      state: applyRuns(undefined, ev.runs),
    });
    expect(again.skipped[0]?.reason).toBe('completed');
  });

  it('a quote request qualifies the lead, creates a quote, sets priority High, and blocks lower rules', () => {
    const ev = evaluateRules(
      ruleTemplates,
      { id: 'Q', status: 'Nurturing', quoteRequest: 'Submitted' },
      { now: NOW, trigger: { type: 'event', event: 'quote_request' } },
    );
    expect(ev.fired.map((f) => f.ruleId)).toEqual(['quote-request-qualifies']);
    expect(ev.actions.map((a) => a.action.type)).toEqual(['updateStatus', 'createQuote', 'setPriority', 'createTask']);
    expect(ev.skipped.filter((s) => s.reason === 'blocked').map((s) => s.ruleId)).toEqual([
      'broken-promise-follow-up',
      'nurture-cycle',
      'recycle-unqualified',
    ]);
    expect(
      fires('quote-request-qualifies', { id: 'Q', status: 'Customer' }, { type: 'event', event: 'quote_request' }),
    ).toBe(false);
  });

  it('collections: an abandoned payment notifies the collector at once; a broken promise creates a follow-up task', () => {
    const account = { id: 'A1', balance: 420.5, collector: 'maria' };
    const abandoned = evaluateRules(ruleTemplates, account, {
      now: NOW,
      trigger: { type: 'event', event: 'abandoned_payment' },
    });
    expect(abandoned.fired.map((f) => f.ruleId)).toEqual(['abandoned-payment-alert']);
    expect(abandoned.fired[0]!.priority).toBe(10);
    expect(abandoned.actions[0]!.action).toEqual({
      type: 'notify',
      message: 'Abandoned payment: call the consumer now',
      to: 'collector',
    });
    const broken = evaluateRules(ruleTemplates, account, {
      now: NOW,
      trigger: { type: 'event', event: 'promise_broken' },
    });
    expect(broken.actions.map((a) => a.action)).toEqual([
      { type: 'createTask', title: 'Follow up on broken promise to pay', dueInHours: 24, assignee: 'collector' },
    ]);
    expect(
      fires('broken-promise-follow-up', { id: 'A2', balance: 0 }, { type: 'event', event: 'promise_broken' }),
    ).toBe(false);
  });

  it("describes every template in a sentence, for the rule list and the builder's template picker", () => {
    for (const t of ruleTemplates) {
      expect(t.description, t.id).toMatch(/^[A-Z].{20,}\.$/);
      expect(validateRule(t).description).toBe(t.description);
    }
  });
});
