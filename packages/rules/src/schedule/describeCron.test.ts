import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCron } from './describeCron';
import { nextRuns } from './nextRuns';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

describe('describeCron', () => {
  it('says the common shapes in words', () => {
    expect(describeCron('0 10 * * 2')).toBe('at 10:00 every Tuesday');
    expect(describeCron('0 9 * * 1-5')).toBe('at 09:00 on Monday to Friday');
    expect(describeCron('30 8 * * 1,3,5')).toBe('at 08:30 on Monday, Wednesday and Friday');
    expect(describeCron('0 * * * *')).toBe('every hour on the hour, every day');
    expect(describeCron('15 * * * 0')).toBe('every hour at minute 15, every Sunday');
    expect(describeCron('*/15 * * * *')).toBe('every 15 minutes, every day');
    expect(describeCron('* * * * *')).toBe('every minute, every day');
    expect(describeCron('0 */6 * * *')).toBe('every 6 hours at minute 0, every day');
    expect(describeCron('30 2 1 * *')).toBe('at 02:30 on day 1 of every month');
    expect(describeCron(' 0  10 * * 7 ')).toBe('at 10:00 every Sunday');
  });

  it('gives undefined for what it does not say, and for anything that is not a cron string', () => {
    for (const cron of [
      '*/15 9-17 * * 1-5',
      '0 10 * 1 *',
      '0 10 1 * 1',
      '0 10 * * MON',
      '0 10 * * 5-1',
      '0 0 10 * * 2',
      '60 10 * * *',
      '0 24 * * *',
      'every day',
      '',
      'x'.repeat(200),
      7,
      null,
      undefined,
      { cron: '0 * * * *' },
    ])
      expect(describeCron(cron)).toBeUndefined();
  });

  it('property: the words of "m h * * d" name the time and day of every next run croner gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
        (m, h, d, now) => {
          const cron = `${m} ${h} * * ${d}`;
          const words = describeCron(cron)!;
          for (const run of nextRuns({ type: 'schedule', cron }, { now, count: 3 })) {
            const at = new Date(run);
            const hhmm = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
            expect(words).toBe(`at ${hhmm} every ${DAYS[at.getUTCDay()]}`);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: a weekday range names the first and last day of the runs croner gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 6 }), (from, span) => {
        const to = Math.min(7, from + span);
        const cron = `0 12 * * ${from}-${to}`;
        expect(describeCron(cron)).toBe(`at 12:00 on ${DAYS[from]} to ${DAYS[to % 7]}`);
        const days = new Set(
          nextRuns({ type: 'schedule', cron }, { now: '2026-03-01T00:00:00Z', count: 14 }).map((r) =>
            new Date(r).getUTCDay(),
          ),
        );
        const expected = new Set(Array.from({ length: to - from + 1 }, (_, i) => (from + i) % 7));
        expect(days).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
