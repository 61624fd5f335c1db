import * as z from 'zod/mini';
import { BANDS } from '@hotleads/core';
import type { ScoreChangeTrigger } from '../types';

/** The constant sentences of the `scoreChange` trigger's schema. */
export const SCORE_CHANGE_SCHEMA_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    band: 'Expected a band: COLD, WARM, HIGH or HOT',
    crosses: 'A threshold is a score above 0 and at most 100',
    direction: 'A crossing goes up or down',
  } as const))();

/**
 * A `scoreChange` trigger (docs/rules.md, "A rule"): a band change `fromBand` / `toBand`, a
 * crossing of the score threshold `crosses` (`up`, `down`, or either), or both. The checks that
 * relate its fields to each other are `scoreChangeIssues`'.
 */
export const scoreChangeTriggerSchema = /* @__PURE__ */ (() => {
  const band = z.enum(BANDS, SCORE_CHANGE_SCHEMA_MESSAGES.band);
  return z.strictObject({
    type: z.literal('scoreChange'),
    fromBand: z.optional(band),
    toBand: z.optional(band),
    crosses: z.optional(
      z
        .number(SCORE_CHANGE_SCHEMA_MESSAGES.crosses)
        .check(z.gt(0, SCORE_CHANGE_SCHEMA_MESSAGES.crosses), z.lte(100, SCORE_CHANGE_SCHEMA_MESSAGES.crosses)),
    ),
    direction: z.optional(z.enum(['up', 'down'], SCORE_CHANGE_SCHEMA_MESSAGES.direction)),
  });
})();

/** Compile-time check that the schema's output is a ScoreChangeTrigger. */
const _check: (t: z.output<typeof scoreChangeTriggerSchema>) => ScoreChangeTrigger = (t) => t;
void _check;
