// fast-check arbitraries shared by core's property tests (not part of the package's API).
import fc from 'fast-check';
import type { Lead, LeadEvent } from '../lead/types';
import type { Criterion, Evaluator, ScoringModel } from '../scoring/types';

export const NOW = Date.UTC(2026, 10, 22, 15, 0, 0);
export const HOUR = 3_600_000;
export const FIELDS = ['f0', 'f1', 'f2', 'nested.f3'];
export const EVENT_TYPES = ['visit', 'abandon', 'open', 'reply', 'pay'];

const pts = fc.double({ min: 0, max: 20, noNaN: true, noDefaultInfinity: true });
/** Step tables whose points never fall as `min` grows (monotone), so more is never worse. */
const monotoneSteps = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 10 }), pts), { minLength: 1, maxLength: 4 })
  .map((pairs) => {
    const mins = pairs.map(([m]) => m).sort((a, b) => a - b);
    const points = pairs.map(([, p]) => p).sort((a, b) => a - b);
    return mins.map((min, i) => ({ min, points: points[i]! }));
  });

export const positiveEvaluator: fc.Arbitrary<Evaluator> = fc.oneof(
  pts.map((points): Evaluator => ({ kind: 'present', points })),
  fc
    .record({
      values: fc.array(fc.oneof(fc.constantFrom('a', 'B', 'c'), fc.integer({ min: 0, max: 3 }), fc.boolean()), {
        minLength: 1,
        maxLength: 3,
      }),
      points: pts,
      caseInsensitive: fc.boolean(),
    })
    .map((e): Evaluator => ({ kind: 'oneOf', ...e })),
  fc
    .record({
      points: fc.dictionary(fc.constantFrom('a', 'b', '1', 'true'), pts),
      otherwise: fc.option(pts, { nil: undefined }),
    })
    .map((e): Evaluator =>
      e.otherwise === undefined
        ? { kind: 'map', points: e.points }
        : { kind: 'map', points: e.points, otherwise: e.otherwise },
    ),
  monotoneSteps.map((steps): Evaluator => ({ kind: 'steps', steps })),
  fc
    .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }), pts, pts)
    .map(([x0, dx, y0, y1]): Evaluator => ({
      kind: 'linear',
      from: [x0, Math.min(y0, y1)],
      to: [x0 + dx, Math.max(y0, y1)],
    })),
  fc
    .record({
      types: fc.subarray(EVENT_TYPES, { minLength: 1 }),
      withinHours: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
      steps: monotoneSteps,
    })
    .map((e): Evaluator =>
      e.withinHours === undefined
        ? { kind: 'eventCount', types: e.types, steps: e.steps }
        : { kind: 'eventCount', types: e.types, withinHours: e.withinHours, steps: e.steps },
    ),
  fc
    .dictionary(
      fc.constantFrom(...EVENT_TYPES),
      fc.record({ points: pts, halfLifeHours: fc.double({ min: 0.5, max: 200, noNaN: true }) }),
      { minKeys: 1 },
    )
    .map((signals): Evaluator => ({ kind: 'decayedSignals', signals })),
  fc
    .tuple(
      fc.dictionary(
        fc.constantFrom(...EVENT_TYPES),
        fc.record({ points: pts, halfLifeHours: fc.double({ min: 0.5, max: 200, noNaN: true }) }),
        { minKeys: 1 },
      ),
      fc.double({ min: 0.05, max: 20, noNaN: true }),
    )
    .map(([signals, scale]): Evaluator => ({ kind: 'saturatingSignals', signals, scale })),
);

/** Penalty evaluators: time untouched with steps more negative the longer it has been. */
export const penaltyEvaluator: fc.Arbitrary<Evaluator> = fc
  .tuple(
    fc.subarray(EVENT_TYPES, { minLength: 1 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 10, noNaN: true })), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([types, pairs]): Evaluator => {
    const mins = pairs.map(([m]) => m).sort((a, b) => a - b);
    const pens = pairs.map(([, p]) => -p).sort((a, b) => b - a);
    return { kind: 'timeSince', types, steps: mins.map((minHours, i) => ({ minHours, points: pens[i]! })) };
  });

const positiveCriterion = fc.record({
  field: fc.constantFrom(...FIELDS),
  weight: fc.integer({ min: 0, max: 5 }),
  maxPoints: fc.integer({ min: 1, max: 20 }),
  information: fc.option(positiveEvaluator, { nil: undefined }),
  evaluation: fc.option(positiveEvaluator, { nil: undefined }),
});
const penaltyCriterion = fc.record({
  weight: fc.integer({ min: 0, max: 5 }),
  maxPoints: fc.integer({ min: -10, max: -1 }),
  evaluation: penaltyEvaluator,
});

/** Valid random models: positive criteria with monotone evaluators, maybe a penalty. */
export const modelArb: fc.Arbitrary<ScoringModel> = fc
  .tuple(fc.array(positiveCriterion, { minLength: 1, maxLength: 6 }), fc.array(penaltyCriterion, { maxLength: 2 }))
  .map(([positives, penalties]) => {
    const criteria: Criterion[] = [];
    positives.forEach((c, i) => {
      const criterion: Criterion = {
        id: `c${i}`,
        label: `C${i}`,
        group: 'G',
        field: c.field,
        weight: c.weight,
        maxPoints: c.maxPoints,
      };
      if (c.information !== undefined) criterion.information = c.information;
      if (c.evaluation !== undefined) criterion.evaluation = c.evaluation;
      criteria.push(criterion);
    });
    penalties.forEach((c, i) =>
      criteria.push({
        id: `p${i}`,
        label: `P${i}`,
        group: 'Recency',
        weight: c.weight,
        maxPoints: c.maxPoints,
        evaluation: c.evaluation,
      }),
    );
    if (!criteria.some((c) => c.maxPoints > 0 && c.weight > 0)) criteria[0]!.weight = 1;
    return { id: 'm', name: 'random', criteria };
  });

/** Field values of every shape an evaluator may meet, right type or not. */
export const fieldValue = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, '', '  ', [], {}, Number.NaN, true, false, 'a', 'A', 'b', 'B', '1', 'true'),
  fc.integer({ min: -10, max: 20 }),
  fc.double({ min: -10, max: 20, noNaN: true }),
  fc.array(fc.constantFrom<unknown>('a', 'b', 1, true, null), { maxLength: 3 }),
);

export const eventArb: fc.Arbitrary<LeadEvent> = fc.record({
  type: fc.constantFrom(...EVENT_TYPES),
  at: fc.integer({ min: -40 * 24, max: 24 }).map((h) => NOW + h * HOUR + 17),
});

export const leadArb: fc.Arbitrary<Lead> = fc
  .record({
    f0: fieldValue,
    f1: fieldValue,
    f2: fieldValue,
    f3: fieldValue,
    events: fc.array(eventArb, { maxLength: 8 }),
    createdHoursAgo: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
  })
  .map(({ f0, f1, f2, f3, events, createdHoursAgo }) => {
    const lead: Lead = { id: 'L', f0, f1, f2, nested: { f3 }, events };
    if (createdHoursAgo !== undefined)
      lead.createdAt = new Date(NOW - createdHoursAgo * HOUR - 40 * 24 * HOUR).toISOString();
    return lead;
  });
