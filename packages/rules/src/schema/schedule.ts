import { HotleadsError, isIanaTimeZone } from '@hotleads/core';
import { Cron } from 'croner';
import type { Trigger } from '../types';

/**
 * Checks a schedule trigger's time zone (an IANA name) and cron expression (croner's syntax);
 * other triggers pass.
 *
 * @throws HotleadsError `INVALID_RULE` at `trigger.timezone` or `trigger.cron`.
 */
export function checkSchedule(trigger: Trigger): void {
  if (trigger.type !== 'schedule') return;
  const { cron, timezone } = trigger;
  if (timezone !== undefined && !isIanaTimeZone(timezone)) {
    throw new HotleadsError('INVALID_RULE', `Unknown time zone "${timezone}"`, { path: ['trigger', 'timezone'] });
  }
  try {
    new Cron(cron, { paused: true, ...(timezone === undefined ? {} : { timezone }) }).stop();
  } catch (cause) {
    throw new HotleadsError('INVALID_RULE', `Invalid cron expression "${cron}"`, { path: ['trigger', 'cron'], cause });
  }
}
