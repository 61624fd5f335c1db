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
      { date: '2026-03-07', start: '2026-03-07T05:00:00.000Z', label: 'Mar 7', value: 15010, display: '$150.10' },
      { date: '2026-03-08', start: '2026-03-08T05:00:00.000Z', label: 'Mar 8', value: 2520, display: '$25.20' },
      { date: '2026-03-09', start: '2026-03-09T04:00:00.000Z', label: 'Mar 9', value: 1000, display: '$10.00' },
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
      direction: 'up',
      good: true,
    });
    expect(compareToPrevious(3, 4, { higherIsBetter: false })).toMatchObject({
      changePercent: '−25.0%',
      direction: 'down',
      good: true,
    });
    expect(compareToPrevious(5, 0)).toMatchObject({ changeRatio: null, changePercent: '—', direction: 'up' });
    expect(compareToPrevious(5, 5)).toMatchObject({ changePercent: '0.0%', direction: 'flat', good: null });
  });
});
