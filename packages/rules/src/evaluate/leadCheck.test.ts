import { b2bLeadModel, checkLead, createScorer, isHotleadsError, LEAD_MESSAGES, type Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewRule } from '../preview/previewRule';
import type { Rule } from '../types';
import { evaluateRules } from './evaluateRules';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;
const rule: Rule = {
  id: 'r',
  name: 'Touched lately',
  trigger: { type: 'schedule', cron: '0 * * * *' },
  conditions: { all: [{ fact: 'hoursUntouched', operator: 'lessThan', value: 24 }] },
  actions: [{ type: 'addTag', tag: 'warm' }],
};

type Refusal = { code: string; detail: string; path: readonly (string | number)[] } | 'ok';
const refusalOf = (run: () => unknown): Refusal => {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (!isHotleadsError(e)) throw e;
    return { code: e.code, detail: e.detail, path: e.path };
  }
};

/** The evaluator's answer, and the preview's report entry turned back into the same terms. */
function rulesAnswers(lead: unknown): { evaluate: Refusal; preview: Refusal } {
  const evaluate = refusalOf(() => evaluateRules([rule], lead as Lead, { now: NOW }));
  const report = previewRule(rule, [lead as Lead], { now: NOW });
  const entry = report.errors[0];
  const preview: Refusal =
    entry === undefined
      ? 'ok'
      : {
          code: 'INVALID_LEAD',
          detail: entry.message,
          path: entry.path === undefined ? [] : entry.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        };
  return { evaluate, preview };
}

describe('the rules use core’s lead check', () => {
  it.each([
    [null, [], LEAD_MESSAGES.lead],
    [{ name: 'x' }, ['id'], LEAD_MESSAGES.id],
    [{ id: 'x', events: 'many' }, ['events'], LEAD_MESSAGES.events],
    [{ id: 'x', events: [null] }, ['events', 0], LEAD_MESSAGES.event],
    [{ id: 'x', events: [{ at: NOW }] }, ['events', 0, 'type'], LEAD_MESSAGES.type],
    [{ id: 'x', events: [{ type: 'email_reply', at: '2026-03-01 10:00' }] }, ['events', 0, 'at'], LEAD_MESSAGES.at],
  ])('refuses %j like scoring does', (lead, path, detail) => {
    const expected = { code: 'INVALID_LEAD', detail, path };
    expect(refusalOf(() => checkLead(lead))).toEqual(expected);
    expect(refusalOf(() => createScorer(b2bLeadModel)(lead as Lead, { now: NOW }))).toEqual(expected);
    expect(rulesAnswers(lead)).toEqual({ evaluate: expected, preview: expected });
  });

  it('agrees with checkLead on any input', () => {
    const event = fc.oneof(
      fc.record({
        type: fc.constantFrom('email_reply', '', 'quote_request'),
        at: fc.oneof(fc.integer({ min: NOW - 100 * H, max: NOW }), fc.constantFrom('2026-03-01 10:00', 'x', null)),
      }),
      fc.constantFrom(null, 1, []),
    );
    const lead = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('', 3)),
          events: fc.oneof(fc.array(event, { maxLength: 3 }), fc.constantFrom(undefined, {}, null)),
        },
        { requiredKeys: ['id'] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(lead, (l) => {
        const expected = refusalOf(() => checkLead(l));
        expect(rulesAnswers(l)).toEqual({ evaluate: expected, preview: expected });
      }),
    );
  });

  it('counts only own events, as scoring does', () => {
    const events = [{ type: 'email_reply', at: NOW - 2 * H }];
    const inherited = Object.assign(Object.create({ events }) as Lead, { id: 'a', createdAt: NOW - 90 * H });
    const fired = (l: Lead) => evaluateRules([rule], l, { now: NOW }).fired.length;
    expect(fired(inherited)).toBe(0);
    expect(fired({ id: 'a', createdAt: NOW - 90 * H, events })).toBe(1);
  });
});
