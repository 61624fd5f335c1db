import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'Expected a finite number');
const step = z.object({ min: finite, points: finite });
const signalsSchema = z.record(
  z.string().min(1),
  z.object({
    points: finite,
    halfLifeHours: finite.refine((h) => h > 0, 'halfLifeHours must be > 0'),
    label: z.string().optional(),
  }),
);

/** zod schema of an {@link Evaluator}; `kind` selects the variant. */
export const evaluatorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('present'), points: finite }),
  z.object({
    kind: z.literal('oneOf'),
    values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
    points: finite,
    caseInsensitive: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('map'), points: z.record(z.string(), finite), otherwise: finite.optional() }),
  z.object({ kind: z.literal('steps'), steps: z.array(step).min(1) }),
  z.object({ kind: z.literal('linear'), from: z.tuple([finite, finite]), to: z.tuple([finite, finite]) }),
  z.object({
    kind: z.literal('eventCount'),
    types: z.array(z.string().min(1)).min(1),
    withinHours: finite.refine((h) => h > 0, 'withinHours must be > 0').optional(),
    steps: z.array(step).min(1),
  }),
  z.object({
    kind: z.literal('decayedSignals'),
    signals: signalsSchema,
  }),
  z.object({
    kind: z.literal('saturatingSignals'),
    signals: signalsSchema,
    scale: finite.refine((x) => x > 0, 'scale must be > 0'),
  }),
  z.object({
    kind: z.literal('timeSince'),
    types: z.array(z.string().min(1)).min(1),
    steps: z.array(z.object({ minHours: finite, points: finite })).min(1),
  }),
]);

/** zod schema of a {@link Criterion}. */
export const criterionSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  group: z.string().min(1),
  field: z.string().min(1).optional(),
  weight: finite.refine((w) => w >= 0, 'weight must be ≥ 0'),
  maxPoints: finite,
  information: evaluatorSchema.optional(),
  evaluation: evaluatorSchema.optional(),
  reason: z.object({ text: z.string().min(1) }).optional(),
  description: z.string().optional(),
});

/** zod schema of a {@link ScoringModel} (shape only; {@link parseScoringModel} adds the formula's rules). */
export const scoringModelSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  criteria: z.array(criterionSchema).min(1),
  bands: z
    .object({ hot: finite, high: finite, warm: finite })
    .refine(
      (b) => b.warm >= 0 && b.warm <= b.high && b.high <= b.hot && b.hot <= 100,
      'bands must satisfy 0 ≤ warm ≤ high ≤ hot ≤ 100',
    )
    .optional(),
  format: z.object({ locale: z.string().min(1).optional(), currency: z.string().length(3).optional() }).optional(),
});
