import { assert, toEpochMs, type Time } from '@hotleads/core';
import { Cron } from 'croner';
import { readOptions } from '../input/options';
import { parseRuleInput } from '../schema/parseRuleInput';
import { triggerSchema } from '../schema/ruleSchema';
import { checkSchedule } from '../schema/schedule';
import type { Trigger } from '../types';

/** The most runs {@link nextRuns} lists. */
export const MAX_NEXT_RUNS = 100;

/** Options of {@link nextRuns}. */
export type NextRunsOptions = {
  /** Runs strictly after this moment are listed. */
  now: Time;
  /** How many (1..{@link MAX_NEXT_RUNS}, default 3). */
  count?: number;
};

/** The constant sentence of {@link nextRuns}' `count` check. */
export const NEXT_RUNS_COUNT_MESSAGE = `count must be an integer from 1 to ${MAX_NEXT_RUNS}`;

/**
 * The next times a schedule trigger fires after `now`, as epoch ms, from its cron expression in
 * its IANA time zone (UTC without one), computed with croner as `dueRules` does. Any other
 * trigger has no schedule: `[]`. A rule builder shows them beside the cron expression.
 *
 * @throws HotleadsError `INVALID_RULE` for a trigger that is not one (a bad cron expression, an
 *   unknown time zone), `INVALID_TIME` for `now`, `INVALID_ARGUMENT` for `count`.
 * @example nextRuns({ type: 'schedule', cron: '0 9 * * 1-5', timezone: 'America/New_York' }, { now: '2026-03-06T12:00:00Z', count: 2 })
 *   // [Date.parse('2026-03-09T13:00:00Z'), Date.parse('2026-03-10T13:00:00Z')]
 */
export function nextRuns(trigger: Trigger, options: NextRunsOptions): number[] {
  const opts = readOptions(options, ['now', 'count']);
  const t = parseRuleInput(triggerSchema, trigger, 'trigger', ['trigger']);
  checkSchedule(t);
  const now = toEpochMs(opts.now as Time, ['now']);
  const count = opts.count ?? 3;
  assert(
    Number.isInteger(count) && (count as number) >= 1 && (count as number) <= MAX_NEXT_RUNS,
    'INVALID_ARGUMENT',
    NEXT_RUNS_COUNT_MESSAGE,
    ['count'],
  );
  if (t.type !== 'schedule') return [];
  const cron = new Cron(t.cron, { paused: true, timezone: t.timezone ?? 'UTC' }); // never the machine's zone
  try {
    return cron.nextRuns(count as number, new Date(now)).map((d) => d.getTime());
  } finally {
    cron.stop();
  }
}
