import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { checkContact } from './checkContact';
import { defineContactPolicy } from './defineContactPolicy';
import { contactRatePrior, describeBestContact, recommendContact } from './recommendContact';
import { regFPolicy } from './regFPolicy';
import type { ContactAttempt } from './types';

const chicago: Lead = { id: 'a1', timeZone: 'America/Chicago' };
const attempt = (at: string, outcome: ContactAttempt['outcome'], leadId = 'a1'): ContactAttempt => ({
  leadId,
  channel: 'call',
  at,
  outcome,
});
// Mon 16 – Fri 20 Feb 2026, 18:30 CST (00:30Z the next day): 4 conversations of 5.
const evenings = ['17', '18', '19', '20', '21'].map((d, i) =>
  attempt(`2026-02-${d}T00:30:00Z`, i === 2 ? 'no-answer' : 'conversation'),
);
// Mon 23 – Fri 27 Feb, 10:15 CST: 5 unanswered.
const mornings = ['23', '24', '25', '26', '27'].map((d) => attempt(`2026-02-${d}T16:15:00Z`, 'no-answer'));
const now = '2026-03-09T15:00:00Z'; // Mon 10:00 CDT, the day after spring-forward

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isHotleadsError(error) ? `${error.code} ${error.path.join('.')}` : 'not a HotleadsError';
  }
  return undefined;
}

describe('recommendContact', () => {
  it("ranks the account's own best hour first, with the reason and the shrunk rate", () => {
    const rec = recommendContact(chicago, [...evenings, ...mornings], regFPolicy, { now, horizonHours: 48 });
    const [first, second] = rec.channels.call.slots;
    expect(first).toMatchObject({
      start: '2026-03-09T23:00:00.000Z', // 18:00 CDT
      end: '2026-03-10T00:00:00.000Z',
      weekday: 'Mon',
      localStart: '18:00',
      localEnd: '19:00',
      dayType: 'weekday',
      attempts: 5,
      answered: 4,
      reason: 'answered 4 of 5 calls between 18:00 and 19:00 on weekdays',
    });
    // (k + m·p) / (n + m) with k = 4, n = 5 and the default prior m = 5, p = 0.1: 4.5 / 10.
    expect(first!.expectedRate).toBeCloseTo(0.45, 12);
    expect(second!.start).toBe('2026-03-10T23:00:00.000Z'); // the same hour tomorrow: equal rate, later
    expect(rec.best).toEqual(first);
    expect(rec.text).toBe('Best: call today 18:00–19:00');
    expect(rec.zone).toBe('America/Chicago');
    // Mornings that went unanswered rank below hours with no history: 0.5 / 10 against the prior's 0.1.
    const morning = recommendContact(chicago, mornings, regFPolicy, { now, horizonHours: 4, maxSlots: 50 }).channels
      .call;
    expect(morning.slots.map((s) => s.localStart)).toEqual(['11:00', '12:00', '13:00', '10:00']);
  });

  it('gives a new account the agency-wide best hours, from contactRatePrior', () => {
    // The agency reaches people at 19:00 on weekdays: 3 of 3 there, 0 of 3 at 09:00.
    const book: Lead[] = [0, 1, 2].map((i) => ({ id: `b${i}`, timeZone: 'America/New_York' }));
    const history = book.flatMap((b) => [
      attempt('2026-02-24T00:10:00Z', 'conversation', b.id), // Mon 23 Feb 19:10 EST
      attempt('2026-02-23T14:10:00Z', 'no-answer', b.id), // 09:10 EST
    ]);
    const prior = contactRatePrior(book, history);
    // (K_h + P) / (N_h + 1) with P = 3/6: 19:00 → 3.5 / 4; 09:00 → 0.5 / 4.
    expect(prior.rates.call?.weekday[19]).toBeCloseTo(0.875, 12);
    expect(prior.rates.call?.weekday[9]).toBeCloseTo(0.125, 12);
    const rec = recommendContact({ id: 'new', timeZone: 'America/New_York' }, [], regFPolicy, { now, prior });
    expect(rec.best).toMatchObject({ channel: 'call', hour: 19, localStart: '19:00', attempts: 0 });
    expect(rec.best!.reason).toBe(
      'no calls to this account between 19:00 and 20:00 on weekdays yet — agency-wide 88% answered',
    );
  });

  it('never starts before a block clears (Massachusetts: 2 calls in 7 days)', () => {
    const ma = defineContactPolicy({
      ...regFPolicy,
      id: 'ma',
      states: { MA: { call: { maxAttempts: { count: 2, days: 7 } } } },
    });
    const boston: Lead = { id: 'a1', timeZone: 'America/New_York', state: 'MA' };
    const two = [attempt('2026-03-04T15:00:00Z', 'no-answer'), attempt('2026-03-05T15:00:00Z', 'no-answer')];
    const check = checkContact(boston, two, ma, { now: '2026-03-09T15:00:00Z' });
    expect(check.nextEligibleAt).toBe('2026-03-11T12:00:00.000Z'); // Wed 08:00 EDT: Mar 4 leaves the 7 days
    const rec = recommendContact(boston, two, ma, { now: '2026-03-09T15:00:00Z', horizonHours: 72 });
    expect(rec.channels.call.windows[0]!.start).toBe(check.nextEligibleAt);
    expect(rec.channels.text.windows[0]!.start).toBe('2026-03-09T15:00:00.000Z'); // texts are not limited
  });

  it('labels local hours right across the autumn change (New York, 1 Nov 2026)', () => {
    const ny: Lead = { id: 'a1', timeZone: 'America/New_York' };
    const rec = recommendContact(ny, [], regFPolicy, { now: '2026-11-01T05:00:00Z', horizonHours: 24, maxSlots: 50 });
    const first = rec.channels.call.slots.find((s) => s.start === '2026-11-01T13:00:00.000Z'); // 08:00 EST
    expect(first).toMatchObject({ localStart: '08:00', localEnd: '09:00', weekday: 'Sun', dayType: 'weekend' });
    expect(rec.channels.call.windows).toEqual([{ start: '2026-11-01T13:00:00.000Z', end: '2026-11-02T02:00:00.000Z' }]);
    expect(rec.channels.call.slots).toHaveLength(13);
  });

  it('proposes nothing for an account only a person can clear, and says so', () => {
    const rec = recommendContact({ ...chicago, flags: ['bankruptcy'] }, [], regFPolicy, { now, horizonHours: 24 });
    expect(rec.best).toBeUndefined();
    expect(rec.text).toBe('No lawful contact time in the next 24 hours');
    expect(rec.channels.email.windows).toEqual([]);
    expect(rec.channels.call.check.reasons).toEqual(['Bankruptcy on file — do not contact']);
  });

  it('keeps to the channels asked for, in their order for ties', () => {
    const rec = recommendContact(chicago, [], regFPolicy, { now, channels: ['email', 'text'], horizonHours: 2 });
    expect(rec.channels.call.slots).toEqual([]);
    expect(rec.best!.channel).toBe('email');
    expect(rec.text).toBe('Best: email today 10:00–11:00');
    expect(describeBestContact(rec.best, '2026-03-08T15:00:00Z', 2)).toBe('Best: email tomorrow 10:00–11:00');
  });

  it('refuses bad options', () => {
    for (const horizonHours of [0, 337, 1.5, '24'])
      expect(code(() => recommendContact(chicago, [], regFPolicy, { now, horizonHours: horizonHours as number }))).toBe(
        'INVALID_ARGUMENT horizonHours',
      );
    expect(
      code(() =>
        recommendContact(chicago, [], regFPolicy, { now, prior: { strength: 0, rates: {}, fallbackRate: 0.1 } }),
      ),
    ).toBe('INVALID_ARGUMENT prior.strength');
    expect(
      code(() =>
        recommendContact(chicago, [], regFPolicy, {
          now,
          prior: { strength: 1, rates: { call: { weekday: [2], weekend: [] } }, fallbackRate: 0.1 },
        }),
      ),
    ).toBe('INVALID_ARGUMENT prior.rates.call.weekday');
    expect(code(() => recommendContact(chicago, [], regFPolicy, { now, channels: ['fax' as never] }))).toBe(
      'INVALID_ARGUMENT channels.0',
    );
    expect(code(() => recommendContact(chicago, [{ leadId: 'a1' } as never], regFPolicy, { now }))).toBe(
      'INVALID_ARGUMENT attempts.0.channel',
    );
  });
});
