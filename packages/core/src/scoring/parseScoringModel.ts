import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { parseFieldPath } from '../lead/path';
import { parseWithSchema } from '../validation/parseWithSchema';
import { scoringModelSchema } from './schema';
import type { Evaluator, ScoringModel } from './types';

const FIELD_KINDS = /* @__PURE__ */ (() =>
  new Set<Evaluator['kind']>(['present', 'oneOf', 'map', 'steps', 'linear']))();

/** Every points value an evaluator can award, with its path inside the evaluator. */
function pointValues(evaluator: Evaluator): Array<[number, IssuePath]> {
  switch (evaluator.kind) {
    case 'present':
    case 'oneOf':
      return [[evaluator.points, ['points']]];
    case 'map': {
      const out: Array<[number, IssuePath]> = Object.entries(evaluator.points).map(([k, v]) => [v, ['points', k]]);
      if (evaluator.otherwise !== undefined) out.push([evaluator.otherwise, ['otherwise']]);
      return out;
    }
    case 'steps':
    case 'eventCount':
    case 'timeSince':
      return evaluator.steps.map((s, i) => [s.points, ['steps', i, 'points']]);
    case 'linear':
      return [
        [evaluator.from[1], ['from', 1]],
        [evaluator.to[1], ['to', 1]],
      ];
    case 'decayedSignals':
    case 'saturatingSignals':
      return Object.entries(evaluator.signals).map(([k, s]) => [s.points, ['signals', k, 'points']]);
  }
}

/**
 * Validates a scoring model from outside: its shape (zod) and the formula's rules — weights
 * ≥ 0; a positive criterion awards only points ≥ 0; a penalty criterion (maxPoints < 0) has only
 * an `evaluation` whose points are ≤ 0; `linear` needs x0 < x1; field evaluators need a safe
 * dotted `field`; criterion ids are unique; the possible total is > 0.
 *
 * @returns the model, typed. Models are validated once, when compiled by {@link createScorer}.
 * @throws HotleadsError `INVALID_MODEL` (or `INVALID_PATH` for a field path) naming the path.
 */
export function parseScoringModel(input: unknown): ScoringModel {
  const model = parseWithSchema(scoringModelSchema, input, 'INVALID_MODEL', 'scoring model') as ScoringModel;
  const seen = new Set<string>();
  let possible = 0;
  model.criteria.forEach((criterion, i) => {
    const at: IssuePath = ['criteria', i];
    if (seen.has(criterion.id))
      throw new HotleadsError('INVALID_MODEL', `Duplicate criterion id "${criterion.id}"`, { path: [...at, 'id'] });
    seen.add(criterion.id);
    if (criterion.field !== undefined) parseFieldPath(criterion.field, [...at, 'field']);
    const penalty = criterion.maxPoints < 0;
    if (penalty && criterion.information !== undefined) {
      throw new HotleadsError('INVALID_MODEL', 'A penalty criterion (maxPoints < 0) has only an evaluation', {
        path: [...at, 'information'],
      });
    }
    for (const slot of ['information', 'evaluation'] as const) {
      const evaluator = criterion[slot];
      if (evaluator === undefined) continue;
      const evAt: IssuePath = [...at, slot];
      if (FIELD_KINDS.has(evaluator.kind) && criterion.field === undefined) {
        throw new HotleadsError('INVALID_MODEL', `A "${evaluator.kind}" evaluator needs the criterion's field`, {
          path: [...at, 'field'],
        });
      }
      if (evaluator.kind === 'linear' && !(evaluator.from[0] < evaluator.to[0])) {
        throw new HotleadsError('INVALID_MODEL', 'A linear evaluator needs from[0] < to[0]', {
          path: [...evAt, 'from', 0],
        });
      }
      for (const [points, path] of pointValues(evaluator)) {
        if (penalty ? points > 0 : points < 0) {
          const rule = penalty
            ? 'A penalty criterion awards only points ≤ 0'
            : 'A criterion with maxPoints ≥ 0 awards only points ≥ 0';
          throw new HotleadsError('INVALID_MODEL', rule, { path: [...evAt, ...path] });
        }
      }
    }
    if (criterion.maxPoints > 0) possible += criterion.maxPoints * criterion.weight;
  });
  if (!(possible > 0))
    throw new HotleadsError(
      'INVALID_MODEL',
      'The model can never score: its possible total (Σ maxPoints × weight over positive criteria) is 0',
      { path: ['criteria'] },
    );
  return model;
}
