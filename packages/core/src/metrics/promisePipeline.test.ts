import { describe, expect, it } from 'vitest';
import { promisePipeline } from './promisePipeline';
import type { PromiseToPay } from './types';

const zone = 'America/Chicago';
const promises: PromiseToPay[] = [
  {
    id: 'p1',
    leadId: 'a',
    collectorId: 'ann',
    amount: 15000,
    dueDate: '2026-01-10',
    createdAt: '2026-01-05T15:00:00Z',
  },
  { id: 'p2', leadId: 'b', amount: 10000, dueDate: '2026-01-12', createdAt: '2026-01-05T15:00:00Z' },
  { id: 'p3', leadId: 'c', amount: 8000, dueDate: '2026-01-15', createdAt: '2026-01-05T15:00:00Z' },
  { id: 'p4', leadId: 'd', amount: 6000, dueDate: '2026-01-18', createdAt: '2026-01-05T15:00:00Z' },
  { id: 'p5', leadId: 'e', amount: 5000, dueDate: '2026-01-14', createdAt: '2026-01-05T15:00:00Z' },
];
const payments = [
  { leadId: 'a', at: '2026-01-09T18:00:00Z', amount: 10000 },
  { leadId: 'a', at: '2026-01-11T05:59:00Z', amount: 5000 }, // 23:59 on the 10th in Chicago: still in time
  { leadId: 'b', at: '2026-01-13T18:00:00Z', amount: 4000 }, // a day late, partial
  { leadId: 'c', at: '2026-01-01T18:00:00Z', amount: 8000 }, // before the promise: does not count
  { leadId: 'e', at: '2026-01-15T16:00:00Z', amount: 2000 }, // in grace (with graceDays 2)
];
const now = '2026-01-15T18:00:00Z'; // Thu 15 Jan, 12:00 in Chicago

describe('promisePipeline', () => {
  it('splits promises into open, kept and broken, with the end of the local due date as deadline', () => {
    const pipeline = promisePipeline(promises, payments, { now, timeZone: zone });
    expect(pipeline.items.map((i) => [i.id, i.status, i.label])).toEqual([
      ['p3', 'open', 'Due today'],
      ['p4', 'open', 'Due in 3 days'],
      ['p1', 'kept', 'Kept'],
      ['p2', 'broken', 'Broken'],
      ['p5', 'broken', 'Broken'],
    ]);
    expect(pipeline.open).toEqual({ count: 2, amount: 14000, display: '$140.00' });
    expect(pipeline.kept).toEqual({ count: 1, amount: 15000, display: '$150.00' });
    expect(pipeline.broken).toEqual({ count: 2, amount: 15000, display: '$150.00' });
    expect(pipeline.keptRate).toBe(1 / 3);
    expect(pipeline.keptPercent).toBe('33.3%');
    expect(pipeline.items.find((i) => i.id === 'p1')).toMatchObject({
      collectorId: 'ann',
      paid: 15000,
      deadline: '2026-01-11T06:00:00.000Z',
    });
  });

  it('keeps a promise open through the grace period and counts late payments made in it', () => {
    const pipeline = promisePipeline(promises, payments, { now, timeZone: zone, graceDays: 2 });
    const byId = new Map(pipeline.items.map((i) => [i.id, i]));
    expect(byId.get('p2')!.status).toBe('broken'); // due 12th + 2 days = end of 14th
    expect(byId.get('p2')!.label).toBe('Broken — $40.00 of $100.00 paid');
    expect(byId.get('p5')).toMatchObject({
      status: 'open',
      paid: 2000,
      label: 'Overdue — in grace until Jan 16 ($20.00 of $50.00 paid)',
    });
  });

  it('lets one payment cover two promises on an account, earliest due first', () => {
    const two: PromiseToPay[] = [
      { id: 'x2', leadId: 'a', amount: 5000, dueDate: '2026-01-20', createdAt: '2026-01-05T15:00:00Z' },
      { id: 'x1', leadId: 'a', amount: 5000, dueDate: '2026-01-16', createdAt: '2026-01-05T15:00:00Z' },
    ];
    const pipeline = promisePipeline(two, [{ leadId: 'a', at: '2026-01-14T15:00:00Z', amount: 7500 }], {
      now,
      timeZone: zone,
    });
    expect(pipeline.items.map((i) => [i.id, i.status, i.paid])).toEqual([
      ['x2', 'open', 2500],
      ['x1', 'kept', 5000],
    ]);
  });

  it('refuses a bad due date or zone with the path', () => {
    expect(() =>
      promisePipeline([{ ...promises[0]!, dueDate: '2026-02-30' }], [], { now, timeZone: zone }),
    ).toThrowError(expect.objectContaining({ path: ['promises', 0, 'dueDate'] }));
    expect(() => promisePipeline(promises, [], { now, timeZone: '-06:00' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['timeZone'] }),
    );
  });
});
