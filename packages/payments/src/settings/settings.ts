import * as z from 'zod/mini';
import { currencySchema, HotleadsError, isIanaTimeZone, USD, type Currency } from '@hotleads/core';
import { parseAmount } from '../money/parseAmount';
import { validateNumberFormat } from '../numbering/formatNumber';
import { Dec } from '../money/decimal';
import { unreadableInput, parseInput } from '../input/readInput';

/** The reasons a credit note may be issued for (docs/payments.md, "Credit notes"). */
export const CREDIT_NOTE_REASONS = [
  'Overpayment',
  'Duplicate Payment',
  'Billing Error',
  'Billing Adjustment',
  'Refund Request',
  'Customer Request',
  'Other',
] as const;
/** A credit-note reason. */
export type CreditNoteReason = (typeof CREDIT_NOTE_REASONS)[number];

/** A number format and the first sequence value its counter hands out. */
export type NumberFormatSetting = {
  /** e.g. `PAY-{YYYY}-{seq:6}`; tokens `{YYYY}`, `{YY}`, `{MM}`, `{seq}`, `{seq:N}`. */
  format: string;
  /** First sequence number (default 1). */
  start: number;
};

/** How one gateway status maps onto the ledger (docs/payments.md, "Payments": online payments). */
export type GatewayStatusMapping = {
  /** What the webhook reports, e.g. `"In Settlement"`. */
  webhookStatus: string;
  /** Settlement state, e.g. `"In Progress"` or `"N/A"`. */
  settlementStatus: string;
  /** The payment's status while unverified: `Pending` (verify to post it) or `Failed`. */
  paymentStatus: 'Pending' | 'Failed';
};

/** A permission a role may hold. */
export type Permission = 'record' | 'credit' | 'reverse' | 'verify';

/** Every setting of a ledger. Pass a `Partial` to `createLedger`; the rest takes defaults. */
export type PaymentSettings = {
  /** Currency of every amount (default USD, 2 decimals). */
  currency: Currency;
  /** IANA zone for every calendar notion: today, this week/month, due dates, expiry. Default `UTC`. */
  timeZone: string;
  /** First day of a week for "This Week" (0 = Sunday, 1 = Monday; default 1). */
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Channels a payment may come through (Walk-in is the default). */
  channels: string[];
  /** The channel used when a request names none (default `Walk-in`). */
  defaultChannel: string;
  /** Payment methods ("settings > payment mode"). */
  methods: string[];
  /** Methods for which cash tendered / change given may be recorded (default `Cash`). */
  cashMethods: string[];
  /** Number formats with their own counters and start values. */
  numberFormats: {
    payment: NumberFormatSetting;
    transaction: NumberFormatSetting;
    receipt: NumberFormatSetting;
    creditNote: NumberFormatSetting;
  };
  /** How far a payment may exceed the consumer's balance (default `"100.00"`). */
  overpaymentThreshold: string;
  /** Credit-note validity in calendar years (default 1). Ignored when `creditNoteExpiryDays` is set. */
  creditNoteExpiryYears: number;
  /** Credit-note validity in calendar days; when set it replaces `creditNoteExpiryYears`. */
  creditNoteExpiryDays: number | null;
  /** Maximum length of payment notes (default 500). */
  notesMaxLength: number;
  /** Maximum length of credit-note remarks (default 500). */
  remarksMaxLength: number;
  /** Gateway → status → mapping (default: the Stripe mapping of docs/payments.md, "Payments"). */
  gatewayStatusMap: Record<string, Record<string, GatewayStatusMapping>>;
  /** Which roles may record payments, create/apply credit notes, cancel/reverse payments and verify online payments. */
  permissions: Record<Permission, string[]>;
  /**
   * Installment plans: days after the due date before an installment is missed, the tolerated
   * shortfall in percent, and the missed installments at which a plan is broken (default 2).
   */
  plans: { graceDays: number; partialTolerancePercent: string; brokenAfterMissed: number };
};

/** Settings as `createLedger` accepts them: any subset, nested objects merged one level deep. */
export type PaymentSettingsInput = Partial<Omit<PaymentSettings, 'numberFormats' | 'permissions' | 'plans'>> & {
  numberFormats?: Partial<PaymentSettings['numberFormats']>;
  permissions?: Partial<PaymentSettings['permissions']>;
  plans?: Partial<PaymentSettings['plans']>;
};

/** The defaults. */
export const defaultSettings: PaymentSettings = {
  currency: USD,
  timeZone: 'UTC',
  weekStartsOn: 1,
  channels: ['Walk-in', 'Online', 'Phone', 'Mobile', 'Field'],
  defaultChannel: 'Walk-in',
  methods: ['Cash', 'Credit Card', 'Debit Card', 'Bank Transfer', 'Check'],
  cashMethods: ['Cash'],
  numberFormats: {
    payment: { format: 'PAY-{YYYY}-{seq:6}', start: 1 },
    transaction: { format: 'TXN-{YYYY}-{seq:6}', start: 1 },
    receipt: { format: 'R-{seq}', start: 1 },
    creditNote: { format: 'CN-{seq}', start: 1 },
  },
  overpaymentThreshold: '100.00',
  creditNoteExpiryYears: 1,
  creditNoteExpiryDays: null,
  notesMaxLength: 500,
  remarksMaxLength: 500,
  gatewayStatusMap: {
    stripe: {
      succeeded: { webhookStatus: 'In Settlement', settlementStatus: 'In Progress', paymentStatus: 'Pending' },
      failed: { webhookStatus: 'Failed', settlementStatus: 'N/A', paymentStatus: 'Failed' },
    },
  },
  permissions: {
    record: ['admin', 'billing-manager', 'recovery-executive', 'customer-executive'],
    credit: ['admin', 'billing-manager'],
    reverse: ['admin'],
    verify: ['admin', 'billing-manager'],
  },
  plans: { graceDays: 5, partialTolerancePercent: '0', brokenAfterMissed: 2 },
};

const nonEmpty = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1)))();
const numberFormat = /* @__PURE__ */ (() =>
  z.strictObject({
    format: nonEmpty,
    start: z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
  }))();
const roles = /* @__PURE__ */ (() => z.array(nonEmpty))();
const settingsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    currency: currencySchema,
    timeZone: nonEmpty,
    weekStartsOn: z.union([
      z.literal(0),
      z.literal(1),
      z.literal(2),
      z.literal(3),
      z.literal(4),
      z.literal(5),
      z.literal(6),
    ]),
    channels: z.array(nonEmpty).check(z.minLength(1)),
    defaultChannel: nonEmpty,
    methods: z.array(nonEmpty).check(z.minLength(1)),
    cashMethods: z.array(nonEmpty),
    numberFormats: z.strictObject({
      payment: numberFormat,
      transaction: numberFormat,
      receipt: numberFormat,
      creditNote: numberFormat,
    }),
    overpaymentThreshold: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
    creditNoteExpiryYears: z.number().check(z.int(), z.gte(1), z.lte(100)),
    creditNoteExpiryDays: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(36_500))),
    notesMaxLength: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
    remarksMaxLength: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
    gatewayStatusMap: z.record(
      z.string(),
      z.record(
        z.string(),
        z.strictObject({
          webhookStatus: nonEmpty,
          settlementStatus: nonEmpty,
          paymentStatus: z.enum(['Pending', 'Failed']),
        }),
      ),
    ),
    permissions: z.strictObject({ record: roles, credit: roles, reverse: roles, verify: roles }),
    plans: z.strictObject({
      graceDays: z.number().check(z.int(), z.gte(0), z.lte(365)),
      partialTolerancePercent: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
      brokenAfterMissed: z.number().check(z.int(), z.gte(1), z.lte(120)),
    }),
  }))();

/**
 * Merges `input` over {@link defaultSettings} (nested objects one level deep), validates the
 * result and returns it frozen.
 *
 * @throws HotleadsError `INVALID_SETTINGS` naming the offending path.
 */
export function resolveSettings(input: PaymentSettingsInput = {}): PaymentSettings {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new HotleadsError('INVALID_SETTINGS', 'Settings must be an object');
  let merged: unknown;
  try {
    merged = {
      ...defaultSettings,
      ...input,
      numberFormats: { ...defaultSettings.numberFormats, ...nested(input.numberFormats, 'numberFormats') },
      permissions: { ...defaultSettings.permissions, ...nested(input.permissions, 'permissions') },
      plans: { ...defaultSettings.plans, ...nested(input.plans, 'plans') },
    };
  } catch (error) {
    throw unreadableInput(error, 'INVALID_SETTINGS', []);
  }
  const s = parseInput(settingsSchema, merged, 'INVALID_SETTINGS', 'settings') as PaymentSettings;
  if (!isIanaTimeZone(s.timeZone))
    throw new HotleadsError('INVALID_SETTINGS', 'timeZone must be an IANA time zone such as "America/New_York"', {
      path: ['timeZone'],
    });
  if (!s.channels.includes(s.defaultChannel))
    throw new HotleadsError('INVALID_SETTINGS', 'defaultChannel must be one of channels', { path: ['defaultChannel'] });
  s.cashMethods.forEach((m, i) => {
    if (!s.methods.includes(m))
      throw new HotleadsError('INVALID_SETTINGS', 'Every cash method must be one of methods', {
        path: ['cashMethods', i],
      });
  });
  for (const key of ['payment', 'transaction', 'receipt', 'creditNote'] as const)
    validateNumberFormat(s.numberFormats[key].format, ['numberFormats', key, 'format']);
  try {
    parseAmount(s.overpaymentThreshold, s.currency, { path: ['overpaymentThreshold'], allowZero: true });
  } catch (e) {
    throw new HotleadsError('INVALID_SETTINGS', 'overpaymentThreshold must be a non-negative amount in the currency', {
      path: ['overpaymentThreshold'],
      cause: e,
    });
  }
  const tol = /^\d+(\.\d+)?$/.test(s.plans.partialTolerancePercent) ? new Dec(s.plans.partialTolerancePercent) : null;
  if (tol === null || tol.gt(100))
    throw new HotleadsError('INVALID_SETTINGS', 'partialTolerancePercent must be a number from 0 to 100', {
      path: ['plans', 'partialTolerancePercent'],
    });
  return deepFreeze(s);
}

/** A nested settings group to merge one level deep: absent, or an object. */
function nested(value: unknown, key: string): object | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HotleadsError('INVALID_SETTINGS', 'Expected an object', { path: [key] });
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
