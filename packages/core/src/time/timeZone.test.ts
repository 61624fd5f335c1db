import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIanaTimeZone, localParts, zonedTimeToMs, zoneOffset } from './timeZone';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Santiago',
  'UTC',
];
// Minutes around the 2026 changes: US 8 Mar and 1 Nov, EU 29 Mar and 25 Oct, Lord Howe / Chatham 5 Apr.
const CHANGE_DAYS = [
  '2026-03-08',
  '2026-11-01',
  '2026-03-29',
  '2026-10-25',
  '2026-04-04',
  '2026-04-05',
  '2026-09-27',
].map((d) => Date.parse(`${d}T00:00:00Z`));

describe('timeZone', () => {
  it('the cached zone offset always equals the tz database, minute by minute around DST changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...CHANGE_DAYS),
        fc.integer({ min: -24 * 60, max: 48 * 60 }),
        fc.integer({ min: 0, max: 59_999 }),
        (zone, day, minute, ms) => {
          const t = day + minute * 60_000 + ms;
          expect(zoneOffset(zone, t)).toBe(tzOffset(zone, new Date(t)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips local wall times to instants, and knows a DST day is still one calendar day', () => {
    const day = localParts(Date.parse('2026-03-08T12:00:00Z'), 'America/New_York').day;
    expect(zonedTimeToMs(day, 8 * 60, 'America/New_York')).toBe(Date.parse('2026-03-08T12:00:00Z'));
    expect(zonedTimeToMs(day - 1, 8 * 60, 'America/New_York')).toBe(Date.parse('2026-03-07T13:00:00Z'));
    expect(localParts(Date.parse('2026-03-08T04:59:00Z'), 'America/New_York')).toEqual({
      day: day - 1,
      minutes: 23 * 60 + 59,
    });
    expect(localParts(Date.parse('2026-03-09T03:59:00Z'), 'America/New_York')).toEqual({ day, minutes: 23 * 60 + 59 });
  });

  it('accepts IANA names only', () => {
    expect(isIanaTimeZone('America/Chicago')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
    for (const bad of ['-05:00', '+0530', 'Mars/Olympus', '', 5]) expect(isIanaTimeZone(bad)).toBe(false);
  });
});
