import { unreadable } from '../errors/unreadable';
import { optionalNumber } from '../validation/optionalNumber';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, optionalId, parsePeriod, requireId, requireMinor } from './format';
import type { MoneyFormat, Period, ReceivedPayment } from './types';

/** An agency client and what it expects collected in the period (`target` in integer minor units). */
export type ClientTarget = { clientId: string; name: string; target: number };

/** Options for {@link clientTargetProgress}. */
export type ClientTargetOptions = Period & {
  now: Time;
  /** Within ± this share of the pro-rata target counts as on track; default 0.05. */
  tolerance?: number;
  format?: MoneyFormat;
};

/** One client's progress, for the Agency Admin dashboard. Amounts are integer minor units. */
export type ClientTargetRow = {
  clientId: string;
  name: string;
  target: number;
  collected: number;
  remaining: number;
  /** collected ÷ target; null for a target of 0. */
  ratio: number | null;
  percent: string;
  /** The target pro rata to the time elapsed in the period. */
  expectedByNow: number;
  pace: 'ahead' | 'on-track' | 'behind';
  /** "$12,400.00 of $20,000.00". */
  label: string;
  /** "8.0% ahead of pace", "On pace", "15.2% behind pace". */
  paceLabel: string;
  met: boolean;
};

/**
 * Progress against each agency client's collection target for a period (the Agency Admin's
 * "Are we meeting client targets?", docs/react.md, "Persona pages"): collected so far from payments tagged with the
 * client, and pace against the target pro rata to the time elapsed.
 */
export function clientTargetProgress(
  clients: readonly ClientTarget[],
  payments: readonly ReceivedPayment[],
  options: ClientTargetOptions,
): ClientTargetRow[] {
  try {
    return clientTargetProgressChecked(clients, payments, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function clientTargetProgressChecked(
  clients: readonly ClientTarget[],
  payments: readonly ReceivedPayment[],
  options: ClientTargetOptions,
): ClientTargetRow[] {
  requireOptions(options);
  clients = requireRecords<ClientTarget>(clients, ['clients']);
  payments = requireRecords<ReceivedPayment>(payments, ['payments']);
  const { from, to } = parsePeriod(options);
  const nowMs = toEpochMs(options.now, ['now']);
  const tolerance = optionalNumber(options.tolerance, 0.05, ['tolerance'], { min: 0 });
  const money = moneyOf(options.format);
  const elapsed = to === from ? 1 : Math.min(1, Math.max(0, (nowMs - from) / (to - from)));
  const collected = new Map<string, number>();
  payments.forEach((p, i) => {
    const clientId = optionalId(p.clientId, ['payments', i, 'clientId']);
    if (clientId === undefined) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at < from || at >= to || at > nowMs) return;
    collected.set(clientId, (collected.get(clientId) ?? 0) + requireMinor(p.amount, ['payments', i, 'amount']));
  });
  return clients.map((c, i) => {
    requireId(c.clientId, ['clients', i, 'clientId']);
    requireId(c.name, ['clients', i, 'name']);
    const target = requireMinor(c.target, ['clients', i, 'target']);
    const got = collected.get(c.clientId) ?? 0;
    const expected = Math.round(target * elapsed);
    const vsPace = expected === 0 ? (got > 0 ? 1 : 0) : got / expected - 1;
    const pace = vsPace > tolerance ? 'ahead' : vsPace < -tolerance ? 'behind' : 'on-track';
    const ratio = target === 0 ? null : got / target;
    return {
      clientId: c.clientId,
      name: c.name,
      target,
      collected: got,
      remaining: Math.max(0, target - got),
      ratio,
      percent: formatPercent(ratio),
      expectedByNow: expected,
      pace,
      label: `${money(got)} of ${money(target)}`,
      paceLabel:
        pace === 'on-track'
          ? 'On pace'
          : expected === 0
            ? 'Ahead of pace'
            : `${formatPercent(Math.abs(vsPace))} ${pace === 'ahead' ? 'ahead of' : 'behind'} pace`,
      met: got >= target,
    };
  });
}
