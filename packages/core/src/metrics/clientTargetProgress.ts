import { toEpochMs, type Time } from '../time/toEpochMs';
import { formatCents, formatPercent, parsePeriod, toCents } from './format';
import type { MoneyFormat, PaymentRecord, Period } from './types';

/** An agency client and what it expects collected in the period. */
export type ClientTarget = { clientId: string; name: string; target: number };

/** Options for {@link clientTargetProgress}. */
export type ClientTargetOptions = Period & {
  now: Time;
  /** Within ± this share of the pro-rata target counts as on track; default 0.05. */
  tolerance?: number;
  format?: MoneyFormat;
};

/** One client's progress, for the Agency Admin dashboard. */
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
  payments: readonly PaymentRecord[],
  options: ClientTargetOptions,
): ClientTargetRow[] {
  const { from, to } = parsePeriod(options);
  const nowMs = toEpochMs(options.now, ['now']);
  const tolerance = options.tolerance ?? 0.05;
  const elapsed = to === from ? 1 : Math.min(1, Math.max(0, (nowMs - from) / (to - from)));
  const cents = new Map<string, number>();
  payments.forEach((p, i) => {
    if (p.clientId === undefined) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at < from || at >= to || at > nowMs) return;
    cents.set(p.clientId, (cents.get(p.clientId) ?? 0) + toCents(p.amount, ['payments', i, 'amount']));
  });
  return clients.map((c, i) => {
    const targetCents = toCents(c.target, ['clients', i, 'target']);
    const got = cents.get(c.clientId) ?? 0;
    const expected = Math.round(targetCents * elapsed);
    const vsPace = expected === 0 ? (got > 0 ? 1 : 0) : got / expected - 1;
    const pace = vsPace > tolerance ? 'ahead' : vsPace < -tolerance ? 'behind' : 'on-track';
    const ratio = targetCents === 0 ? null : got / targetCents;
    return {
      clientId: c.clientId,
      name: c.name,
      target: targetCents / 100,
      collected: got / 100,
      remaining: Math.max(0, targetCents - got) / 100,
      ratio,
      percent: formatPercent(ratio),
      expectedByNow: expected / 100,
      pace,
      label: `${formatCents(got, options.format)} of ${formatCents(targetCents, options.format)}`,
      paceLabel:
        pace === 'on-track'
          ? 'On pace'
          : expected === 0
            ? 'Ahead of pace'
            : `${formatPercent(Math.abs(vsPace))} ${pace === 'ahead' ? 'ahead of' : 'behind'} pace`,
      met: got >= targetCents,
    };
  });
}
