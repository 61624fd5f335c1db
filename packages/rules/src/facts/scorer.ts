import { createScorer, type Lead, type LeadScore, type ScoringModel, type Time } from '@hotleads/core';

/** What the `score` / `band` facts need from a scorer. */
export type ScoreFn = (lead: Lead, options: { now: Time; explain?: boolean }) => LeadScore;

const cache = /* @__PURE__ */ (() => new WeakMap<ScoringModel, ScoreFn>())();

/** core's compiled scorer for `model`, built once per model object. */
export function scorerFor(model: ScoringModel): ScoreFn {
  let scorer = cache.get(model);
  if (scorer === undefined) {
    scorer = createScorer(model);
    cache.set(model, scorer);
  }
  return scorer;
}
