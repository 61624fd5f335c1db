import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '../errors/HotleadsError';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { parseScoringModel } from '../scoring/parseScoringModel';
import type { Criterion } from '../scoring/types';
import { overrideModel, OVERRIDE_MESSAGES, type ModelLayer } from './overrideModel';

const base = b2bLeadModel;
const first = base.criteria[0]!;
const steps = base.criteria.find((c) => c.evaluation?.kind === 'steps')!;

function refusal(f: () => unknown): { code: string; detail: string; path: unknown } {
  try {
    f();
  } catch (e) {
    expect(isHotleadsError(e)).toBe(true);
    return e as never;
  }
  throw new Error('not refused');
}

describe('overrideModel', () => {
  it('applies layers in order, a later layer winning, and diffs against the base', () => {
    const admin: ModelLayer = { criteria: { [first.id]: { weight: first.weight + 1 } }, bands: { hot: 85 } };
    const seller: ModelLayer = { criteria: { [first.id]: { weight: first.weight + 2, maxPoints: first.maxPoints } } };
    const { model, changes } = overrideModel(base, [admin, seller]);
    expect(model.criteria[0]!.weight).toBe(first.weight + 2);
    expect(model.bands).toEqual({ hot: 85, high: 60, warm: 40 });
    expect(changes).toEqual([
      { criterionId: first.id, field: 'weight', before: first.weight, after: first.weight + 2 },
      { criterionId: null, field: 'bands.hot', before: 80, after: 85 },
    ]);
    expect(model.criteria.map((c) => c.id)).toEqual(base.criteria.map((c) => c.id));
    expect(overrideModel(base, [])).toEqual({ model: parseScoringModel(base), changes: [] });
  });

  it('replaces an evaluator of the same kind (new thresholds and points)', () => {
    const ev = steps.evaluation as Extract<Criterion['evaluation'], { kind: 'steps' }>;
    const edited = { kind: 'steps' as const, steps: ev.steps.map((s) => ({ min: s.min * 2, points: s.points })) };
    const { changes } = overrideModel(base, [{ criteria: { [steps.id]: { evaluation: edited } } }]);
    expect(changes).toEqual([{ criterionId: steps.id, field: 'evaluation', before: ev, after: edited }]);
  });

  it('refuses what a layer cannot do, naming where', () => {
    const at = (layer: unknown) => refusal(() => overrideModel(base, [{}, layer as ModelLayer]));
    expect(at({ criteria: { nope: { weight: 1 } } })).toMatchObject({
      detail: OVERRIDE_MESSAGES.unknownCriterion,
      path: ['layers', 1, 'criteria', 'nope'],
    });
    expect(at({ criteria: { [first.id]: { id: 'x' } } }).path).toEqual(['layers', 1, 'criteria', first.id, 'id']);
    expect(at({ criteria: { [first.id]: { weight: -1 } } })).toMatchObject({
      code: 'INVALID_MODEL',
      path: ['layers', 1, 'criteria', first.id, 'weight'],
    });
    expect(at({ criteria: { [steps.id]: { evaluation: { kind: 'present', points: 1 } } } }).detail).toBe(
      OVERRIDE_MESSAGES.kind,
    );
    expect(at({ bands: { hot: 10 } }).path).toEqual(['layers', 1, 'bands']);
    expect(at({ bands: { cold: 1 } }).path).toEqual(['layers', 1, 'bands', 'cold']);
    expect(at({ name: 'x' }).path).toEqual(['layers', 1, 'name']);
    expect(refusal(() => overrideModel(base, 'x' as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('property: the diff lists exactly the fields that differ, and the result is a valid model', () => {
    const ids = base.criteria.map((c) => c.id);
    const layer = fc.record(
      {
        criteria: fc.dictionary(
          fc.constantFrom(...ids),
          fc.record({ weight: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
          { maxKeys: 4 },
        ),
        bands: fc.record({ warm: fc.integer({ min: 0, max: 40 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 3 }), (layers) => {
        const { model, changes } = overrideModel(base, layers);
        expect(parseScoringModel(model)).toEqual(model);
        const want = new Map<string, number>();
        for (const l of layers)
          for (const [id, e] of Object.entries(l.criteria ?? {})) if (e.weight !== undefined) want.set(id, e.weight);
        const expected = base.criteria
          .filter((c) => want.has(c.id) && want.get(c.id) !== c.weight)
          .map((c) => ({ criterionId: c.id, field: 'weight', before: c.weight, after: want.get(c.id) }));
        const warm = layers.reduce((w, l) => l.bands?.warm ?? w, 40);
        if (warm !== 40) expected.push({ criterionId: null as never, field: 'bands.warm', before: 40, after: warm });
        expect(changes).toEqual(expected);
      }),
      { seed: 14, numRuns: 150 },
    );
  });
});
