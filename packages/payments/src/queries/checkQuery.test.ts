import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHotleadsError } from '@hotleads/core';
import { sampleWorld, seedSample, type SampleWorld } from '../testing/sampleData';
import type { PaymentQuery } from './searchPayments';
import type { CreditNoteQuery } from './searchCreditNotes';
import type { SearchFilterProblem } from './searchFilterProblems';

let world: SampleWorld;
beforeAll(async () => {
  world = sampleWorld();
  await seedSample(world.ledger);
});

/** What a search does with a query: it runs, or the problem its refusal is. */
async function outcome(search: () => Promise<unknown>): Promise<SearchFilterProblem | 'ran'> {
  try {
    await search();
    return 'ran';
  } catch (e) {
    if (!isHotleadsError(e)) throw e;
    return { code: e.code, path: [...e.path], message: e.detail };
  }
}

describe('checkPaymentQuery / checkCreditNoteQuery', () => {
  it('names the From field of a range whose From is after its To, with the search’s own sentence', async () => {
    const range = { from: '2025-04-30', to: '2025-04-01' };
    const problems = world.ledger.checkPaymentQuery({ dateRange: range });
    expect(problems).toEqual([
      { code: 'INVALID_REQUEST', path: ['dateRange', 'from'], message: 'From must not be after To' },
    ]);
    expect(world.ledger.checkCreditNoteQuery({ dateRange: range })).toEqual(problems);
    await expect(world.ledger.searchPayments({ dateRange: range })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      path: ['dateRange', 'from'],
      detail: 'From must not be after To',
    });
  });

  it('accepts a one-day range, a preset and an empty query', () => {
    expect(world.ledger.checkPaymentQuery({ dateRange: { from: '2025-04-01', to: '2025-04-01' } })).toEqual([]);
    expect(world.ledger.checkCreditNoteQuery({ dateRange: { preset: 'thisWeek' } })).toEqual([]);
    expect(world.ledger.checkPaymentQuery({})).toEqual([]);
  });

  it('reports every bad field at once, each at its own path', () => {
    const problems = world.ledger.checkCreditNoteQuery({
      minAmount: 'ten',
      maxAmount: '1.234',
      dateRange: { from: '2025-13-01', to: 'soon' },
      linkedReceipt: 'R'.repeat(1_001),
    });
    expect(problems.map((p) => p.path)).toEqual([
      ['minAmount'],
      ['maxAmount'],
      ['dateRange', 'from'],
      ['dateRange', 'to'],
      ['linkedReceipt'],
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'INVALID_AMOUNT',
      'INVALID_AMOUNT',
      'INVALID_TIME',
      'INVALID_TIME',
      'INVALID_REQUEST',
    ]);
  });

  it('says a minimum above the maximum once, at the minimum', () => {
    expect(world.ledger.checkPaymentQuery({ minAmount: '20', maxAmount: '10.00' })).toEqual([
      {
        code: 'INVALID_REQUEST',
        path: ['minAmount'],
        message: 'The minimum amount must not exceed the maximum',
      },
    ]);
  });

  it('a query of the wrong shape is one problem, as the search refuses it', async () => {
    const query = { statuses: ['Lost'] } as unknown as PaymentQuery;
    const problems = world.ledger.checkPaymentQuery(query);
    expect(problems).toHaveLength(1);
    expect(await outcome(() => world.ledger.searchPayments(query))).toEqual(problems[0]);
  });

  // The verdict a form shows is the search's: no problems exactly when the search runs, and the
  // first problem is the error the search throws.
  const day = fc
    .tuple(fc.integer({ min: 1999, max: 2031 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const amount = fc.oneof(
    fc.constantFrom('0', '10', '10.5', '1.234', '-3', 'ten', ''),
    fc.integer({ min: 0, max: 1_000 }).map(String),
  );
  const filters = fc.record(
    {
      text: fc.oneof(fc.constantFrom('doe', 'R-', ''), fc.constant('x'.repeat(1_001))),
      dateRange: fc.oneof(
        fc.record({ from: day, to: day }),
        fc.constantFrom({ preset: 'today' as const }, { preset: 'thisMonth' as const }),
      ),
      minAmount: amount,
      maxAmount: amount,
    },
    { requiredKeys: [] },
  );

  it('property: no problems exactly when searchPayments runs; else its error is the first problem', async () => {
    await fc.assert(
      fc.asyncProperty(filters, async (query: PaymentQuery) => {
        const problems = world.ledger.checkPaymentQuery(query);
        const ran = await outcome(() => world.ledger.searchPayments(query));
        expect(ran).toEqual(problems.length === 0 ? 'ran' : problems[0]);
      }),
      { seed: 1314, numRuns: 300 },
    );
  });

  it('property: the same for searchCreditNotes, with the linked-receipt text', async () => {
    const cnFilters = fc.tuple(filters, fc.constantFrom(undefined, 'R-1', 'y'.repeat(1_001))).map(([f, r]) => {
      const q: CreditNoteQuery = { ...f };
      if (r !== undefined) q.linkedReceipt = r;
      return q;
    });
    await fc.assert(
      fc.asyncProperty(cnFilters, async (query) => {
        const problems = world.ledger.checkCreditNoteQuery(query);
        const ran = await outcome(() => world.ledger.searchCreditNotes(query));
        expect(ran).toEqual(problems.length === 0 ? 'ran' : problems[0]);
      }),
      { seed: 1314, numRuns: 300 },
    );
  });
});
