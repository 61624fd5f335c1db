import { Cron } from 'croner';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendCatalog } from '../catalog/extendCatalog';
import { factCatalog } from '../catalog/factCatalog';
import { operatorDescriptions } from '../catalog/operatorDescriptions';
import { operatorLabels, operatorsFor } from '../catalog/operatorLabels';
import type { FactDataType } from '../catalog/types';
import { describeTrigger } from '../evaluate/triggerMatches';
import { MAX_NEXT_RUNS, nextRuns } from '../schedule/nextRuns';
import { ruleTemplates } from '../templates/ruleTemplates';
import type { Action, Rule } from '../types';
import { describeAction } from './describeAction';
import { describeRule } from './describeRule';

const ALL_ACTIONS: Action[] = [
  { type: 'updateStatus', status: 'Nurturing' },
  { type: 'sendEmail', template: 'Welcome Email' },
  { type: 'sendSms', template: 'Reminder' },
  { type: 'createTask', title: 'Call', dueInHours: 4, assignee: 'amina' },
  { type: 'createTask', title: 'Call' },
  { type: 'assign', to: 'team-east' },
  { type: 'addTag', tag: 'hot' },
  { type: 'notify', message: 'Hot lead', to: 'owner' },
  { type: 'notify', message: 'Hot lead' },
  { type: 'enrollCampaign', campaign: 'New Customer' },
  { type: 'createQuote', template: 'standard' },
  { type: 'createQuote' },
  { type: 'createInvoice' },
  { type: 'setPriority', priority: 'High' },
];

describe('operatorDescriptions', () => {
  it('has a tooltip for every operator the builder offers, starting with its label', () => {
    for (const type of Object.keys(operatorLabels) as FactDataType[]) {
      for (const { label, operator } of operatorsFor(type)) {
        const text = operatorDescriptions[operator];
        expect(text, `${type} ${operator}`).toBeDefined();
        expect(text!.split(':')[0]!.split(' / ')).toContain(label);
      }
    }
  });
});

describe('describeAction', () => {
  it('names each of the 11 action kinds with its own fields, one distinct phrase per action', () => {
    const phrases = ALL_ACTIONS.map(describeAction);
    expect(new Set(phrases).size).toBe(ALL_ACTIONS.length);
    expect(new Set(ALL_ACTIONS.map((a) => a.type)).size).toBe(11);
    ALL_ACTIONS.forEach((a, i) => {
      // every field's value appears in the phrase
      for (const [k, v] of Object.entries(a)) if (k !== 'type') expect(phrases[i]).toContain(String(v));
    });
    expect(describeAction({ type: 'sendEmail', template: 'Welcome Email' })).toBe('send email "Welcome Email"');
  });

  it('refuses what is no action', () => {
    expect(() => describeAction({ type: 'launchRocket' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE' }),
    );
    expect(() => describeAction(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_RULE' }));
  });
});

describe('describeRule', () => {
  it('says the seed example as WHEN trigger, IF conditions with AND / OR groups, THEN actions', () => {
    const rule = ruleTemplates[0]!;
    const label = (id: string) => factCatalog.find((f) => f.id === id)!.label;
    expect(describeRule(rule)).toBe(
      `WHEN ${describeTrigger(rule.trigger)}, IF ${label('status')} Exact Match "Untouched" AND ${label('hoursUntouched')} Greater Than 24 AND (${label('leadSource')} Exact Match "Web Forms" OR ${label('leadSource')} Exact Match "Events") THEN ${rule.actions.map(describeAction).join(', then ')}`,
    );
  });

  it('writes NOT, ranges, lists, paths, fact-to-fact values and facts of an extended catalog', () => {
    const catalog = extendCatalog([{ id: 'account.risk', label: 'Risk class', type: 'enum', options: ['A', 'B'] }]);
    const rule: Rule = {
      id: 'r',
      name: 'r',
      trigger: { type: 'event', events: ['quote_request'] },
      conditions: {
        any: [
          { not: { fact: 'account.risk', operator: 'in', value: ['A', 'B'] } },
          { fact: 'budget', operator: 'withinRange', value: [5000, 20000] },
          { fact: 'budget', operator: 'greaterThan', value: { fact: 'companySize' } },
          { fact: 'unknownFact', path: '$.x', operator: 'someFact:equal', value: true },
        ],
      },
      actions: [{ type: 'addTag', tag: 'hot' }],
    };
    const label = (id: string) => catalog.find((f) => f.id === id)!.label;
    expect(describeRule(rule, catalog)).toBe(
      `WHEN ${describeTrigger(rule.trigger)}, IF NOT Risk class In List ["A", "B"] OR ${label('budget')} Within Range 5000 to 20000 OR ${label('budget')} Greater Than ${label('companySize')} OR unknownFact $.x someFact:equal true THEN add tag "hot"`,
    );
  });

  it('describes every template, each sentence naming every action phrase', () => {
    for (const t of ruleTemplates) {
      const s = describeRule(t);
      expect(s.startsWith(`WHEN ${describeTrigger(t.trigger)}, IF `)).toBe(true);
      for (const a of t.actions) expect(s).toContain(describeAction(a));
    }
  });

  it('refuses what is no rule, and a bad catalog', () => {
    expect(() => describeRule({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_RULE' }));
    expect(() => describeRule(ruleTemplates[0]!, 'x' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('nextRuns', () => {
  const now = Date.parse('2026-03-06T12:00:00Z'); // a Friday; New York moves to daylight time on 8 March

  it('lists the next weekday 9 AM runs in New York, across the daylight-saving change', () => {
    const runs = nextRuns({ type: 'schedule', cron: '0 9 * * 1-5', timezone: 'America/New_York' }, { now, count: 3 });
    expect(runs.map((t) => new Date(t).toISOString())).toEqual([
      '2026-03-06T14:00:00.000Z', // Friday, EST (UTC-5)
      '2026-03-09T13:00:00.000Z', // Monday, EDT (UTC-4)
      '2026-03-10T13:00:00.000Z',
    ]);
  });

  it('is strictly after now, increasing, default 3, in UTC without a zone, and agrees with croner', () => {
    const crons = ['0 * * * *', '*/15 9-17 * * 1-5', '0 10 * * 2', '30 2 1 * *'];
    const zones = [undefined, 'UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/Los_Angeles'];
    fc.assert(
      fc.property(
        fc.constantFrom(...crons),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
        fc.integer({ min: 1, max: 10 }),
        (cron, timezone, at, count) => {
          const trigger =
            timezone === undefined
              ? { type: 'schedule' as const, cron }
              : { type: 'schedule' as const, cron, timezone };
          const runs = nextRuns(trigger, { now: at, count });
          expect(runs).toHaveLength(count);
          expect(runs[0]!).toBeGreaterThan(at);
          for (let i = 1; i < runs.length; i++) expect(runs[i]!).toBeGreaterThan(runs[i - 1]!);
          const reference = new Cron(cron, { paused: true, timezone: timezone ?? 'UTC' });
          expect(runs).toEqual(reference.nextRuns(count, new Date(at)).map((d) => d.getTime()));
        },
      ),
      { numRuns: 100 },
    );
    expect(nextRuns({ type: 'schedule', cron: '0 * * * *' }, { now })).toEqual([
      Date.parse('2026-03-06T13:00:00Z'),
      Date.parse('2026-03-06T14:00:00Z'),
      Date.parse('2026-03-06T15:00:00Z'),
    ]);
  });

  it('has no runs for a trigger that is no schedule, and refuses bad input', () => {
    expect(nextRuns({ type: 'event', events: ['x'] }, { now })).toEqual([]);
    const schedule = { type: 'schedule' as const, cron: '0 * * * *' };
    expect(() => nextRuns({ type: 'schedule', cron: 'every day' }, { now })).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE' }),
    );
    expect(() => nextRuns({ type: 'schedule', cron: '0 * * * *', timezone: 'Mars/Olympus' }, { now })).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE' }),
    );
    expect(() => nextRuns(schedule, { now: '2026-03-06T12:00:00' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME' }),
    );
    for (const count of [0, MAX_NEXT_RUNS + 1, 2.5, '3'])
      expect(() => nextRuns(schedule, { now, count: count as number })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    expect(() => nextRuns(schedule, undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
  });
});
