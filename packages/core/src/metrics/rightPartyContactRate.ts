import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { toEpochMs } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { parsePeriod, ratio } from './format';
import type { ActivityRecord, Period } from './types';

/** Options for {@link rightPartyContactRate}. */
export type RightPartyContactRateOptions = Period & { collectorId?: string };

/** Right-party-contact rate, ready for a KPI card. */
export type RightPartyContactRate = {
  attempts: number;
  rightPartyContacts: number;
  rate: number | null;
  percent: string;
};

/**
 * Right-party-contact (RPC) rate: the share of contact attempts in `[from, to)` that reached
 * the consumer who owes the debt (`outcome: 'right-party-contact'`).
 */
export function rightPartyContactRate(
  activities: readonly ActivityRecord[],
  options: RightPartyContactRateOptions,
): RightPartyContactRate {
  try {
    return rightPartyContactRateChecked(activities, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function rightPartyContactRateChecked(
  activities: readonly ActivityRecord[],
  options: RightPartyContactRateOptions,
): RightPartyContactRate {
  requireOptions(options);
  activities = requireRecords<ActivityRecord>(activities, ['activities']);
  const { from, to } = parsePeriod(options);
  let attempts = 0;
  let rpc = 0;
  activities.forEach((a, i) => {
    if (options.collectorId !== undefined && a.collectorId !== options.collectorId) return;
    const at = toEpochMs(a.at, ['activities', i, 'at']);
    if (at < from || at >= to) return;
    attempts++;
    if (a.outcome === 'right-party-contact') rpc++;
  });
  const rate = ratio(rpc, attempts);
  return { attempts, rightPartyContacts: rpc, rate, percent: formatPercent(rate) };
}
