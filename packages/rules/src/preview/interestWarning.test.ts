import type { Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factCatalog } from '../catalog/factCatalog';
import type { Action, Condition, Rule } from '../types';
import { isUrgentAction, URGENT_TASK_HOURS } from './interestWarning';
import { previewRule } from './previewRule';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const leads: Lead[] = [
  { id: 'a', status: 'Untouched', createdAt: NOW, timeOnPage: 300, quoteRequest: 'Submitted' },
  { id: 'b', status: 'Untouched', createdAt: NOW, timeOnPage: 20 },
];
const numberFacts = (kind: 'implicit' | 'explicit') =>
  factCatalog.filter((f) => f.interest === kind && f.type === 'number').map((f) => f.id);
const IMPLICIT = numberFacts('implicit');
const EXPLICIT = numberFacts('explicit');

const rule = (conditions: Condition[], actions: Action[]): Rule => ({
  id: 'r',
  name: 'R',
  trigger: { type: 'fieldChange', fields: ['timeOnPage'] },
  conditions: { all: conditions },
  actions,
  execution: { mode: 'once' },
});
const over = (fact: string): Condition => ({ fact, operator: 'greaterThan', value: 10 });
const warned = (r: Rule) => previewRule(r, leads, { now: NOW }).warnings.some((w) => w.includes('implicit interest'));

describe('the implicit-interest warning of previewRule', () => {
  it('warns when an SMS or a task due within 24 h depends only on browsing signals', () => {
    const sms: Action = { type: 'sendSms', template: 'Call me' };
    const report = previewRule(rule([over('timeOnPage')], [sms]), leads, { now: NOW });
    expect(report.warnings.find((w) => w.includes('implicit interest'))).toContain('timeOnPage');
    expect(warned(rule([over('timeOnPage')], [{ type: 'createTask', title: 'Call', dueInHours: 4 }]))).toBe(true);
  });

  it('does not warn with an explicit-interest fact, a slow action or no interest fact', () => {
    const sms: Action = { type: 'sendSms', template: 'Call me' };
    const quote: Condition = { fact: 'quoteRequest', operator: 'equal', value: 'Submitted' };
    expect(warned(rule([over('timeOnPage'), quote], [sms]))).toBe(false);
    expect(warned(rule([over('timeOnPage')], [{ type: 'sendEmail', template: 'Welcome' }]))).toBe(false);
    expect(warned(rule([over('timeOnPage')], [{ type: 'createTask', title: 'Call', dueInHours: 48 }]))).toBe(false);
    expect(warned(rule([over('timeOnPage')], [{ type: 'createTask', title: 'Call' }]))).toBe(false);
    expect(warned(rule([{ fact: 'status', operator: 'equal', value: 'Untouched' }], [sms]))).toBe(false);
  });

  it('counts a task due at exactly 24 h as urgent, and one after it as not', () => {
    expect(isUrgentAction({ type: 'createTask', title: 'x', dueInHours: URGENT_TASK_HOURS })).toBe(true);
    expect(isUrgentAction({ type: 'createTask', title: 'x', dueInHours: URGENT_TASK_HOURS + 0.5 })).toBe(false);
  });

  it('property: with an urgent action it warns exactly when no explicit fact joins the implicit ones', () => {
    const action = fc.oneof(
      fc.constant<Action>({ type: 'sendSms', template: 't' }),
      fc.integer({ min: 0, max: 72 }).map<Action>((h) => ({ type: 'createTask', title: 't', dueInHours: h })),
      fc.constant<Action>({ type: 'sendEmail', template: 't' }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...IMPLICIT), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.constantFrom(...EXPLICIT), { maxLength: 2 }),
        fc.array(action, { minLength: 1, maxLength: 3 }),
        (implicit, explicit, actions) => {
          const urgent = actions.some(isUrgentAction);
          expect(warned(rule([...implicit, ...explicit].map(over), actions))).toBe(urgent && explicit.length === 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
