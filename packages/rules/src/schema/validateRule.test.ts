import { HotleadsError, isIanaTimeZone } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendCatalog } from '../catalog/extendCatalog';
import { compileRules } from '../compile/compileRule';
import type { Rule } from '../types';
import { validateRule } from './validateRule';

const base = (): Record<string, unknown> => ({
  id: 'r1',
  name: 'Rule',
  trigger: { type: 'event', events: ['quote_request'] },
  conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] },
  actions: [{ type: 'addTag', tag: 'hot' }],
});

function errorOf(input: unknown, options = {}): HotleadsError {
  try {
    validateRule(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(HotleadsError);
    return e as HotleadsError;
  }
  throw new Error('expected validateRule to throw');
}

function withConditions(conditions: unknown) {
  return { ...base(), conditions };
}

describe('validateRule', () => {
  it('accepts a valid rule and returns a normalized copy', () => {
    const input = { ...base(), priority: 'High' };
    const rule = validateRule(input);
    expect(rule.priority).toBe(8);
    expect(rule).not.toBe(input);
    expect(validateRule({ ...base(), priority: 'Medium' }).priority).toBe(5);
    expect(validateRule({ ...base(), priority: 'Low' }).priority).toBe(2);
  });

  it.each([
    [
      'unknown operator',
      { all: [{ fact: 'budget', operator: 'biggerThan', value: 1 }] },
      'conditions.all[0].operator',
      /Unknown operator "biggerThan"/,
    ],
    [
      'unknown decorator',
      { all: [{ fact: 'budget', operator: 'sometimes:equal', value: 1 }] },
      'conditions.all[0].operator',
      /Unknown operator/,
    ],
    [
      'fact not in the catalog',
      { all: [{ fact: 'shoeSize', operator: 'equal', value: 42 }] },
      'conditions.all[0].fact',
      /Unknown fact "shoeSize"/,
    ],
    [
      'a string for greaterThan',
      { all: [{ fact: 'budget', operator: 'greaterThan', value: '5000' }] },
      'conditions.all[0].value',
      /needs a number, got a string/,
    ],
    [
      'a non-pair for withinRange',
      { all: [{ fact: 'budget', operator: 'withinRange', value: [1, 2, 3] }] },
      'conditions.all[0].value',
      /pair of numbers/,
    ],
    [
      'a number for withinRange',
      { all: [{ fact: 'budget', operator: 'withinRange', value: 5 }] },
      'conditions.all[0].value',
      /pair of numbers/,
    ],
    [
      'a reversed withinRange',
      { all: [{ fact: 'budget', operator: 'withinRange', value: [9, 1] }] },
      'conditions.all[0].value',
      /low <= high/,
    ],
    [
      'a non-list for in',
      { all: [{ fact: 'status', operator: 'in', value: 'Untouched' }] },
      'conditions.all[0].value',
      /needs a list/,
    ],
    [
      'a list for equal',
      { all: [{ fact: 'status', operator: 'equal', value: ['a'] }] },
      'conditions.all[0].value',
      /single value/,
    ],
    [
      'a number for containsText',
      { all: [{ fact: 'jobTitle', operator: 'containsText', value: 5 }] },
      'conditions.all[0].value',
      /text value/,
    ],
    [
      'a non-list for someValue',
      { all: [{ fact: 'status', operator: 'someValue:equal', value: 'x' }] },
      'conditions.all[0].value',
      /needs a list/,
    ],
    [
      'a bad element under someValue',
      { all: [{ fact: 'budget', operator: 'someValue:greaterThan', value: [1, 'x'] }] },
      'conditions.all[0].value[1]',
      /needs a number/,
    ],
    ['an empty all', { all: [] }, 'conditions.all', /at least one condition/],
    ['an empty nested any', { all: [{ any: [] }] }, 'conditions.all[0].any', /at least one condition/],
    [
      'a deep error',
      {
        all: [
          { fact: 'status', operator: 'equal', value: 'x' },
          { any: [{ not: { fact: 'budget', operator: 'lessThan', value: true } }] },
        ],
      },
      'conditions.all[1].any[0].not.value',
      /needs a number, got boolean/,
    ],
    [
      'an infinite number',
      { all: [{ fact: 'budget', operator: 'greaterThan', value: Number.POSITIVE_INFINITY }] },
      'conditions.all[0].value',
      /./,
    ],
    ['a missing value', { all: [{ fact: 'status', operator: 'equal' }] }, 'conditions.all[0].value', /./],
    [
      'an unknown key',
      { all: [{ fact: 'status', operator: 'equal', value: 'x', colour: 'red' }] },
      'conditions.all[0]',
      /colour/,
    ],
    ['a leaf at the root', { fact: 'status', operator: 'equal', value: 'x' }, 'conditions', /./],
    [
      'a fact path through __proto__',
      { all: [{ fact: '__proto__.polluted', operator: 'equal', value: 1 }] },
      'conditions.all[0].fact',
      /__proto__/,
    ],
    [
      'a json path through constructor',
      { all: [{ fact: 'status', path: '$.constructor', operator: 'equal', value: 1 }] },
      'conditions.all[0].path',
      /constructor/,
    ],
    [
      'a json path filter expression (refused: jsonpath-plus eval)',
      { all: [{ fact: 'status', path: '$[?(@.x > 1)]', operator: 'equal', value: 1 }] },
      'conditions.all[0].path',
      /filter or script expression/,
    ],
    [
      'an unknown referenced fact',
      { all: [{ fact: 'budget', operator: 'greaterThan', value: { fact: 'nope' } }] },
      'conditions.all[0].value.fact',
      /Unknown fact "nope"/,
    ],
  ])('rejects %s with its path', (_what, conditions, path, message) => {
    const e = errorOf(withConditions(conditions));
    expect(
      e.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '')
        .replace(/\.\[/g, '['),
    ).toBe(path);
    expect(e.message).toMatch(message);
    expect(['INVALID_RULE', 'INVALID_PATH']).toContain(e.code);
  });

  it.each([
    ['an unknown action kind', { actions: [{ type: 'launchRocket' }] }, ['actions', 0, 'type']],
    ['an action missing its field', { actions: [{ type: 'sendEmail' }] }, ['actions', 0, 'template']],
    ['no actions', { actions: [] }, ['actions']],
    ['a bad priority level', { priority: 11 }, ['priority']],
    ['a non-integer priority', { priority: 2.5 }, ['priority']],
    ['an unknown trigger', { trigger: { type: 'moon' } }, ['trigger', 'type']],
    ['an empty event list', { trigger: { type: 'event', events: [] } }, ['trigger', 'events']],
    ['a bad cron', { trigger: { type: 'schedule', cron: 'every tuesday' } }, ['trigger', 'cron']],
    [
      'an unknown time zone',
      { trigger: { type: 'schedule', cron: '0 10 * * 2', timezone: 'Mars/Olympus' } },
      ['trigger', 'timezone'],
    ],
    ['a sunset time without a zone', { sunset: { at: '2026-05-01T00:00:00' } }, ['sunset', 'at']],
    ['a zero afterRuns', { sunset: { afterRuns: 0 } }, ['sunset', 'afterRuns']],
    [
      'a cycle shorter than its period',
      { execution: { mode: 'cycle', everyHours: 72, forHours: 24 } },
      ['execution', 'forHours'],
    ],
    ['a periodic rule without hours', { execution: { mode: 'periodic', everyHours: 0 } }, ['execution', 'everyHours']],
    ['a __proto__ id', { id: '__proto__' }, ['id']],
    ['setPriority with a number', { actions: [{ type: 'setPriority', priority: 8 }] }, ['actions', 0, 'priority']],
  ])('rejects %s with its path', (_what, patch, path) => {
    const e = errorOf({ ...base(), ...patch });
    expect(e.code).toBe('INVALID_RULE');
    expect(e.path).toEqual(path);
  });

  it('accepts every action kind, including Create Quote, Create Invoice and Set priority level', () => {
    const rule = validateRule({
      ...base(),
      actions: [
        { type: 'updateStatus', status: 'Nurturing' },
        { type: 'sendEmail', template: 'welcome' },
        { type: 'sendSms', template: 'reminder' },
        { type: 'createTask', title: 'Call', dueInHours: 4, assignee: 'amina' },
        { type: 'assign', to: 'team-east' },
        { type: 'addTag', tag: 'hot' },
        { type: 'notify', message: 'Hot lead', to: 'owner' },
        { type: 'enrollCampaign', campaign: 'New Customer' },
        { type: 'createQuote', template: 'standard' },
        { type: 'createInvoice' },
        { type: 'setPriority', priority: 'High' },
      ],
    });
    expect(rule.actions.map((a) => a.type)).toEqual([
      'updateStatus',
      'sendEmail',
      'sendSms',
      'createTask',
      'assign',
      'addTag',
      'notify',
      'enrollCampaign',
      'createQuote',
      'createInvoice',
      'setPriority',
    ]);
  });

  it('accepts every trigger kind, a valid cron with a time zone, and derived facts', () => {
    for (const trigger of [
      { type: 'statusChange', from: 'Untouched', to: 'Nurturing' },
      { type: 'fieldChange', fields: ['budget'] },
      { type: 'event', events: ['quote_request'] },
      { type: 'schedule', cron: '0 10 * * 2', timezone: 'America/New_York' },
    ]) {
      expect(validateRule({ ...base(), trigger }).trigger).toEqual(trigger);
    }
    const rule = validateRule(
      withConditions({
        any: [
          { fact: 'hoursSince.quote_request', operator: 'lessThan', value: 24 },
          { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
          { fact: 'changedFields', operator: 'contains', value: 'budget' },
        ],
      }),
    );
    expect(rule.conditions).toHaveProperty('any');
  });

  it('only accepts facts of the catalog it is validated against (a host adds its own with extendCatalog)', () => {
    const input = withConditions({ all: [{ fact: 'account.riskClass', operator: 'equal', value: 'A' }] });
    expect(errorOf(input).path).toEqual(['conditions', 'all', 0, 'fact']);
    const catalog = extendCatalog([
      { id: 'account.riskClass', label: 'Risk class', type: 'enum', options: ['A', 'B'] },
    ]);
    expect(validateRule(input, { catalog }).id).toBe('r1');
  });

  it('refuses duplicate rule ids in a rule set, naming the index', () => {
    try {
      compileRules([base() as Rule, base() as Rule]);
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as HotleadsError).path).toEqual([1, 'id']);
    }
  });

  it('accepts a schedule time zone exactly when core does (one time-zone check)', () => {
    const zone = fc.oneof(
      fc.constantFrom(...Intl.supportedValuesOf('timeZone'), 'UTC', 'america/chicago', 'Etc/GMT+5'),
      fc.constantFrom('-05:00', '+0530', '+05', '0', 'Mars/Olympus', 'EST5EDT', 'GMT', ''),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(zone, (timezone) => {
        const input = { ...base(), trigger: { type: 'schedule', cron: '0 10 * * 2', timezone } };
        if (isIanaTimeZone(timezone)) expect(validateRule(input).trigger).toMatchObject({ timezone });
        else expect(errorOf(input)).toMatchObject({ code: 'INVALID_RULE', path: ['trigger', 'timezone'] });
      }),
    );
    expect(errorOf({ ...base(), trigger: { type: 'schedule', cron: '0 10 * * 2', timezone: '-05:00' } }).path).toEqual([
      'trigger',
      'timezone',
    ]);
  });
});
