import { b2bLeadModel, type Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types';
import { previewRule } from './previewRule';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;
const outreach: Rule = {
  id: 'outreach',
  name: 'Outreach',
  trigger: { type: 'schedule', cron: '0 * * * *' },
  conditions: {
    all: [
      { fact: 'status', operator: 'equal', value: 'Untouched' },
      { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
    ],
  },
  actions: [
    { type: 'updateStatus', status: 'Nurturing' },
    { type: 'sendEmail', template: 'welcome' },
  ],
  execution: { mode: 'once' },
};
const leads: Lead[] = [
  { id: 'a', status: 'Untouched', createdAt: NOW - 48 * H, leadSource: 'Web Forms' },
  { id: 'b', status: 'Untouched', createdAt: NOW - 2 * H, leadSource: 'Events' },
  { id: 'c', status: 'Nurturing', createdAt: NOW - 72 * H, leadSource: 'Web Forms' },
  { id: 'd', status: 'Untouched', createdAt: NOW - 30 * H, leadSource: 'Referrals' },
];

describe('previewRule', () => {
  it('reports total, matched, action counts and explained examples', () => {
    const r = previewRule(outreach, leads, { now: NOW, maxExamples: 1 });
    expect(r.total).toBe(4);
    expect(r.matched).toBe(2);
    expect(r.matchedShare).toBe(0.5);
    expect(previewRule(outreach, [], { now: NOW }).matchedShare).toBeNull(); // no lead previewed: no share
    expect(r.actionCounts).toEqual({ 'updateStatus: Nurturing': 2, 'sendEmail: welcome': 2 });
    expect(r.examples).toHaveLength(1);
    expect(r.examples[0]).toMatchObject({
      leadId: 'a',
      actions: outreach.actions,
      explanation: { kind: 'all', pass: true },
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.trigger).toBe('on schedule "0 * * * *"');
    expect(r.execution).toBe('once per lead; priority 5');
  });

  it('counts leads per action: a rule that repeats an action counts each lead once (found by the boundary fuzz)', () => {
    const twice: Rule = { ...outreach, actions: [...outreach.actions, { type: 'sendEmail', template: 'welcome' }] };
    expect(previewRule(twice, leads, { now: NOW }).actionCounts).toEqual({
      'updateStatus: Nurturing': 2,
      'sendEmail: welcome': 2,
    });
  });

  it('previews one segment', () => {
    const r = previewRule(outreach, leads, {
      now: NOW,
      segment: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Web Forms' }] },
    });
    expect(r.sampleSize).toBe(4);
    expect(r.total).toBe(2);
    expect(r.matched).toBe(1);
  });

  it('warns: a fact missing on many leads, matching every lead or none, an unknown option value', () => {
    const missing = previewRule(
      { ...outreach, conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 10 }] } },
      [...leads, { id: 'e', budget: 50 }],
      { now: NOW },
    );
    expect(missing.warnings).toContain('Fact "budget" is missing on 80% of the 5 leads');
    expect(missing.missingFacts.budget).toBeCloseTo(0.8);
    const all = previewRule(
      { ...outreach, conditions: { all: [{ fact: 'status', operator: 'notEqual', value: 'Spam' }] } },
      leads,
      { now: NOW },
    );
    expect(all.warnings).toContain('The rule matches every lead (4): it may be too broad');
    const none = previewRule(
      { ...outreach, conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Website Form' }] } },
      leads,
      { now: NOW },
    );
    expect(none.warnings).toContain('The rule matches none of the 4 leads: it may be too narrow');
    expect(none.warnings.some((w) => w.startsWith('"Website Form" is not a known option of Lead Source'))).toBe(true);
  });

  it('lists per-lead errors and keeps going', () => {
    const bad = [
      ...leads,
      { id: 'x', events: [{ type: 'email_reply', at: 'yesterday' }] } as unknown as Lead,
      { name: 'no id' } as unknown as Lead,
    ];
    const r = previewRule(outreach, bad, { now: NOW });
    expect(r.total).toBe(4);
    expect(r.errors).toEqual([
      { leadId: 'x', message: expect.stringContaining('event time'), path: 'events.0.at' },
      { leadId: '#5', message: expect.stringContaining('id'), path: 'id' },
    ]);
    expect(r.warnings).toContain('2 lead(s) could not be evaluated; see errors');
    const opError = previewRule(
      { ...outreach, conditions: { all: [{ fact: 'status', operator: 'in', value: { fact: 'budget' } }] } },
      [{ id: 'y', status: 'a', budget: 1 }],
      { now: NOW },
    );
    expect(opError.errors).toEqual([{ leadId: 'y', message: expect.stringContaining('indexOf') }]);
  });

  it('uses the scoring model for score / band and refuses without one', () => {
    const byBand: Rule = {
      ...outreach,
      conditions: { all: [{ fact: 'band', operator: 'in', value: ['HOT', 'HIGH', 'WARM', 'COLD'] }] },
    };
    expect(previewRule(byBand, leads, { now: NOW, model: b2bLeadModel }).matched).toBe(4);
    expect(() => previewRule(byBand, leads, { now: NOW })).toThrow(expect.objectContaining({ code: 'MODEL_REQUIRED' }));
  });

  it('ignores the trigger, execution mode and enabled flag: it asks what the rule matches', () => {
    const r = previewRule({ ...outreach, enabled: false, trigger: { type: 'event', events: ['never'] } }, leads, {
      now: NOW,
    });
    expect(r.matched).toBe(2);
    expect(r.execution).toContain('disabled');
  });
});
