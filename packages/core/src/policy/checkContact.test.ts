import { describe, expect, it } from 'vitest';
import { DEFAULT_OPT_OUT_INSTRUCTIONS } from './createContactChecker';
import type { Lead } from '../lead/types';
import { checkAllChannels, checkContact } from './checkContact';
import { defineContactPolicy } from './defineContactPolicy';
import { regFPolicy } from './regFPolicy';
import type { ContactAttempt, ContactPolicy } from './types';

const call = (at: string, outcome?: ContactAttempt['outcome'], leadId = 'a1'): ContactAttempt =>
  outcome ? { leadId, channel: 'call', at, outcome } : { leadId, channel: 'call', at };
const chicago: Lead = { id: 'a1', timeZone: 'America/Chicago' };
const newYork: Lead = { id: 'a1', timeZone: 'America/New_York' };

describe('checkContact — 7 calls in 7 consecutive days', () => {
  // Tue 3 Mar .. Mon 9 Mar 2026, one call a day at 10:00 Chicago (CST until 8 Mar, then CDT).
  const seven = [
    '2026-03-03T16:00:00Z',
    '2026-03-04T16:00:00Z',
    '2026-03-05T16:00:00Z',
    '2026-03-06T16:00:00Z',
    '2026-03-07T16:00:00Z',
    '2026-03-08T15:00:00Z',
    '2026-03-09T15:00:00Z',
  ].map((t) => call(t));
  const now = '2026-03-09T20:00:00Z'; // Mon 15:00 CDT

  it('allows the 7th call and blocks the 8th, naming the limit and when the next call is allowed', () => {
    expect(checkContact(chicago, seven.slice(0, 6), regFPolicy, { now })).toEqual({
      channel: 'call',
      eligible: true,
      reasons: [],
      blocks: [],
    });
    const blocked = checkContact(chicago, seven, regFPolicy, { now });
    expect(blocked.eligible).toBe(false);
    expect(blocked.reasons).toEqual([
      '7 call attempts in the last 7 days (limit 7) — next call allowed Tue 08:00 local',
    ]);
    // Tue 3 Mar drops out of the window at local midnight; calling hours open at 08:00 CDT = 13:00Z.
    expect(blocked.nextEligibleAt).toBe('2026-03-10T13:00:00.000Z');
    expect(checkContact(chicago, seven, regFPolicy, { now: blocked.nextEligibleAt! }).eligible).toBe(true);
  });

  it('counts calendar days in the consumer zone across the autumn DST change, not a fixed offset', () => {
    // 2026-11-01T04:30Z is Sun 1 Nov 00:30 EDT (a fixed −05:00 would call it Sat 31 Oct).
    const attempts = [
      '2026-11-01T04:30:00Z',
      '2026-11-02T15:00:00Z',
      '2026-11-03T15:00:00Z',
      '2026-11-04T15:00:00Z',
      '2026-11-05T15:00:00Z',
      '2026-11-06T15:00:00Z',
      '2026-11-07T14:00:00Z',
    ].map((t) => call(t));
    const result = checkContact(newYork, attempts, regFPolicy, { now: '2026-11-07T15:00:00Z' }); // Sat 7 Nov 10:00 EST
    expect(result.eligible).toBe(false);
    expect(result.reasons[0]).toMatch(/^7 call attempts in the last 7 days \(limit 7\)/);
    expect(result.nextEligibleAt).toBe('2026-11-08T13:00:00.000Z'); // Sun 8 Nov 08:00 EST
  });

  it('ignores other accounts, other channels and attempts after now', () => {
    const noise = [
      ...seven.slice(0, 6),
      call('2026-03-09T16:00:00Z', undefined, 'other'),
      { leadId: 'a1', channel: 'text' as const, at: '2026-03-09T16:00:00Z' },
      call('2026-03-09T21:00:00Z'),
    ];
    expect(checkContact(chicago, noise, regFPolicy, { now }).eligible).toBe(true);
  });

  it('blocks only the call channel when calls hit the limit', () => {
    const all = checkAllChannels(chicago, seven, regFPolicy, { now });
    expect(all.call.eligible).toBe(false);
    expect(all.text).toEqual({
      channel: 'text',
      eligible: true,
      reasons: [],
      blocks: [],
      optOutInstructions: DEFAULT_OPT_OUT_INSTRUCTIONS.text,
    });
    expect(all.email.eligible).toBe(true);
  });
});

describe('checkContact — calling hours', () => {
  it('allows 20:59 local and refuses 21:00, with the next opening at 08:00', () => {
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-01-16T01:59:00Z' }).eligible).toBe(true); // Thu 20:59 EST
    const late = checkContact(newYork, [], regFPolicy, { now: '2026-01-16T02:00:00Z' }); // Thu 21:00 EST
    expect(late).toEqual({
      channel: 'call',
      eligible: false,
      reasons: ['Outside calling hours (08:00–21:00 local): it is 21:00 there — next call allowed Fri 08:00 local'],
      nextEligibleAt: '2026-01-16T13:00:00.000Z',
      blocks: [
        {
          rule: 'window',
          reason: 'Outside calling hours (08:00–21:00 local): it is 21:00 there — next call allowed Fri 08:00 local',
          until: '2026-01-16T13:00:00.000Z',
          provision: '12 CFR 1006.6(b)(1)(i)',
        },
      ],
    });
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-01-15T12:59:00Z' }).eligible).toBe(false); // 07:59
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-01-15T13:00:00Z' }).eligible).toBe(true); // 08:00
  });

  it('follows the spring DST change: 08:00 EDT is 12:00Z on the change day, 13:00Z the day before', () => {
    const saturday = checkContact(newYork, [], regFPolicy, { now: '2026-03-07T12:00:00Z' }); // 07:00 EST
    expect(saturday.eligible).toBe(false);
    expect(saturday.nextEligibleAt).toBe('2026-03-07T13:00:00.000Z');
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-03-08T12:00:00Z' }).eligible).toBe(true); // Sun 08:00 EDT
    const early = checkContact(newYork, [], regFPolicy, { now: '2026-03-08T11:59:00Z' }); // 07:59 EDT
    expect(early.nextEligibleAt).toBe('2026-03-08T12:00:00.000Z');
    // Overnight across the jump: Sat 22:00 EST → Sun 08:00 EDT.
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-03-08T03:00:00Z' }).nextEligibleAt).toBe(
      '2026-03-08T12:00:00.000Z',
    );
  });

  it('follows the autumn DST change: 20:30 EST on the change day is allowed', () => {
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-11-02T01:30:00Z' }).eligible).toBe(true); // Sun 1 Nov 20:30 EST
    expect(checkContact(newYork, [], regFPolicy, { now: '2026-11-01T01:00:00Z' }).eligible).toBe(false); // Sat 31 Oct 21:00 EDT
  });

  it('uses the stricter window when the account could be in two zones', () => {
    const twoZones: Lead = { id: 'a1', timeZones: ['America/New_York', 'America/Los_Angeles'] };
    const morning = checkContact(twoZones, [], regFPolicy, { now: '2026-01-15T13:30:00Z' }); // NY 08:30, LA 05:30
    expect(morning.eligible).toBe(false);
    expect(morning.reasons[0]).toBe(
      'Outside calling hours (08:00–21:00 local): it is 05:30 in America/Los_Angeles — next call allowed Thu 11:00 America/New_York time',
    );
    expect(morning.nextEligibleAt).toBe('2026-01-15T16:00:00.000Z'); // LA 08:00
    expect(checkContact(twoZones, [], regFPolicy, { now: '2026-01-16T01:30:00Z' }).eligible).toBe(true); // NY 20:30, LA 17:30
    const evening = checkContact(twoZones, [], regFPolicy, { now: '2026-01-16T02:00:00Z' }); // NY 21:00
    expect(evening.reasons[0]).toContain('it is 21:00 in America/New_York');
    expect(evening.nextEligibleAt).toBe('2026-01-16T16:00:00.000Z'); // next day, once LA reaches 08:00
    // timeZone and timeZones combine.
    expect(
      checkContact({ id: 'a1', timeZone: 'America/New_York', timeZones: ['America/Los_Angeles'] }, [], regFPolicy, {
        now: '2026-01-15T13:30:00Z',
      }).eligible,
    ).toBe(false);
  });

  it('reports when no hour is allowed in every possible zone', () => {
    const apart: Lead = { id: 'a1', timeZones: ['Asia/Tokyo', 'America/New_York'] }; // 14 h apart
    // Two 13-hour windows always overlap: 08:00 Tokyo = 23:00Z, while New York is open until 02:00Z.
    expect(checkContact(apart, [], regFPolicy, { now: '2026-01-15T13:30:00Z' }).nextEligibleAt).toBe(
      '2026-01-15T23:00:00.000Z',
    );
    const officeHours = defineContactPolicy({
      ...regFPolicy,
      id: 'office',
      channels: { call: { window: { start: '09:00', end: '17:00' } } },
    });
    const result = checkContact(apart, [], officeHours, { now: '2026-01-15T13:30:00Z' });
    expect(result.eligible).toBe(false);
    expect(result.nextEligibleAt).toBeUndefined();
    expect(result.reasons.at(-1)).toMatch(/No time in the next 400 days when a call is allowed in every time zone/);
  });

  it('checks an account without a zone against every US zone, and blocks it when the policy has no fallback', () => {
    expect(checkContact({ id: 'a1' }, [], regFPolicy, { now: '2026-01-15T17:00:00Z' }).eligible).toBe(false); // 07:00 in Honolulu
    expect(checkContact({ id: 'a1' }, [], regFPolicy, { now: '2026-01-15T19:00:00Z' }).eligible).toBe(true);
    const noFallback: ContactPolicy = { ...regFPolicy, fallbackTimeZones: undefined };
    expect(checkContact({ id: 'a1' }, [], noFallback, { now: '2026-01-15T19:00:00Z' }).reasons).toEqual([
      'No time zone on file — contact hours cannot be checked',
    ]);
    expect(
      checkContact({ id: 'a1', timeZone: '-05:00' }, [], regFPolicy, { now: '2026-01-15T19:00:00Z' }).reasons[0],
    ).toMatch(/not recognised/);
  });
});

describe('checkContact — conversations, flags and states', () => {
  it('blocks calls for 7 days after a conversation, the conversation day being day 1', () => {
    const talked = [call('2026-01-14T21:00:00Z', 'conversation')]; // Wed 15:00 CST
    const tuesday = checkContact(chicago, talked, regFPolicy, { now: '2026-01-20T18:00:00Z' });
    expect(tuesday.reasons).toEqual([
      'Spoke with the consumer Wed 15:00 local — no calls for 7 days after a conversation — next call allowed Wed 08:00 local',
    ]);
    expect(tuesday.nextEligibleAt).toBe('2026-01-21T14:00:00.000Z');
    expect(checkContact(chicago, talked, regFPolicy, { now: '2026-01-21T15:00:00Z' }).eligible).toBe(true);
    expect(
      checkContact(chicago, [call('2026-01-14T21:00:00Z', 'voicemail')], regFPolicy, { now: '2026-01-20T18:00:00Z' })
        .eligible,
    ).toBe(true);
    expect(checkContact(chicago, talked, regFPolicy, { now: '2026-01-20T18:00:00Z', channel: 'email' }).eligible).toBe(
      true,
    );
  });

  it('blocks every channel on a bankruptcy or dispute flag, with no automatic next time', () => {
    const lead: Lead = { ...chicago, flags: ['bankruptcy', 'vip'] };
    // 'vip' is a flag this policy knows not to block on (an unknown flag would block: a misspelling).
    const policy = defineContactPolicy({ ...regFPolicy, knownFlags: ['vip'] });
    const all = checkAllChannels(lead, [], policy, { now: '2026-01-15T18:00:00Z' });
    for (const check of Object.values(all)) {
      expect(check.eligible).toBe(false);
      expect(check.reasons).toEqual(['Bankruptcy on file — do not contact']);
      expect(check.nextEligibleAt).toBeUndefined();
    }
    expect(
      checkContact({ ...chicago, flags: ['dispute', 'do-not-contact'] }, [], regFPolicy, {
        now: '2026-01-15T18:00:00Z',
      }).reasons,
    ).toHaveLength(2);
  });

  it('applies a stricter state limit (2 calls in 7 days in MA) only to that state', () => {
    const policy = defineContactPolicy({
      ...regFPolicy,
      id: 'reg-f-ma',
      states: { MA: { call: { maxAttempts: { count: 2, days: 7 } } } },
    });
    const two = [call('2026-01-13T15:00:00Z'), call('2026-01-14T15:00:00Z')];
    const ma = checkContact({ ...newYork, state: 'ma' }, two, policy, { now: '2026-01-15T15:00:00Z' });
    expect(ma.reasons).toEqual([
      '2 call attempts in the last 7 days (limit 2 in MA) — next call allowed Tue 08:00 local',
    ]);
    expect(ma.nextEligibleAt).toBe('2026-01-20T13:00:00.000Z');
    // The window is inherited from the base rule.
    expect(checkContact({ ...newYork, state: 'MA' }, [], policy, { now: '2026-01-16T02:00:00Z' }).eligible).toBe(false);
    expect(checkContact({ ...newYork, state: 'NY' }, two, policy, { now: '2026-01-15T15:00:00Z' }).eligible).toBe(true);
  });

  it('lists every reason that applies at once', () => {
    const talked = [call('2026-01-15T14:00:00Z', 'conversation')];
    const result = checkContact(newYork, talked, regFPolicy, { now: '2026-01-16T02:30:00Z' });
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[0]).toMatch(/^Outside calling hours/);
    expect(result.reasons[1]).toMatch(/^Spoke with the consumer Thu 09:00 local/);
    expect(result.nextEligibleAt).toBe('2026-01-22T13:00:00.000Z');
  });
});

describe('defineContactPolicy', () => {
  it('refuses malformed policies with the path of the problem', () => {
    const bad = (patch: object) => () => defineContactPolicy({ ...regFPolicy, ...patch });
    expect(bad({ channels: { call: { window: { start: '21:00', end: '08:00' } } } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_POLICY', path: ['channels', 'call', 'window', 'end'] }),
    );
    expect(bad({ fallbackTimeZones: ['-05:00'] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_POLICY', path: ['fallbackTimeZones', 0] }),
    );
    expect(bad({ channels: { fax: {} } })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(bad({ states: { Mass: {} } })).toThrowError(expect.objectContaining({ path: ['states', 'Mass'] }));
    expect(bad({ stateField: 'a.__proto__' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PATH', path: ['stateField'] }),
    );
    expect(() =>
      checkContact(chicago, [{ leadId: 'a1', channel: 'call', at: '2026-01-01 10:00' }], regFPolicy, {
        now: '2026-01-15T18:00:00Z',
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_TIME', path: ['attempts', 0, 'at'] }));
  });

  it('accepts the default policy unchanged', () => {
    expect(defineContactPolicy(regFPolicy)).toEqual(regFPolicy);
  });
});

describe('regFPolicy', () => {
  it('is frozen all the way down, so a compiled copy can never go stale', () => {
    expect(Object.isFrozen(regFPolicy.channels.call!.maxAttempts)).toBe(true);
    expect(Object.isFrozen(regFPolicy.blockingFlags)).toBe(true);
  });
});
