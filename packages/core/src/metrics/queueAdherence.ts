import { unreadable } from '../errors/unreadable';
import { optionalNumber } from '../validation/optionalNumber';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { toEpochMs } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { parsePeriod, ratio, requireId } from './format';
import type { Period, WorkedAccount } from './types';

/** Options for {@link queueAdherence}. */
export type QueueAdherenceOptions = Period & {
  /** "Top of the queue" means rank ≤ topN; default 10 (docs/metrics.md). */
  topN?: number;
  /** The success target; default 0.7 (70 % follow the top 10). */
  target?: number;
};

/** Adherence of one collector. */
export type AdherenceRow = { collectorId: string; worked: number; inTop: number; rate: number | null; percent: string };

/** Queue adherence, ready for a KPI card. */
export type QueueAdherence = {
  /** Eligible accounts worked in the period. */
  worked: number;
  /** Of those, how many were in the top N when worked. */
  inTop: number;
  rate: number | null;
  percent: string;
  target: number;
  targetPercent: string;
  /** null when nothing was worked. */
  meetsTarget: boolean | null;
  /** Worked accounts left out because the policy blocked them then. */
  excludedBlocked: number;
  byCollector: AdherenceRow[];
};

/**
 * Queue adherence (a success metric; docs/metrics.md): the share of worked accounts that were in the top
 * N (default 10) of the queue when worked, counting only accounts that were eligible to contact.
 * Record `queueRank` with `liveQueue.rankOf(id)` when the collector opens an account.
 */
export function queueAdherence(worked: readonly WorkedAccount[], options: QueueAdherenceOptions): QueueAdherence {
  try {
    return queueAdherenceChecked(worked, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function queueAdherenceChecked(worked: readonly WorkedAccount[], options: QueueAdherenceOptions): QueueAdherence {
  requireOptions(options);
  worked = requireRecords<WorkedAccount>(worked, ['worked']);
  const { from, to } = parsePeriod(options);
  const topN = optionalNumber(options.topN, 10, ['topN'], { min: 1, integer: true });
  const target = optionalNumber(options.target, 0.7, ['target'], { min: 0, max: 1 });
  const per = new Map<string, { worked: number; inTop: number }>();
  let total = 0;
  let inTop = 0;
  let excluded = 0;
  worked.forEach((w, i) => {
    const at = toEpochMs(w.at, ['worked', i, 'at']);
    if (at < from || at >= to) return;
    if (w.eligible !== true) {
      excluded++;
      return;
    }
    const hit = typeof w.queueRank === 'number' && w.queueRank >= 1 && w.queueRank <= topN;
    total++;
    if (hit) inTop++;
    const collectorId = requireId(w.collectorId, ['worked', i, 'collectorId']);
    let row = per.get(collectorId);
    if (row === undefined) per.set(collectorId, (row = { worked: 0, inTop: 0 }));
    row.worked++;
    if (hit) row.inTop++;
  });
  const rate = ratio(inTop, total);
  const byCollector = [...per.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([collectorId, r]) => {
      const cr = ratio(r.inTop, r.worked);
      return { collectorId, worked: r.worked, inTop: r.inTop, rate: cr, percent: formatPercent(cr) };
    });
  return {
    worked: total,
    inTop,
    rate,
    percent: formatPercent(rate),
    target,
    targetPercent: formatPercent(target),
    meetsTarget: rate === null ? null : rate >= target,
    excludedBlocked: excluded,
    byCollector,
  };
}
