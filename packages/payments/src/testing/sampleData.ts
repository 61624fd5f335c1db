// The sample back office of docs/payments.md ("The sample data"): John Doe's account WU-10001 as
// of Apr 20, 2025 in New York, with the counters at the sample's first numbers.
import * as z from 'zod/mini';

import { createLedger, type CreateLedgerOptions, type Ledger } from '../createLedger';
import { checkStore } from '../store/checkStore';
import { unreadableInput, parseInput } from '../input/readInput';
import type { PaymentSettingsInput } from '../settings/settings';
import { createMemoryStore, type MemoryStore } from '../store/createMemoryStore';
import type { Actor, LedgerStore } from '../store/types';
import { createUnlockedLedger } from './createUnlockedLedger';

/** "Today" in the sample: Apr 20, 2025, 10:30 in New York. */
export const SAMPLE_NOW = '2025-04-20T14:30:00Z';
/** The sample's time zone. */
export const SAMPLE_TIME_ZONE = 'America/New_York';

/** Freezes a shared sample value all the way down, so no test or story can change it for the next. */
function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFrozen(v);
    Object.freeze(value);
  }
  return value;
}

/** The sample's customer executive (records payments). Frozen. */
export const jane: Actor = /* @__PURE__ */ (() =>
  deepFrozen({ id: 'u-jane', name: 'Jane Smith', role: 'customer-executive' }))();
/** The sample's billing manager (issues and applies credit notes). Frozen. */
export const manager: Actor = /* @__PURE__ */ (() =>
  deepFrozen({ id: 'u-maria', name: 'Maria Lopez', role: 'billing-manager' }))();
/** The sample's admin (cancels payments). Frozen. */
export const admin: Actor = /* @__PURE__ */ (() => deepFrozen({ id: 'u-admin', name: 'Ada Admin', role: 'admin' }))();

/**
 * Settings whose counters start at the sample's numbers (PAY-2025-004521, TXN-2025-008934,
 * R-5001, CN-46129). Deeply frozen: spread it to change a setting.
 */
export const sampleSettings: PaymentSettingsInput = /* @__PURE__ */ (() =>
  deepFrozen({
    timeZone: SAMPLE_TIME_ZONE,
    numberFormats: {
      payment: { format: 'PAY-{YYYY}-{seq:6}', start: 4521 },
      transaction: { format: 'TXN-{YYYY}-{seq:6}', start: 8934 },
      receipt: { format: 'R-{seq}', start: 5001 },
      creditNote: { format: 'CN-{seq}', start: 46129 },
    },
  }))();

/** What {@link sampleWorld} returns. */
export type SampleWorld = {
  /** The ledger, on `store`, reading the settable clock. */
  ledger: Ledger;
  /** The store the ledger writes to (the memory store, or what `wrap` made of it). */
  store: LedgerStore;
  /** The memory store underneath, for `dump()`. */
  memory: MemoryStore;
  /** Moves the clock to an ISO instant. */
  setNow(iso: string): void;
  /** The clock's current epoch ms. */
  now(): number;
};

/** Options of {@link sampleWorld}. */
export type SampleWorldOptions = {
  /** Wraps the new memory store (with `yieldingStore`, `failingStore`, …) before the ledger gets it. */
  wrap?: (store: MemoryStore) => LedgerStore;
  /** Builds the ledger with {@link createUnlockedLedger}, to show what the lock prevents (default false). */
  unlocked?: boolean;
  /** Settings over {@link sampleSettings}. */
  settings?: CreateLedgerOptions['settings'];
};

const worldOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    wrap: z.optional(
      z.custom<(store: MemoryStore) => LedgerStore>((v) => typeof v === 'function', 'wrap must be a function'),
    ),
    unlocked: z.optional(z.boolean()),
    settings: z.optional(z.unknown()),
  }))();

/**
 * An empty ledger with the sample's settings on a fresh memory store (optionally wrapped), its
 * clock at {@link SAMPLE_NOW} and settable. Add the sample account with {@link seedSample}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for options that do not parse or a `wrap` that returns
 *   no store; `INVALID_SETTINGS` for settings `createLedger` refuses.
 * @example
 * const { ledger, setNow } = sampleWorld();
 * await seedSample(ledger);
 * const { payment } = await ledger.recordPayment(cashPayment); // PAY-2025-004521, receipt R-5001
 */
export function sampleWorld(options: SampleWorldOptions = {}): SampleWorld {
  const o = parseInput(worldOptions, options, 'INVALID_ARGUMENT', 'sample world options');
  const memory = createMemoryStore();
  const store = o.wrap ? o.wrap(memory) : memory;
  if (o.wrap) checkStore(store, ['wrap']);
  let now = Date.parse(SAMPLE_NOW);
  let settings: PaymentSettingsInput;
  try {
    settings = { ...sampleSettings, ...(o.settings as PaymentSettingsInput | undefined) };
  } catch (error) {
    throw unreadableInput(error, 'INVALID_SETTINGS', ['settings']);
  }
  const ledgerOptions: CreateLedgerOptions = { settings, store, clock: () => new Date(now) };
  const ledger = o.unlocked === true ? createUnlockedLedger(ledgerOptions) : createLedger(ledgerOptions);
  return { ledger, store, memory, setNow: (iso) => (now = Date.parse(iso)), now: () => now };
}

/**
 * Adds the sample account: John Doe (WU-10001, balance $245.75), his bills INV-2025-001234
 * ($145.50, due Apr 15) and INV-2025-001567 ($152.25, due May 15), service charges SC-RECONNECT
 * ($75.00) and SC-LATE ($25.00), and plan PP-2025-0034 (three installments of $67.50).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a ledger; the ledger's own
 *   refusals (e.g. `CONFLICT` when the sample is already there).
 * @example await seedSample(sampleWorld().ledger);
 */
export async function seedSample(ledger: Ledger): Promise<void> {
  parseInput(ledgerShape, ledger, 'INVALID_ARGUMENT', 'ledger');
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

const fn = /* @__PURE__ */ (() =>
  z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'Expected a Ledger'))();
const ledgerShape = /* @__PURE__ */ (() =>
  z.object({ addConsumer: fn, addBill: fn, addServiceCharge: fn, addInstallmentPlan: fn }))();

/**
 * The sample's cash payment: $145.50 on bill INV-2025-001234, $150.00 tendered, $4.50 change, by
 * {@link jane}. Pass it to `recordPayment` after {@link seedSample}. Deeply frozen: spread it to
 * change a field.
 */
export const cashPayment = /* @__PURE__ */ (() =>
  deepFrozen({
    accountNumber: 'WU-10001',
    type: 'bill' as const,
    items: ['INV-2025-001234'],
    amount: '145.50',
    method: 'Cash',
    tendered: '150.00',
    changeGiven: '4.50',
    notes: 'Customer paid in full',
    actor: jane,
  }))();
