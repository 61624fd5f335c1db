// recommendContact never proposes a time the policy forbids: over random policies, attempt
// histories, consumer rules and zones, with `now` near the daylight-saving changes of 2026
// (US 8 Mar / 1 Nov, Europe 29 Mar / 25 Oct, Sydney 5 Apr / 4 Oct), every allowed window and
// every slot is checked with checkContact, every 20 minutes and at both ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../lead/types';
import { checkContact } from './checkContact';
import { defineContactPolicy } from './defineContactPolicy';
import { recommendContact } from './recommendContact';
import { regFPolicy } from './regFPolicy';
import { CONTACT_CHANNELS, type ContactAttempt, type ContactPolicy, type Weekday } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CHANGES = [
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-04-04T16:00:00Z',
  '2026-10-03T16:00:00Z',
].map(Date.parse);
const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Sydney',
  'Pacific/Honolulu',
  'Asia/Kolkata',
];
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 1, max: 48 }))
  .map(([a, len]) => ({ start: clock(a * 30), end: clock(Math.min(48, a + len) * 30) }))
  .filter((w) => w.start < w.end || w.end === '24:00');
const ruleArb = fc.record(
  {
    window: windowArb,
    maxAttempts: fc.record({ count: fc.integer({ min: 1, max: 7 }), days: fc.integer({ min: 1, max: 7 }) }),
    quietAfterConversation: fc.record({ days: fc.integer({ min: 1, max: 7 }) }),
  },
  { requiredKeys: [] },
);
const policyArb: fc.Arbitrary<ContactPolicy> = fc
  .record({
    call: ruleArb,
    text: ruleArb,
    email: fc.option(ruleArb, { nil: undefined }),
    ma: fc.option(ruleArb, { nil: undefined }),
    perDebt: fc.boolean(),
  })
  .map(({ call, text, email, ma, perDebt }) =>
    defineContactPolicy({
      ...regFPolicy,
      id: 'random',
      channels: email === undefined ? { call, text } : { call, text, email },
      ...(ma === undefined ? {} : { states: { MA: { call: ma } } }),
      attemptCounting: perDebt ? 'per-debt' : 'per-account',
    }),
  );
const inconvenientArb = fc.array(
  fc.record(
    {
      days: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }),
      start: fc.integer({ min: 0, max: 22 }).map((h) => clock(h * 60)),
      end: fc.integer({ min: 23, max: 24 }).map((h) => clock(h * 60)),
      channels: fc.constantFrom(['call'], ['text', 'email']),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 3 },
);
const caseArb = fc.record({
  policy: policyArb,
  zones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 2 }),
  state: fc.constantFrom('MA', 'TX'),
  change: fc.constantFrom(...CHANGES),
  shift: fc.integer({ min: -30, max: 6 }).map((h) => h * HOUR),
  inconvenient: inconvenientArb,
  optOutText: fc.boolean(),
  history: fc.array(
    fc.record({
      ago: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      channel: fc.constantFrom(...CONTACT_CHANNELS),
      outcome: fc.constantFrom('conversation', 'no-answer', 'voicemail', undefined),
      debt: fc.constantFrom<string[] | undefined>(['D1'], ['D2'], ['D1', 'D2'], undefined),
    }),
    { maxLength: 20 },
  ),
  debtIds: fc.constantFrom<string[] | undefined>(['D1'], ['D2'], undefined),
  horizonHours: fc.integer({ min: 6, max: 96 }),
});

describe('recommendContact — properties', () => {
  it('never proposes an instant the policy forbids, and ranks slots by expected rate', () => {
    const seen = { slots: 0, blockedNow: 0, empty: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const now = c.change + c.shift;
        const lead: Lead = {
          id: 'a1',
          state: c.state,
          ...(c.zones.length === 1 ? { timeZone: c.zones[0] } : { timeZones: c.zones }),
          inconvenientTimes: c.inconvenient,
          ...(c.optOutText ? { optOuts: [{ channel: 'text', at: now - HOUR }] } : {}),
        };
        const attempts: ContactAttempt[] = c.history.map((h) => ({
          leadId: 'a1',
          channel: h.channel,
          at: now - h.ago * MINUTE,
          ...(h.outcome === undefined ? {} : { outcome: h.outcome }),
          ...(h.debt === undefined ? {} : { debtIds: h.debt }),
        }));
        const debt = c.debtIds === undefined ? {} : { debtIds: c.debtIds };
        const rec = recommendContact(lead, attempts, c.policy, {
          now,
          horizonHours: c.horizonHours,
          maxSlots: 50,
          ...debt,
        });
        const allowed = (t: number, channel: (typeof CONTACT_CHANNELS)[number]) =>
          checkContact(lead, attempts, c.policy, { now: t, channel, ...debt }).eligible;
        let any = false;
        for (const channel of CONTACT_CHANNELS) {
          const r = rec.channels[channel];
          if (!r.check.eligible) seen.blockedNow++;
          for (const w of r.windows) {
            const from = Date.parse(w.start);
            const to = Date.parse(w.end);
            expect(from).toBeGreaterThanOrEqual(now);
            expect(to).toBeLessThanOrEqual(now + c.horizonHours * HOUR);
            expect(from).toBeLessThan(to);
            for (let t = from; t < to; t += 20 * MINUTE)
              expect(allowed(t, channel), `${channel} at ${new Date(t).toISOString()}`).toBe(true);
            expect(allowed(to - 1, channel), `${channel} just before ${w.end}`).toBe(true);
          }
          for (let i = 0; i < r.slots.length; i++) {
            const s = r.slots[i]!;
            any = true;
            seen.slots++;
            expect(allowed(Date.parse(s.start), channel)).toBe(true);
            expect(allowed(Date.parse(s.end) - 1, channel)).toBe(true);
            expect(r.windows.some((w) => w.start <= s.start && s.end <= w.end)).toBe(true);
            if (i > 0) expect(r.slots[i - 1]!.expectedRate).toBeGreaterThanOrEqual(s.expectedRate);
          }
          // An account allowed now has a window that starts now.
          if (r.check.eligible) expect(r.windows[0]?.start).toBe(new Date(now).toISOString());
        }
        if (!any) seen.empty++;
        expect(rec.best === undefined).toBe(!any);
      }),
      { seed: 18_2026, numRuns: 100 },
    );
    // The generator reaches both kinds of account.
    expect(seen.slots).toBeGreaterThan(500);
    expect(seen.blockedNow).toBeGreaterThan(20);
  }, 120_000);
});
