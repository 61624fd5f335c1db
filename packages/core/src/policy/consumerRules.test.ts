// Calendar-based tests of the consumer's own contact rules (docs/queue-and-compliance.md,
// "Regulation F provisions"): inconvenient times, places, media opt-outs, per-debt counting,
// state presets and the blocks every refusal carries — in several zones, across DST changes.
// Expected instants are worked out from the zones' offsets, written beside each one.
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { checkAllChannels, checkContact } from './checkContact';
import { DEFAULT_OPT_OUT_INSTRUCTIONS } from './createContactChecker';
import { defineContactPolicy } from './defineContactPolicy';
import { regFPolicy } from './regFPolicy';
import { stateContactPresets, stricterChannelRule, withStatePresets } from './statePresets';
import type { ContactAttempt, ContactCheck } from './types';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const notBeforeNoon = { days: [...WEEKDAYS], end: '12:00' };
const call = (at: string, extra: Partial<ContactAttempt> = {}): ContactAttempt => ({
  leadId: 'a1',
  channel: 'call',
  at,
  outcome: 'no-answer',
  ...extra,
});

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isHotleadsError(error) ? `${error.code} ${error.path.join('.')}` : 'not a HotleadsError';
  }
  return undefined;
}

/** Every blocked check names its rule for each reason; `until` never precedes `now`. */
function expectWellFormed(check: ContactCheck, now: string): void {
  expect(check.eligible).toBe(check.reasons.length === 0);
  expect(check.blocks.map((b) => b.reason)).toEqual(check.reasons);
  for (const b of check.blocks) if (b.until !== undefined) expect(Date.parse(b.until)).toBeGreaterThan(Date.parse(now));
}

describe('inconvenient times the consumer names (1006.6(b)(1)(i))', () => {
  const lead: Lead = { id: 'a1', timeZone: 'America/New_York', inconvenientTimes: [notBeforeNoon] };

  it('blocks before noon on weekdays, the day after spring-forward (EDT, UTC−4), and says until when', () => {
    const now = '2026-03-09T15:59:00Z'; // Mon 11:59 EDT
    const check = checkContact(lead, [], regFPolicy, { now });
    expectWellFormed(check, now);
    expect(check.reasons).toEqual([
      'Consumer asked not to be called before 12:00 (Mon–Fri) — next call allowed Mon 12:00 local',
    ]);
    expect(check.nextEligibleAt).toBe('2026-03-09T16:00:00.000Z'); // 12:00 EDT
    expect(check.blocks).toEqual([
      {
        rule: 'inconvenient-time',
        reason: check.reasons[0],
        until: '2026-03-09T16:00:00.000Z',
        provision: '12 CFR 1006.6(b)(1)(i)',
      },
    ]);
    expect(checkContact(lead, [], regFPolicy, { now: '2026-03-09T16:00:00Z' }).eligible).toBe(true);
  });

  it('the Friday before spring-forward is still EST (UTC−5); the weekend is not covered', () => {
    expect(checkContact(lead, [], regFPolicy, { now: '2026-03-06T16:30:00Z' }).nextEligibleAt).toBe(
      '2026-03-06T17:00:00.000Z', // Fri 11:30 EST → 12:00 EST
    );
    expect(checkContact(lead, [], regFPolicy, { now: '2026-03-07T14:00:00Z' }).eligible).toBe(true); // Sat 09:00 EST
  });

  it('"never on Sundays" across the autumn change in Los Angeles (1 Nov 2026, PDT → PST)', () => {
    const sundays: Lead = { id: 'a1', timeZone: 'America/Los_Angeles', inconvenientTimes: [{ days: ['sun'] }] };
    expect(checkContact(sundays, [], regFPolicy, { now: '2026-11-01T03:00:00Z' }).eligible).toBe(true); // Sat 20:00 PDT
    const sunday = checkContact(sundays, [], regFPolicy, { now: '2026-11-01T18:00:00Z' }); // Sun 10:00 PST
    expect(sunday.reasons).toEqual(['Consumer asked not to be called on Sun — next call allowed Mon 08:00 local']);
    expect(sunday.nextEligibleAt).toBe('2026-11-02T16:00:00.000Z'); // Mon 08:00 PST
    // The block itself ends at midnight; the calling window keeps the account blocked until 08:00.
    expect(sunday.blocks[0]!.until).toBe('2026-11-02T08:00:00.000Z');
  });

  it('an account that could be in two zones takes the stricter window, inconvenient times included', () => {
    const both: Lead = {
      id: 'a1',
      timeZones: ['America/New_York', 'America/Los_Angeles'],
      inconvenientTimes: [{ start: '18:00' }],
    };
    // Mon 12 Jan 2026: 08:00 PST is 16:00Z, 18:00 EST is 23:00Z.
    expect(checkContact(both, [], regFPolicy, { now: '2026-01-12T15:59:00Z' }).eligible).toBe(false);
    expect(checkContact(both, [], regFPolicy, { now: '2026-01-12T16:00:00Z' }).eligible).toBe(true);
    expect(checkContact(both, [], regFPolicy, { now: '2026-01-12T22:59:00Z' }).eligible).toBe(true);
    const late = checkContact(both, [], regFPolicy, { now: '2026-01-12T23:00:00Z' });
    expect(late.reasons[0]).toMatch(/^Consumer asked not to be called after 18:00 — next call allowed Tue /);
    expect(late.nextEligibleAt).toBe('2026-01-13T16:00:00.000Z');
  });

  it('in Sydney across the April change (AEDT, UTC+11 → AEST, UTC+10), per channel', () => {
    const sydney: Lead = {
      id: 'a1',
      timeZone: 'Australia/Sydney',
      inconvenientTimes: [{ end: '09:00', channels: ['call'] }],
    };
    expect(checkContact(sydney, [], regFPolicy, { now: '2026-04-03T21:30:00Z' }).nextEligibleAt).toBe(
      '2026-04-03T22:00:00.000Z', // Sat 4 Apr 08:30 AEDT → 09:00 AEDT
    );
    expect(checkContact(sydney, [], regFPolicy, { now: '2026-04-05T22:30:00Z' }).nextEligibleAt).toBe(
      '2026-04-05T23:00:00.000Z', // Mon 6 Apr 08:30 AEST → 09:00 AEST
    );
    // Only calls: a text at 08:30 is within the 08:00–21:00 window.
    expect(checkContact(sydney, [], regFPolicy, { now: '2026-04-05T22:30:00Z', channel: 'text' }).eligible).toBe(true);
  });

  it('blocks, naming the field, when the times cannot be read', () => {
    for (const inconvenientTimes of [
      'noon',
      [{ days: ['funday'] }],
      [{ start: '12:00', end: '09:00' }],
      [{ end: '9am' }],
      [null],
    ]) {
      const check = checkContact({ id: 'a1', timeZone: 'America/Chicago', inconvenientTimes }, [], regFPolicy, {
        now: '2026-03-10T18:00:00Z',
      });
      expect(check.eligible).toBe(false);
      expect(check.nextEligibleAt).toBeUndefined();
      expect(check.blocks).toEqual([expect.objectContaining({ rule: 'unreadable' })]);
      expect(check.reasons[0]).toMatch(/^inconvenientTimes unreadable/);
    }
  });
});

describe('inconvenient places and the workplace (1006.6(b)(1)(ii)–(iii), 1006.6(b)(3), 1006.22(f)(3))', () => {
  const now = '2026-03-10T18:00:00Z'; // Tue 13:00 Chicago (CDT)
  const work = '+1 312 555 0100';
  const lead: Lead = {
    id: 'a1',
    timeZone: 'America/Chicago',
    contactPoints: [
      { type: 'phone', value: work, workplace: true, employerForbids: true },
      { type: 'phone', value: '+1 773 555 0199' },
      { type: 'email', value: 'pat@employer.example', workplace: true },
      { type: 'email', value: 'pat@home.example' },
    ],
  };

  it('blocks every channel that reaches a workplace the employer forbids', () => {
    for (const channel of ['call', 'text'] as const) {
      const check = checkContact(lead, [], regFPolicy, { now, channel, to: '(312) 555-0100' });
      expect(check.eligible).toBe(false);
      expect(check.blocks).toEqual([
        expect.objectContaining({
          rule: 'place',
          reason: `${work} is a workplace number and the employer forbids contact there`,
        }),
      ]);
      expect(check.nextEligibleAt).toBeUndefined();
    }
    expect(checkContact(lead, [], regFPolicy, { now, to: '773-555-0199' }).eligible).toBe(true);
  });

  it('without `to`, says which numbers and addresses may be used', () => {
    expect(checkContact(lead, [], regFPolicy, { now }).usable).toEqual(['+1 773 555 0199']);
    expect(checkContact(lead, [], regFPolicy, { now, channel: 'email' }).usable).toEqual(['pat@home.example']);
    const onlyWork: Lead = {
      id: 'a1',
      timeZone: 'America/Chicago',
      contactPoints: [lead.contactPoints as never[]][0]!.slice(0, 1),
    };
    const check = checkContact(onlyWork, [], regFPolicy, { now });
    expect(check.eligible).toBe(false);
    expect(check.blocks.map((b) => b.rule)).toEqual(['place']);
  });

  it('refuses a work email address unless the consumer agreed to it, and an inconvenient place', () => {
    const email = checkContact(lead, [], regFPolicy, { now, channel: 'email', to: 'Pat@Employer.example ' });
    expect(email.reasons).toEqual([
      "pat@employer.example is a work email address — do not email it without the consumer's consent",
    ]);
    const consented: Lead = {
      id: 'a1',
      timeZone: 'America/Chicago',
      contactPoints: [{ type: 'email', value: 'pat@employer.example', workplace: true, consented: true }],
    };
    expect(
      checkContact(consented, [], regFPolicy, { now, channel: 'email', to: 'pat@employer.example' }).eligible,
    ).toBe(true);
    const inconvenient: Lead = {
      id: 'a1',
      timeZone: 'America/Chicago',
      contactPoints: [{ type: 'phone', value: '555 0142', inconvenient: true }],
    };
    expect(checkContact(inconvenient, [], regFPolicy, { now, to: '5550142' }).reasons).toEqual([
      'Consumer said 555 0142 is an inconvenient place to be reached',
    ]);
  });

  it('blocks an account whose contact points cannot be read', () => {
    const check = checkContact(
      { id: 'a1', timeZone: 'America/Chicago', contactPoints: [{ type: 'fax', value: '1' }] },
      [],
      regFPolicy,
      { now },
    );
    expect(check.reasons[0]).toMatch(/^contactPoints unreadable/);
  });
});

describe('media the consumer ruled out (1006.14(h)) and opt-out instructions (1006.6(e))', () => {
  const now = '2026-03-10T18:00:00Z';
  const lead: Lead = {
    id: 'a1',
    timeZone: 'America/Chicago',
    optOuts: [
      { channel: 'text', to: '+1 312 555 0117', at: '2026-03-01T12:00:00Z' },
      { channel: 'email', at: '2026-03-12T12:00:00Z' }, // recorded after now
    ],
  };

  it('refuses a text to a number the consumer opted out of, and allows another number', () => {
    const check = checkContact(lead, [], regFPolicy, { now, channel: 'text', to: '312-555-0117' });
    expect(check.blocks).toEqual([
      {
        rule: 'opt-out',
        reason: 'Consumer opted out of texts to +1 312 555 0117 on 2026-03-01 — use another way to reach them',
        provision: '12 CFR 1006.14(h)',
      },
    ]);
    expect(checkContact(lead, [], regFPolicy, { now, channel: 'text', to: '312-555-0999' }).eligible).toBe(true);
    expect(checkContact(lead, [], regFPolicy, { now, to: '312-555-0117' }).eligible).toBe(true); // calls are another medium
  });

  it('counts an opt-out only from the time it was recorded; a channel-wide one blocks every address', () => {
    expect(checkContact(lead, [], regFPolicy, { now, channel: 'email' }).eligible).toBe(true);
    const later = checkContact(lead, [], regFPolicy, {
      now: '2026-03-12T18:00:00Z',
      channel: 'email',
      to: 'a@b.example',
    });
    expect(later.blocks.map((b) => b.rule)).toEqual(['opt-out']);
  });

  it('every text and email check carries the opt-out instructions, as data; a call check none', () => {
    const all = checkAllChannels(lead, [], regFPolicy, { now });
    expect(all.call.optOutInstructions).toBeUndefined();
    expect(all.text.optOutInstructions).toBe(DEFAULT_OPT_OUT_INSTRUCTIONS.text);
    expect(all.email.optOutInstructions).toBe(DEFAULT_OPT_OUT_INSTRUCTIONS.email);
    const own = defineContactPolicy({ ...regFPolicy, id: 'own', optOutInstructions: { text: 'Text END to stop.' } });
    expect(checkContact(lead, [], own, { now, channel: 'text' }).optOutInstructions).toBe('Text END to stop.');
    expect(code(() => defineContactPolicy({ ...regFPolicy, optOutInstructions: { text: ' ' } }))).toBe(
      'INVALID_POLICY optOutInstructions.text',
    );
  });

  it('blocks an account whose opt-outs cannot be read (no time, unknown channel)', () => {
    for (const optOuts of [[{ channel: 'text' }], [{ channel: 'fax', at: now }], 'text'])
      expect(
        checkContact({ id: 'a1', timeZone: 'America/Chicago', optOuts }, [], regFPolicy, { now }).reasons[0],
      ).toMatch(/^optOuts unreadable/);
  });
});

describe('counting per debt (1006.14(b)(2))', () => {
  const lead: Lead = { id: 'a1', timeZone: 'America/Chicago' };
  const perDebt = defineContactPolicy({ ...regFPolicy, id: 'per-debt', attemptCounting: 'per-debt' });
  const now = '2026-03-10T18:00:00Z';
  // Seven calls about D1, one a day from Wed 4 Mar to Tue 10 Mar, 10:00 Chicago.
  const days = ['04', '05', '06', '07', '08', '09', '10'];
  const aboutD1 = days.map((d) => call(`2026-03-${d}T${d < '08' ? '16' : '15'}:00:00Z`, { debtIds: ['D1'] }));

  it('counts only the calls about the debt in question', () => {
    expect(checkContact(lead, aboutD1, perDebt, { now, debtIds: ['D2'] }).eligible).toBe(true);
    const d1 = checkContact(lead, aboutD1, perDebt, { now, debtIds: ['D1'] });
    expect(d1.reasons).toEqual([
      '7 call attempts about debt D1 in the last 7 days (limit 7) — next call allowed Wed 08:00 local',
    ]);
    expect(d1.nextEligibleAt).toBe('2026-03-11T13:00:00.000Z'); // Wed 08:00 CDT
    expect(checkContact(lead, aboutD1, perDebt, { now, debtIds: ['D2', 'D1'] }).eligible).toBe(false);
  });

  it('a call about several debts counts for each; one without debtIds counts for all', () => {
    const mixed = [
      ...aboutD1.slice(0, 5).map((a) => ({ ...a, debtIds: ['D1', 'D2'] })),
      ...aboutD1.slice(5).map(({ debtIds: _, ...a }) => a),
    ];
    expect(checkContact(lead, mixed, perDebt, { now, debtIds: ['D2'] }).eligible).toBe(false);
    expect(checkContact(lead, mixed, perDebt, { now, debtIds: ['D3'] }).eligible).toBe(true); // 2 calls without debtIds
  });

  it('regFPolicy counts per account, the stricter option', () => {
    expect(regFPolicy.attemptCounting).toBe('per-account');
    expect(checkContact(lead, aboutD1, regFPolicy, { now, debtIds: ['D2'] }).eligible).toBe(false);
    expect(checkContact(lead, aboutD1, perDebt, { now }).eligible).toBe(false); // no debt named: every call counts
  });

  it('refuses malformed debtIds on an attempt or the options, and an empty `to`', () => {
    expect(code(() => checkContact(lead, [call(now, { debtIds: [''] })], perDebt, { now }))).toBe(
      'INVALID_ARGUMENT attempts.0.debtIds',
    );
    expect(code(() => checkContact(lead, [], perDebt, { now, debtIds: 'D1' as never }))).toBe(
      'INVALID_ARGUMENT debtIds',
    );
    expect(code(() => checkContact(lead, [], perDebt, { now, to: ' ' }))).toBe('INVALID_ARGUMENT to');
  });
});

describe('state presets, composed with the stricter rule winning', () => {
  const now = '2026-03-10T18:00:00Z';
  const boston: Lead = { id: 'a1', timeZone: 'America/New_York', state: 'MA' };
  const twoCalls = [call('2026-03-08T16:00:00Z'), call('2026-03-09T16:00:00Z')];

  it('Massachusetts allows 2 calls in 7 days (940 CMR 7.04(1)(f)); texts too', () => {
    const policy = withStatePresets(regFPolicy, ['MA']);
    expect(stateContactPresets.MA!.source).toBe('940 CMR 7.04(1)(f)');
    const check = checkContact(boston, twoCalls, policy, { now });
    expect(check.reasons[0]).toMatch(/^2 call attempts in the last 7 days \(limit 2 in MA\)/);
    expect(check.blocks[0]!.rule).toBe('attempts');
    expect(checkContact({ ...boston, state: 'TX' }, twoCalls, policy, { now }).eligible).toBe(true);
    expect(policy.states?.MA?.text?.maxAttempts).toEqual({ count: 2, days: 7 });
    expect(policy.states?.MA?.call?.window).toEqual(regFPolicy.channels.call?.window); // the base window stays
  });

  it('a state rule already stricter than the preset stays; windows intersect', () => {
    const own = defineContactPolicy({
      ...regFPolicy,
      id: 'own',
      states: { MA: { call: { maxAttempts: { count: 1, days: 7 }, window: { start: '09:00', end: '22:00' } } } },
    });
    const policy = withStatePresets(own, ['MA', 'WA']);
    expect(policy.states?.MA?.call).toMatchObject({
      maxAttempts: { count: 1, days: 7 },
      window: { start: '09:00', end: '22:00' }, // the policy's own choice for MA; the preset has no window
    });
    expect(
      stricterChannelRule({ window: { start: '09:00', end: '22:00' } }, { window: { start: '08:00', end: '21:00' } }),
    ).toEqual({ window: { start: '09:00', end: '21:00' } });
    expect(policy.states?.WA?.call?.maxAttempts).toEqual({ count: 3, days: 7 });
  });

  it('refuses what cannot be combined and an unknown state', () => {
    expect(
      code(() => stricterChannelRule({ maxAttempts: { count: 2, days: 3 } }, { maxAttempts: { count: 5, days: 7 } })),
    ).toBe('INVALID_POLICY maxAttempts');
    expect(
      code(() =>
        stricterChannelRule({ window: { start: '08:00', end: '10:00' } }, { window: { start: '11:00', end: '21:00' } }),
      ),
    ).toBe('INVALID_POLICY window');
    expect(code(() => withStatePresets(regFPolicy, ['ZZ']))).toBe('INVALID_POLICY states.0');
    expect(code(() => withStatePresets(regFPolicy, ['toString']))).toBe('INVALID_POLICY states.0');
  });
});
