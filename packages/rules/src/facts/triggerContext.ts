import { BANDS, HotleadsError, unreadable, type Band, type IssuePath } from '@hotleads/core';
import type { TriggerContext } from '../types';
import { optionalStrings, ownValue } from '../input/options';

/** The constant sentences of {@link checkTriggerContext}. */
export const TRIGGER_CONTEXT_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    trigger: 'Expected what happened, such as { type: "event", event: "quote_request" }',
    type: 'Expected a trigger type: statusChange, fieldChange, event, schedule or scoreChange',
    to: 'A statusChange needs the new status as a string (to)',
    from: 'A statusChange has the old status as a string (from), or none',
    fields: 'A fieldChange needs the changed fields as an array of strings',
    event: 'An event trigger needs the event type as a string',
    ruleIds: 'A schedule tick lists rule ids as an array of strings, or none',
    score: 'A scoreChange needs the score before and after as numbers from 0 to 100 (previousScore, score)',
    band: 'A scoreChange needs the band before and after: COLD, WARM, HIGH or HOT (previousBand, band)',
  } as const))();

const isBand = (v: unknown): v is Band => typeof v === 'string' && (BANDS as readonly string[]).includes(v);
const isScore = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 100;

function fail(detail: string, path: IssuePath): never {
  throw new HotleadsError('INVALID_ARGUMENT', detail, { path });
}

function copy(value: unknown, path: IssuePath): TriggerContext {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(TRIGGER_CONTEXT_MESSAGES.trigger, path);
  const type = ownValue(value, 'type');
  switch (type) {
    case 'statusChange': {
      const to = ownValue(value, 'to');
      const from = ownValue(value, 'from');
      if (typeof to !== 'string') fail(TRIGGER_CONTEXT_MESSAGES.to, [...path, 'to']);
      if (from !== undefined && typeof from !== 'string') fail(TRIGGER_CONTEXT_MESSAGES.from, [...path, 'from']);
      return from === undefined ? { type, to } : { type, from, to };
    }
    case 'fieldChange': {
      const fields = ownValue(value, 'fields');
      if (!Array.isArray(fields)) fail(TRIGGER_CONTEXT_MESSAGES.fields, [...path, 'fields']);
      return { type, fields: optionalStrings(fields, [...path, 'fields'])! };
    }
    case 'event': {
      const event = ownValue(value, 'event');
      if (typeof event !== 'string') fail(TRIGGER_CONTEXT_MESSAGES.event, [...path, 'event']);
      return { type, event };
    }
    case 'schedule': {
      const ruleIds = ownValue(value, 'ruleIds');
      if (ruleIds !== undefined && !Array.isArray(ruleIds))
        fail(TRIGGER_CONTEXT_MESSAGES.ruleIds, [...path, 'ruleIds']);
      const ids = optionalStrings(ruleIds, [...path, 'ruleIds']);
      return ids === undefined ? { type } : { type, ruleIds: ids };
    }
    case 'scoreChange': {
      const [previousScore, score] = [ownValue(value, 'previousScore'), ownValue(value, 'score')];
      const [previousBand, band] = [ownValue(value, 'previousBand'), ownValue(value, 'band')];
      if (!isScore(previousScore)) fail(TRIGGER_CONTEXT_MESSAGES.score, [...path, 'previousScore']);
      if (!isScore(score)) fail(TRIGGER_CONTEXT_MESSAGES.score, [...path, 'score']);
      if (!isBand(previousBand)) fail(TRIGGER_CONTEXT_MESSAGES.band, [...path, 'previousBand']);
      if (!isBand(band)) fail(TRIGGER_CONTEXT_MESSAGES.band, [...path, 'band']);
      return { type, previousScore, previousBand, score, band };
    }
    default:
      return fail(TRIGGER_CONTEXT_MESSAGES.type, [...path, 'type']);
  }
}

/**
 * Checks what happened to the lead (an evaluation's `trigger`) and returns a plain copy, read
 * from own properties. `undefined` and `null` both mean no trigger: a manual run, in which every
 * rule's trigger matches.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` (or a field below it): an unknown type, a
 *   `fieldChange` without `fields`, an `event` without its type, a `scoreChange` without both
 *   scores (0..100) and bands, a value that cannot be read.
 */
export function checkTriggerContext(value: unknown, path: IssuePath = ['trigger']): TriggerContext | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return copy(value, path);
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', path);
  }
}
