// Regression tests of the reliability issue's "Payments" section (docs/payments.md, "Guarantees"):
// one test per bullet, each of which failed on the code before its fix.
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '@hotleads/core';
import { createLedger } from './createLedger';
import { createMemoryStore } from './store/createMemoryStore';
import { SEARCH_TEXT_MAX_LENGTH } from './store/textMatcher';
import { withOverrides, yieldingStore } from './testing/stores';
import { admin, cashPayment, jane, sampleSettings, sampleWorld, seedSample } from './testing/sampleData';

/** Rejects with a HotleadsError of `code` (and `path` when given), never anything else. */
async function refused(promise: unknown, code: string, path?: Array<string | number>) {
  let thrown: unknown;
  try {
    await promise;
  } catch (e) {
    thrown = e;
  }
  expect(isHotleadsError(thrown), `expected a HotleadsError, got ${String(thrown)}`).toBe(true);
  expect(thrown).toMatchObject(path === undefined ? { code } : { code, path });
}
/** The same, for a synchronous call. */
function refusedSync(fn: () => unknown, code: string, path?: Array<string | number>) {
  return refused(
    (async () => {
      fn();
    })(),
    code,
    path,
  );
}

const gatewayEvent = {
  provider: 'stripe',
  eventId: 'evt-1',
  gatewayPaymentId: 'pi-1',
  status: 'succeeded',
  accountNumber: 'WU-10001',
  type: 'bill' as const,
  items: ['INV-2025-001234'],
  amount: '145.50',
  occurredAt: '2025-04-20T10:00:00Z',
};

async function twoAccounts() {
  const world = sampleWorld();
  await seedSample(world.ledger);
  await world.ledger.addConsumer({ accountNumber: 'WU-10002', name: 'Mary Major', balance: '80.00' });
  await world.ledger.addBill({
    accountNumber: 'WU-10002',
    invoiceNumber: 'INV-B',
    period: 'Mar 2025',
    amount: '80.00',
    issuedAt: '2025-03-31T12:00:00Z',
    dueDate: '2025-04-15',
  });
  return world;
}

describe('one gateway payment posts once', () => {
  it('a second event with the same gatewayPaymentId on another account creates no second payment', async () => {
    const { ledger, memory } = await twoAccounts();
    const first = await ledger.ingestGatewayEvent(gatewayEvent);
    const before = memory.dump();
    await refused(
      ledger.ingestGatewayEvent({
        ...gatewayEvent,
        eventId: 'evt-2',
        accountNumber: 'WU-10002',
        items: ['INV-B'],
        amount: '80.00',
      }),
      'CONFLICT',
      ['accountNumber'],
    );
    expect(memory.dump()).toEqual(before);
    await ledger.verifyPayment({ paymentId: first.id, actor: admin });
    const payments = memory.dump().collections.payments;
    expect(payments.map((p) => [p.id, p.gateway?.gatewayPaymentId, p.status])).toEqual([[first.id, 'pi-1', 'Posted']]);
  });

  it('the same gatewayPaymentId under another provider is another payment', async () => {
    const world = sampleWorld({
      settings: {
        gatewayStatusMap: {
          stripe: {
            succeeded: { webhookStatus: 'In Settlement', settlementStatus: 'In Progress', paymentStatus: 'Pending' },
          },
          adyen: {
            AUTHORISED: { webhookStatus: 'Authorised', settlementStatus: 'In Progress', paymentStatus: 'Pending' },
          },
        },
      },
    });
    await seedSample(world.ledger);
    const a = await world.ledger.ingestGatewayEvent({ ...gatewayEvent, amount: '10.00' });
    const b = await world.ledger.ingestGatewayEvent({
      ...gatewayEvent,
      provider: 'adyen',
      status: 'AUTHORISED',
      amount: '20.00',
    });
    expect(a.id).not.toBe(b.id);
    expect(world.memory.dump().collections.payments).toHaveLength(2);
  });

  it('two ledgers on one store racing the same gateway payment post it once', async () => {
    // Numbers drawn as a database draws them under a row lock: the second draw waits, never
    // conflicts. The account lock is switched off (as a store without one would be), so only the
    // create-only insert of the gateway payment key can stop the second post.
    const memory = createMemoryStore();
    const counters = new Map<string, number>();
    const store = yieldingStore({
      read: (fn) => memory.read(fn),
      transaction: (fn) =>
        memory.transaction((tx) =>
          fn(
            withOverrides(tx, {
              nextSequence: async (name: string, start: number) => {
                const next = (counters.get(name) ?? start - 1) + 1;
                counters.set(name, next);
                return next;
              },
              lockAccount: async () => undefined,
            }),
          ),
        ),
    });
    const options = { store, settings: sampleSettings, clock: () => new Date('2025-04-20T14:30:00Z') };
    const one = createLedger(options);
    const two = createLedger(options);
    await seedSample(one);
    const settled = await Promise.allSettled([
      one.ingestGatewayEvent(gatewayEvent),
      two.ingestGatewayEvent({ ...gatewayEvent, eventId: 'evt-2' }),
    ]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const rejected = settled.find((s) => s.status === 'rejected');
    expect(isHotleadsError(rejected?.reason, 'CONFLICT')).toBe(true);
    expect(memory.dump().collections.payments).toHaveLength(1);
  });
});

describe('prototype-key statuses', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'status %j is unmapped: refused before any number is drawn',
    async (status) => {
      const { ledger, memory } = sampleWorld();
      await seedSample(ledger);
      const before = memory.dump();
      await refused(ledger.ingestGatewayEvent({ ...gatewayEvent, status }), 'INVALID_REQUEST', ['status']);
      await refused(
        ledger.ingestGatewayEvent({ ...gatewayEvent, provider: status, status: 'succeeded' }),
        'INVALID_REQUEST',
        ['provider'],
      );
      expect(memory.dump()).toEqual(before);
      expect((await ledger.ingestGatewayEvent(gatewayEvent)).id).toBe('PAY-2025-004521');
    },
  );
});

describe('true retries', () => {
  it('a retry one second later with the same key and a body without date returns the first result', async () => {
    const { ledger, memory, setNow } = sampleWorld();
    await seedSample(ledger);
    const request = { ...cashPayment, idempotencyKey: 'form-7f3a' };
    const first = await ledger.recordPayment(request);
    setNow('2025-04-20T14:30:01Z');
    const again = await ledger.recordPayment(request);
    expect(again).toEqual(first);
    expect(memory.dump().collections.payments).toHaveLength(1);
    await refused(ledger.recordPayment({ ...request, amount: '100.00', changeGiven: '50.00' }), 'CONFLICT', [
      'idempotencyKey',
    ]);
  });
});

describe('long search text', () => {
  const long = 'x'.repeat(40_000);
  it('is refused with a HotleadsError past the limit by every search and the export', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await refused(ledger.searchPayments({ text: long }), 'INVALID_REQUEST', ['text']);
    await refused(ledger.searchCreditNotes({ text: long }), 'INVALID_REQUEST', ['text']);
    await refused(ledger.searchCreditNotes({ linkedReceipt: long }), 'INVALID_REQUEST', ['linkedReceipt']);
    await refused(ledger.searchConsumers(long), 'INVALID_REQUEST', ['text']);
    await refused(ledger.exportCsv({ payments: { text: long } }), 'INVALID_REQUEST', ['payments', 'text']);
    await refused(ledger.exportCsv({ creditNotes: { text: long } }), 'INVALID_REQUEST', ['creditNotes', 'text']);
  });

  it('text of exactly the limit, full of regex syntax, is matched literally', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const text = '('.repeat(SEARCH_TEXT_MAX_LENGTH);
    expect(SEARCH_TEXT_MAX_LENGTH).toBe(1000);
    expect(await ledger.searchConsumers(text)).toEqual([]);
    expect((await ledger.searchPayments({ text })).total).toBe(0);
    expect((await ledger.searchConsumers('doe')).map((c) => c.accountNumber)).toEqual(['WU-10001']);
    expect((await ledger.searchConsumers('.*')).length).toBe(0);
  });
});

describe('bad arguments throw a HotleadsError', () => {
  it('createLedger(null) and createLedger({ clock: "x" })', async () => {
    await refusedSync(() => createLedger(null as never), 'INVALID_ARGUMENT');
    await refusedSync(() => createLedger({ clock: 'x' as never }), 'INVALID_ARGUMENT', ['clock']);
  });

  it('createLedger({ store: {} }) is refused at construction', async () => {
    await refusedSync(() => createLedger({ store: {} as never }), 'INVALID_ARGUMENT', ['store', 'read']);
    await refusedSync(
      () => createLedger({ store: { read: async () => undefined, transaction: 1 } as never }),
      'INVALID_ARGUMENT',
      ['store', 'transaction'],
    );
  });

  it('exportCsv(null)', async () => {
    const { ledger } = sampleWorld();
    await refused(ledger.exportCsv(null as never), 'INVALID_REQUEST');
  });

  it('auditTrail(null) and auditTrail({ limit: 1n })', async () => {
    const { ledger } = sampleWorld();
    await refused(ledger.auditTrail(null as never), 'INVALID_REQUEST');
    await refused(ledger.auditTrail({ limit: 1n as never }), 'INVALID_REQUEST', ['limit']);
  });

  it('searchConsumers(Object.create(null))', async () => {
    const { ledger } = sampleWorld();
    await refused(ledger.searchConsumers(Object.create(null) as never), 'INVALID_REQUEST', ['text']);
  });

  it('planAlerts(8.64e15) on a ledger with a plan', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    expect((await ledger.planAlerts('2025-06-01T00:00:00Z')).length).toBeGreaterThan(0);
    await refused(ledger.planAlerts(8.64e15), 'INVALID_TIME', ['now']);
  });
});

describe('fake Dates reach the ledger as a HotleadsError', () => {
  const fakes = () => [Object.create(Date.prototype) as Date, new Proxy(new Date(0), {})];
  it('addBill, recordPayment and planAlerts refuse a fake Date', async () => {
    const { ledger, memory } = sampleWorld();
    await seedSample(ledger);
    const before = memory.dump();
    for (const fake of fakes()) {
      await refused(
        ledger.addBill({
          accountNumber: 'WU-10001',
          invoiceNumber: 'INV-F',
          period: 'p',
          amount: '1.00',
          issuedAt: fake,
          dueDate: '2025-05-01',
        }),
        'INVALID_TIME',
        ['issuedAt'],
      );
      await refused(ledger.recordPayment({ ...cashPayment, date: fake }), 'INVALID_TIME', ['date']);
      await refused(ledger.planAlerts(fake), 'INVALID_TIME', ['now']);
    }
    expect(memory.dump()).toEqual(before);
  });

  it('a clock that returns a fake Date is refused', async () => {
    for (const fake of fakes()) {
      const ledger = createLedger({ clock: () => fake });
      await refused(ledger.planAlerts(), 'INVALID_TIME');
      await refused(ledger.addConsumer({ accountNumber: 'A', name: 'A', balance: 0 }), 'INVALID_TIME');
    }
  });
});

describe('the testing entry hands out no shared mutable data', () => {
  it('sampleSettings, the actors and cashPayment are deeply frozen', () => {
    for (const value of [sampleSettings, sampleSettings.numberFormats, sampleSettings.numberFormats!.payment, jane]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(Object.isFrozen(cashPayment) && Object.isFrozen(cashPayment.items)).toBe(true);
  });
});

describe('one code for one problem', () => {
  it('a calendar date not written YYYY-MM-DD is INVALID_TIME in every payments call', async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    await refused(ledger.kpis({ month: '2025-04', today: '2025-13-45' }), 'INVALID_TIME', ['today']);
    await refused(ledger.kpis({ month: '2025-4', today: '2025-04-20' }), 'INVALID_TIME', ['month']);
    await refused(ledger.searchPayments({ dateRange: { from: '2025-02-30', to: '2025-03-01' } }), 'INVALID_TIME', [
      'dateRange',
      'from',
    ]);
    await refused(
      ledger.addServiceCharge({
        accountNumber: 'WU-10001',
        id: 'S',
        description: 'd',
        amount: 1,
        serviceDate: '20250401',
      }),
      'INVALID_TIME',
      ['serviceDate'],
    );
  });
});
