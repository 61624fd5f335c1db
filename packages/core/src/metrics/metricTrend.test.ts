import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToPrevious } from './compareToPrevious';
import { metricTrend } from './metricTrend';

describe('metricTrend', () => {
  const zone = 'America/New_York';
  const points = [
    { at: '2026-03-07T15:00:00Z', value: 10010 }, // money in minor units: $100.10
    { at: '2026-03-08T04:30:00Z', value: 5000 }, // 23:30 on Sat 7 Mar (EST)
    { at: '2026-03-08T16:00:00Z', value: 2520 }, // Sun 8 Mar, the DST change day
    { at: '2026-03-10T03:59:00Z', value: 1000 }, // 23:59 Mon 9 Mar (EDT)
    { at: '2026-03-10T04:00:00Z', value: 99900 }, // Tue 10 Mar: outside
  ];
  const period = { from: '2026-03-07T05:00:00Z', to: '2026-03-10T04:00:00Z' }; // Sat..Mon, local midnights

  it('buckets per local day, every day present, across a DST change', () => {
    const trend = metricTrend(points, { ...period, timeZone: zone, bucket: 'day', unit: 'money' });
    expect(trend.buckets).toEqual([
      {
        date: '2026-03-07',
        start: '2026-03-07T05:00:00.000Z',
        label: 'Mar 7',
        value: 15010,
        display: '$150.10',
        partial: false,
      },
      {
        date: '2026-03-08',
        start: '2026-03-08T05:00:00.000Z',
        label: 'Mar 8',
        value: 2520,
        display: '$25.20',
        partial: false,
      },
      {
        date: '2026-03-09',
        start: '2026-03-09T04:00:00.000Z',
        label: 'Mar 9',
        value: 1000,
        display: '$10.00',
        partial: false,
      },
    ]);
    expect(trend.total).toBe(18530);
    expect(trend.totalDisplay).toBe('$185.30');
  });

  it('buckets per week (Monday or Sunday first) and aggregates ratios and counts', () => {
    const weeks = metricTrend(points, { ...period, timeZone: zone, bucket: 'week', aggregate: 'count' });
    expect(weeks.buckets.map((b) => [b.date, b.label, b.value])).toEqual([
      ['2026-03-02', 'Week of Mar 2', 3],
      ['2026-03-09', 'Week of Mar 9', 1],
    ]);
    const sundays = metricTrend(points, {
      ...period,
      timeZone: zone,
      bucket: 'week',
      weekStartsOn: 0,
      aggregate: 'count',
    });
    expect(sundays.buckets.map((b) => [b.date, b.value])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-08', 2],
    ]);
    const rpc = metricTrend(
      [
        { at: '2026-03-07T15:00:00Z', value: 1, of: 1 },
        { at: '2026-03-07T16:00:00Z', value: 0, of: 1 },
        { at: '2026-03-07T17:00:00Z', value: 0, of: 1 },
      ],
      { ...period, timeZone: zone, bucket: 'day', aggregate: 'ratio', unit: 'percent' },
    );
    expect(rpc.buckets.map((b) => b.display)).toEqual(['33.3%', '—', '—']);
  });

  it('marks the buckets the period covers only in part: a week under way, a day cut at now', () => {
    // Sat 7 Mar .. Mon 9 Mar: the week of Mar 2 began before `from`, the week of Mar 9 goes on after `to`.
    const weeks = metricTrend(points, { ...period, timeZone: zone, bucket: 'week' });
    expect(weeks.buckets.map((b) => [b.label, b.partial])).toEqual([
      ['Week of Mar 2', true],
      ['Week of Mar 9', true],
    ]);
    // Whole weeks, Monday 2 Mar to Monday 16 Mar (local midnights, across the DST change).
    const whole = metricTrend(points, {
      from: '2026-03-02T05:00:00Z',
      to: '2026-03-16T04:00:00Z',
      timeZone: zone,
      bucket: 'week',
    });
    expect(whole.buckets.map((b) => b.partial)).toEqual([false, false]);
    // Month to date at 13:30 on Mon 9 Mar: today is partial, the days before are whole.
    const toNow = metricTrend(points, { from: period.from, to: '2026-03-09T17:30:00Z', timeZone: zone, bucket: 'day' });
    expect(toNow.buckets.map((b) => [b.label, b.partial])).toEqual([
      ['Mar 7', false],
      ['Mar 8', false],
      ['Mar 9', true],
    ]);
  });

  it('a bucket is partial exactly when it starts before `from` or ends after `to`', () => {
    const base = Date.parse('2026-03-02T05:00:00Z'); // Monday, local midnight in New York, before a DST change
    const halfHour = 1_800_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 48 * 14 }),
        fc.integer({ min: 1, max: 48 * 21 }),
        fc.constantFrom('day' as const, 'week' as const),
        (offset, length, bucket) => {
          const from = base + offset * halfHour;
          const to = from + length * halfHour;
          // Where every bucket starts and ends, from a series over a wider period.
          const wide = metricTrend([], {
            from: from - 8 * 86_400_000,
            to: to + 8 * 86_400_000,
            timeZone: zone,
            bucket,
          });
          const starts = wide.buckets.map((b) => Date.parse(b.start));
          for (const b of metricTrend([], { from, to, timeZone: zone, bucket }).buckets) {
            const start = Date.parse(b.start);
            const end = starts[starts.indexOf(start) + 1]!;
            expect(b.partial).toBe(start < from || end > to);
          }
        },
      ),
    );
  });

  it('refuses a fixed offset as time zone', () => {
    expect(() => metricTrend([], { ...period, timeZone: '+01:00', bucket: 'day' })).toThrowError(
      expect.objectContaining({ path: ['timeZone'] }),
    );
  });
});

describe('compareToPrevious', () => {
  it('gives a KPI card its change and whether it is good news', () => {
    expect(compareToPrevious(114, 100)).toEqual({
      value: 114,
      previous: 100,
      change: 14,
      changeRatio: 0.14,
      changePercent: '+14.0%',
      magnitudePercent: '14.0%',
      direction: 'up',
      good: true,
    });
    expect(compareToPrevious(3, 4, { higherIsBetter: false })).toMatchObject({
      changePercent: '−25.0%',
      magnitudePercent: '25.0%',
      direction: 'down',
      good: true,
    });
    expect(compareToPrevious(5, 0)).toMatchObject({ changeRatio: null, changePercent: '—', direction: 'up' });
    expect(compareToPrevious(5, 5)).toMatchObject({ changePercent: '0.0%', direction: 'flat', good: null });
  });
});
