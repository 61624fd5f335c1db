// Seed 002's sample data as a fixture (test and demo use only; not part of the public API).
import { createLedger, type CreateLedgerOptions, type Ledger } from '../createLedger';
import { createMemoryStore, type MemoryStore } from '../store/createMemoryStore';
import type { Actor, LedgerStore } from '../store/types';

/** "Today" in the seed's samples: Apr 20, 2025, 10:30 in New York. */
export const SAMPLE_NOW = '2025-04-20T14:30:00Z';
export const TIME_ZONE = 'America/New_York';

export const jane: Actor = { id: 'u-jane', name: 'Jane Smith', role: 'customer-executive' };
export const manager: Actor = { id: 'u-maria', name: 'Maria Lopez', role: 'billing-manager' };
export const admin: Actor = { id: 'u-admin', name: 'Ada Admin', role: 'admin' };

/** Settings whose counters start at the seed's sample numbers. */
export const sampleSettings = {
  timeZone: TIME_ZONE,
  numberFormats: {
    payment: { format: 'PAY-{YYYY}-{seq:6}', start: 4521 },
    transaction: { format: 'TXN-{YYYY}-{seq:6}', start: 8934 },
    receipt: { format: 'R-{seq}', start: 5001 },
    creditNote: { format: 'CN-{seq}', start: 46129 },
  },
};

export type SampleWorld = {
  ledger: Ledger;
  store: LedgerStore;
  memory: MemoryStore;
  setNow(iso: string): void;
  now(): number;
};

/** A ledger on a fresh memory store (optionally wrapped) with a settable clock. */
export function sampleWorld(
  options: {
    wrap?: (store: MemoryStore) => LedgerStore;
    unsafeDisableLocking?: boolean;
    settings?: CreateLedgerOptions['settings'];
  } = {},
): SampleWorld {
  const memory = createMemoryStore();
  const store = options.wrap ? options.wrap(memory) : memory;
  let now = Date.parse(SAMPLE_NOW);
  const ledger = createLedger({
    settings: { ...sampleSettings, ...options.settings },
    store,
    clock: () => new Date(now),
    unsafeDisableLocking: options.unsafeDisableLocking,
  });
  return { ledger, store, memory, setNow: (iso) => (now = Date.parse(iso)), now: () => now };
}

/** Adds John Doe, his two bills, two service charges and plan PP-2025-0034. */
export async function seedSample(ledger: Ledger): Promise<void> {
  await ledger.addConsumer({
    accountNumber: 'WU-10001',
    name: 'John Doe',
    serviceAddress: '123 Main Street, Cityville',
    phone: '(555) 123-4567',
    email: 'john.doe@example.com',
    balance: '245.75',
  });
  await ledger.addBill({
    accountNumber: 'WU-10001',
    invoiceNumber: 'INV-2025-001234',
    period: 'Mar 2025',
    amount: '145.50',
    issuedAt: '2025-03-31T12:00:00Z',
    dueDate: '2025-04-15',
  });
  await ledger.addBill({
    accountNumber: 'WU-10001',
    invoiceNumber: 'INV-2025-001567',
    period: 'Apr 2025',
    amount: '152.25',
    issuedAt: '2025-04-15T12:00:00Z',
    dueDate: '2025-05-15',
  });
  await ledger.addServiceCharge({
    accountNumber: 'WU-10001',
    id: 'SC-RECONNECT',
    description: 'Reconnection Fee',
    amount: '75.00',
    serviceDate: '2025-04-18',
  });
  await ledger.addServiceCharge({
    accountNumber: 'WU-10001',
    id: 'SC-LATE',
    description: 'Late Fee',
    amount: '25.00',
    serviceDate: '2025-04-10',
  });
  await ledger.addInstallmentPlan({
    accountNumber: 'WU-10001',
    planId: 'PP-2025-0034',
    installments: [
      { number: 1, amount: '67.50', dueDate: '2025-04-15' },
      { number: 2, amount: '67.50', dueDate: '2025-05-15' },
      { number: 3, amount: '67.50', dueDate: '2025-06-15' },
    ],
  });
}

/** The seed's cash payment: $150.00 received on the $145.50 bill. */
export const cashPayment = {
  accountNumber: 'WU-10001',
  type: 'bill' as const,
  items: ['INV-2025-001234'],
  amount: '145.50',
  method: 'Cash',
  tendered: '150.00',
  changeGiven: '4.50',
  notes: 'Customer paid in full',
  actor: jane,
};
