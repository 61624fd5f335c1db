import type { Time } from '../time/toEpochMs';

/** A step table: the highest `min` that is ≤ the value wins; below every step scores 0. */
export type Step = { min: number; points: number };

/** How a criterion turns a lead's data into points. */
export type Evaluator =
  /** Field has a value (not null/undefined/NaN/blank string/empty array). */
  | { kind: 'present'; points: number }
  /** Field equals one of `values` (strings optionally case-insensitive); on a list field, any element. */
  | { kind: 'oneOf'; values: Array<string | number | boolean>; points: number; caseInsensitive?: boolean }
  /** Points looked up by the field's value (as a string key); `otherwise` for any other present value. */
  | { kind: 'map'; points: Record<string, number>; otherwise?: number }
  /** Numeric field scored by a step table. */
  | { kind: 'steps'; steps: Step[] }
  /** Numeric field mapped linearly from (x0,y0) to (x1,y1), clamped at both ends. */
  | { kind: 'linear'; from: [number, number]; to: [number, number] }
  /** Count of events of `types` (optionally within the last `withinHours`), scored by steps. */
  | { kind: 'eventCount'; types: string[]; withinHours?: number; steps: Step[] }
  /** Σ points × 0.5^(ageHours / halfLifeHours) over events of the listed types. */
  | { kind: 'decayedSignals'; signals: Record<string, DecayedSignal> }
  /** Hours since the newest event of `types` (else since `createdAt`), scored by steps. */
  | { kind: 'timeSince'; types: string[]; steps: Array<{ minHours: number; points: number }> }
  /**
   * Diminishing returns per signal type: Σ over types of points × (1 − e^(−Σ decayed / scale)),
   * where Σ decayed adds 0.5^(ageHours / halfLifeHours) over that type's events (docs/scoring.md,
   * "`saturatingSignals`"). A second visit adds less than the first; no type ever reaches its points.
   */
  | { kind: 'saturatingSignals'; signals: Record<string, DecayedSignal>; scale: number };

/**
 * One intent signal of a `decayedSignals` or `saturatingSignals` evaluator. `label` is how a reason names it, with
 * `{amount}` (the event's value as money) and `{ago}` (how long ago) filled in, e.g.
 * `'Abandoned a {amount} payment {ago}'`.
 */
export type DecayedSignal = { points: number; halfLifeHours: number; label?: string };

/** The kinds of {@link Evaluator}. */
export type EvaluatorKind = Evaluator['kind'];

/** One row of a scoring model (a row of the "Default Values Table"; docs/scoring.md, "The formula"). */
export type Criterion = {
  id: string;
  label: string;
  group: string;
  /** Dotted path of the field; event-based evaluators read `lead.events`. */
  field?: string;
  /** ≥ 0; the built-in models use 1..5. */
  weight: number;
  /** Negative for a penalty criterion (Time Untouched: −10). */
  maxPoints: number;
  /** Information points: reward that the data exists. */
  information?: Evaluator;
  /** Evaluation points: reward how desirable the data is. */
  evaluation?: Evaluator;
  /** Optional plain-language template for the criterion's reason line; see {@link ReasonTemplate}. */
  reason?: ReasonTemplate;
  /** Why the criterion scores the way it does (documentation for model authors). */
  description?: string;
};

/**
 * How a field criterion explains itself to a collector. `{value}` is replaced by the field's
 * value, `{amount}` by the value as money, `{points}` by the criterion's points. Event-based
 * criteria word their reasons themselves (signal labels, "No activity for 5 days").
 */
export type ReasonTemplate = { text: string };

/** Score thresholds of the bands; default 80 / 60 / 40. */
export type Bands = { hot: number; high: number; warm: number };

/** A weighted, normalized scoring model. */
export type ScoringModel = {
  id: string;
  name: string;
  criteria: Criterion[];
  bands?: Bands;
  /** How reasons format money: locale and ISO 4217 currency (default en-US, USD). */
  format?: { locale?: string; currency?: string };
};

/** A lead's band. */
export type Band = 'HOT' | 'HIGH' | 'WARM' | 'COLD';

/** What one criterion added to a score. */
export type Contribution = {
  criterionId: string;
  label: string;
  group: string;
  /** Clamped information + evaluation points. */
  points: number;
  /** points × weight. */
  weighted: number;
  /** maxPoints × weight (negative for a penalty). */
  maxWeighted: number;
  /** Plain-language detail for a collector, e.g. "Abandoned a $240.00 payment 2 hours ago (+1 more)". */
  detail: string;
  /**
   * For a signals criterion: every signal it counted in words, strongest first and ties newest
   * first — the first is the one `detail` names, the rest are its "+N more".
   */
  signals?: string[];
};

/** A lead's score and why. */
export type LeadScore = {
  leadId: string;
  /** 0..100, unrounded. Display with {@link displayScore} (rounds down). */
  score: number;
  band: Band;
  achieved: number;
  possible: number;
  /** Every criterion, highest |weighted| first; they sum to `achieved`. Empty when explain is false. */
  contributions: Contribution[];
  /**
   * Up to 3 positive lines, then any penalty line, by contribution (ties: the more recent signal
   * first). Empty when explain is false.
   */
  reasons: string[];
};

/** Options for {@link scoreLead} and a compiled scorer. */
export type ScoreOptions = {
  /** The moment to score at; events after it are ignored. */
  now: Time;
  /** Compute contributions and reasons (default true). */
  explain?: boolean;
};
