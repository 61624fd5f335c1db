import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../lead/types';
import { checkContact } from './checkContact';
import { defineContactPolicy } from './defineContactPolicy';
import { regFPolicy } from './regFPolicy';
import type { ContactAttempt } from './types';

const HOUR = 3_600_000;
// Around the 2026 US spring-forward (8 Mar) and European (29 Mar) changes.
const START = Date.parse('2026-03-01T00:00:00Z');
const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Pacific/Honolulu',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];
const strict = defineContactPolicy({
  ...regFPolicy,
  id: 'strict',
  states: { MA: { call: { maxAttempts: { count: 2, days: 7 } } } },
});

const caseArb = fc.record({
  zones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 2 }),
  state: fc.constantFrom('MA', 'TX'),
  nowOffset: fc.integer({ min: 10 * 24, max: 40 * 24 }).map((h) => h * HOUR),
  attempts: fc.array(fc.record({ ago: fc.integer({ min: 0, max: 10 * 24 * 60 }), conversation: fc.boolean() }), {
    maxLength: 12,
  }),
});

describe('checkContact — properties', () => {
  it('nextEligibleAt is the first allowed minute: allowed there, blocked the minute before', () => {
    const seen = { blocked: 0, byCount: 0, byConversation: 0 };
    fc.assert(
      fc.property(caseArb, ({ zones, state, nowOffset, attempts }) => {
        const now = START + nowOffset;
        const lead: Lead = { id: 'a', state, timeZones: zones };
        const touches: ContactAttempt[] = attempts.map((a) => ({
          leadId: 'a',
          channel: 'call',
          at: now - a.ago * 60_000,
          outcome: a.conversation && a.ago % 5 === 0 ? 'conversation' : 'no-answer',
        }));
        const result = checkContact(lead, touches, strict, { now });
        expect(result.eligible).toBe(result.reasons.length === 0);
        if (result.eligible) {
          expect(result.nextEligibleAt).toBeUndefined();
          return;
        }
        expect(result.nextEligibleAt).toBeDefined();
        seen.blocked++;
        if (result.reasons.some((r) => r.includes('attempt'))) seen.byCount++;
        if (result.reasons.some((r) => r.startsWith('Spoke'))) seen.byConversation++;
        const next = Date.parse(result.nextEligibleAt!);
        expect(next).toBeGreaterThan(now);
        expect(checkContact(lead, touches, strict, { now: next }).eligible).toBe(true);
        expect(checkContact(lead, touches, strict, { now: next - 60_000 }).eligible).toBe(false);
      }),
    );
    // The generated calendars really exercise every kind of block.
    expect(seen.blocked).toBeGreaterThan(50);
    expect(seen.byCount).toBeGreaterThan(10);
    expect(seen.byConversation).toBeGreaterThan(10);
  });

  it('a second possible zone never makes an account more contactable', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 60 * 24 * 4 }),
        (a, b, quarterHours) => {
          const now = START + quarterHours * 15 * 60_000;
          const one = checkContact({ id: 'x', timeZone: a }, [], regFPolicy, { now });
          const two = checkContact({ id: 'x', timeZones: [a, b] }, [], regFPolicy, { now });
          if (two.eligible) expect(one.eligible).toBe(true);
        },
      ),
    );
  });
});
