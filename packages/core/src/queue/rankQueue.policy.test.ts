import { describe, expect, it } from 'vitest';
import type { Lead } from '../lead/types';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { defineContactPolicy } from '../policy/defineContactPolicy';
import { regFPolicy } from '../policy/regFPolicy';
import type { ContactAttempt } from '../policy/types';
import { rankQueue } from './rankQueue';

const now = '2026-01-15T18:00:00Z'; // Thu 13:00 in New York, 10:00 in Los Angeles
const hour = 3_600_000;
const nowMs = Date.parse(now);
const account = (id: string, balance: number, signalsHoursAgo: number[], extra: Partial<Lead> = {}): Lead => ({
  id,
  balance,
  phone: '555-0100',
  timeZone: 'America/New_York',
  events: signalsHoursAgo.map((h) => ({ type: 'portal_visit', at: nowMs - h * hour })),
  ...extra,
});

const book: Lead[] = [
  account('hot', 900, [0.5, 1]),
  account('bankrupt', 5000, [0.2, 0.3], { flags: ['bankruptcy'] }),
  account('called-out', 2000, [0.4]),
  account('warm', 400, [10]),
  account('asleep', 300, [], { timeZone: 'Asia/Tokyo' }), // 03:00 in Tokyo
  account('cold', 100, []),
];
const sevenCalls: ContactAttempt[] = [1, 2, 3, 4, 5, 6]
  .map((d) => ({ leadId: 'called-out', channel: 'call' as const, at: nowMs - d * 24 * hour + hour }))
  .concat([{ leadId: 'called-out', channel: 'call', at: nowMs - hour }]);

describe('rankQueue with a contact policy', () => {
  it('without a policy filters nothing, even with touches', () => {
    const plain = rankQueue(book, collectionsHotLeadModel, { now });
    const withTouches = rankQueue(book, collectionsHotLeadModel, { now, touches: sevenCalls });
    expect(withTouches.map((e) => e.leadId)).toEqual(plain.map((e) => e.leadId));
    expect(plain.every((e) => e.eligible && e.blockedReasons.length === 0)).toBe(true);
  });

  it('returns every account: eligible first in rank order, then blocked ones with reasons and nextEligibleAt', () => {
    const plain = rankQueue(book, collectionsHotLeadModel, { now }).map((e) => e.leadId);
    const queue = rankQueue(book, collectionsHotLeadModel, { now, policy: regFPolicy, touches: sevenCalls });
    expect(queue).toHaveLength(book.length);
    const blockedIds = new Set(['bankrupt', 'called-out', 'asleep']);
    expect(queue.map((e) => e.leadId)).toEqual([
      ...plain.filter((id) => !blockedIds.has(id)),
      ...plain.filter((id) => blockedIds.has(id)),
    ]);
    expect(queue.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const byId = new Map(queue.map((e) => [e.leadId, e]));
    expect(byId.get('bankrupt')).toMatchObject({
      eligible: false,
      blockedReasons: ['Bankruptcy on file — do not contact'],
    });
    expect(byId.get('bankrupt')!.nextEligibleAt).toBeUndefined();
    expect(byId.get('called-out')!.blockedReasons).toEqual([
      '7 call attempts in the last 7 days (limit 7) — next call allowed Fri 08:00 local',
    ]);
    expect(byId.get('called-out')!.nextEligibleAt).toBe('2026-01-16T13:00:00.000Z');
    expect(byId.get('asleep')!.blockedReasons[0]).toMatch(
      /^Outside calling hours \(08:00–21:00 local\): it is 03:00 there/,
    );
    expect(byId.get('hot')).toMatchObject({ eligible: true, blockedReasons: [], rank: 1 });
    expect(byId.get('hot')!.reasons.length).toBeGreaterThan(0);
  });

  it('lets limit count only eligible accounts', () => {
    const queue = rankQueue(book, collectionsHotLeadModel, { now, limit: 2, policy: regFPolicy, touches: sevenCalls });
    expect(queue.filter((e) => e.eligible).map((e) => e.leadId)).toEqual(['hot', 'warm']);
    expect(queue.filter((e) => !e.eligible)).toHaveLength(3);
    expect(queue.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('checks the channel asked for and honours state overrides', () => {
    const texts = rankQueue(book, collectionsHotLeadModel, {
      now,
      policy: regFPolicy,
      touches: sevenCalls,
      channel: 'text',
    });
    expect(texts.find((e) => e.leadId === 'called-out')!.eligible).toBe(true);
    const strict = defineContactPolicy({
      ...regFPolicy,
      id: 'strict',
      states: { NY: { call: { maxAttempts: { count: 1, days: 7 } } } },
    });
    const queue = rankQueue([{ ...book[0]!, state: 'NY' }], collectionsHotLeadModel, {
      now,
      policy: strict,
      touches: [{ leadId: 'hot', channel: 'call', at: nowMs - 2 * hour }],
    });
    expect(queue[0]!.blockedReasons[0]).toMatch(/^1 call attempt in the last 7 days \(limit 1 in NY\)/);
  });
});

describe('rankQueue touches validation', () => {
  it('names the bad touch by its index in touches', () => {
    const touches = [...sevenCalls, { leadId: 'hot', channel: 'call' as const, at: '2026-01-15 10:00' }];
    expect(() => rankQueue(book, collectionsHotLeadModel, { now, policy: regFPolicy, touches })).toThrowError(
      expect.objectContaining({ code: 'INVALID_TIME', path: ['touches', 7, 'at'] }),
    );
  });
});
