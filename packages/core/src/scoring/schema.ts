import * as z from 'zod/mini';

// Each schema is built in a `@__PURE__` IIFE, so a bundle that does not use it drops it.

const finite = () => z.number().check(z.refine(Number.isFinite, 'Expected a finite number'));
const positive = (message: string) =>
  z.number().check(
    z.refine(Number.isFinite, 'Expected a finite number'),
    z.refine((x) => x > 0, message),
  );
const nonEmpty = () => z.string().check(z.minLength(1));

/** zod schema of an {@link Evaluator}; `kind` selects the variant. */
export const evaluatorSchema = /* @__PURE__ */ (() => {
  const step = z.object({ min: finite(), points: finite() });
  const signals = z.record(
    nonEmpty(),
    z.object({ points: finite(), halfLifeHours: positive('halfLifeHours must be > 0'), label: z.optional(z.string()) }),
  );
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('present'), points: finite() }),
    z.object({
      kind: z.literal('oneOf'),
      values: z.array(z.union([z.string(), z.number(), z.boolean()])).check(z.minLength(1)),
      points: finite(),
      caseInsensitive: z.optional(z.boolean()),
    }),
    z.object({ kind: z.literal('map'), points: z.record(z.string(), finite()), otherwise: z.optional(finite()) }),
    z.object({ kind: z.literal('steps'), steps: z.array(step).check(z.minLength(1)) }),
    z.object({ kind: z.literal('linear'), from: z.tuple([finite(), finite()]), to: z.tuple([finite(), finite()]) }),
    z.object({
      kind: z.literal('eventCount'),
      types: z.array(nonEmpty()).check(z.minLength(1)),
      withinHours: z.optional(positive('withinHours must be > 0')),
      steps: z.array(step).check(z.minLength(1)),
    }),
    z.object({ kind: z.literal('decayedSignals'), signals }),
    z.object({ kind: z.literal('saturatingSignals'), signals, scale: positive('scale must be > 0') }),
    z.object({
      kind: z.literal('timeSince'),
      types: z.array(nonEmpty()).check(z.minLength(1)),
      steps: z.array(z.object({ minHours: finite(), points: finite() })).check(z.minLength(1)),
    }),
  ]);
})();

/** zod schema of a {@link Criterion}. */
export const criterionSchema = /* @__PURE__ */ (() =>
  z.object({
    id: nonEmpty(),
    label: nonEmpty(),
    group: nonEmpty(),
    field: z.optional(nonEmpty()),
    weight: z.number().check(
      z.refine(Number.isFinite, 'Expected a finite number'),
      z.refine((w) => w >= 0, 'weight must be ≥ 0'),
    ),
    maxPoints: finite(),
    information: z.optional(evaluatorSchema),
    evaluation: z.optional(evaluatorSchema),
    reason: z.optional(z.object({ text: nonEmpty() })),
    description: z.optional(z.string()),
  }))();

/** zod schema of a {@link ScoringModel} (shape only; {@link parseScoringModel} adds the formula's rules). */
export const scoringModelSchema = /* @__PURE__ */ (() =>
  z.object({
    id: nonEmpty(),
    name: nonEmpty(),
    criteria: z.array(criterionSchema).check(z.minLength(1)),
    bands: z.optional(
      z
        .object({ hot: finite(), high: finite(), warm: finite() })
        .check(
          z.refine(
            (b) => b.warm >= 0 && b.warm <= b.high && b.high <= b.hot && b.hot <= 100,
            'bands must satisfy 0 ≤ warm ≤ high ≤ hot ≤ 100',
          ),
        ),
    ),
    format: z.optional(
      z.object({ locale: z.optional(nonEmpty()), currency: z.optional(z.string().check(z.length(3))) }),
    ),
  }))();
