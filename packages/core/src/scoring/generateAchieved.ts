import type { FieldReader } from '../lead/path';
import { isPresent } from './isPresent';
import type { Evaluator } from './types';

/** The part of a compiled criterion that the generated scoring loop needs. */
export type CompiledCriterion = {
  read: FieldReader | undefined;
  key: string | undefined;
  presentPoints: number | undefined;
  information: ((value: unknown, scratch: never) => number) | undefined;
  evaluation: ((value: unknown, scratch: never) => number) | undefined;
  /** The evaluators as written, so `steps` and `linear` can be emitted inline. */
  criterion: { information?: Evaluator; evaluation?: Evaluator };
  weight: number;
  maxPoints: number;
  penalty: boolean;
};

/** Σ points × weight of one lead; writes each criterion's points into `points` (id order). */
export type AchievedFn = (lead: object, plain: boolean, scratch: unknown, points: Float64Array) => number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function literal(x: number): string {
  return Object.is(x, -0) ? '-0' : `(${String(x)})`;
}

/**
 * `steps` and `linear` as expressions on `v`, with the same comparisons and arithmetic as the
 * closures of createScorer (steps sorted stably by min, scanned from the highest), or
 * `undefined` for the other kinds, which stay calls.
 */
function inline(ev: Evaluator | undefined): string | undefined {
  if (ev?.kind === 'steps') {
    const sorted = ev.steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.min - b.min || a.i - b.i);
    let chain = '0';
    for (const step of sorted) chain = `${literal(step.min)} <= v ? ${literal(step.points)} : ${chain}`;
    return `(typeof v !== 'number' || !Number.isFinite(v) ? 0 : ${chain})`;
  }
  if (ev?.kind === 'linear') {
    const [x0, y0] = ev.from.map(literal) as [string, string];
    const [x1, y1] = ev.to.map(literal) as [string, string];
    return `(typeof v !== 'number' || !Number.isFinite(v) ? 0 : v <= ${x0} ? ${y0} : v >= ${x1} ? ${y1} : ${y0} + ((v - ${x0}) * (${y1} - ${y0})) / (${x1} - ${x0}))`;
  }
  return undefined;
}

/**
 * Generates the scoring loop of a model as one straight-line function (one `new Function` per
 * model, built from numbers of the validated model and field names only). Each criterion gets
 * its own call sites and named property loads, so the engine can inline its evaluators and
 * cache each field's lookup — the loop over an array of closures cannot. The arithmetic is the
 * loop's, operation for operation, so results are bit-identical (a property test compares it
 * with `scoreLead`). Returns `undefined` where code generation is not allowed (a CSP without
 * 'unsafe-eval'); the caller then runs the plain loop.
 */
export function generateAchieved(compiled: readonly CompiledCriterion[]): AchievedFn | undefined {
  const lines: string[] = [];
  compiled.forEach((c, i) => {
    const read =
      c.key !== undefined ? `(plain ? lead${IDENTIFIER.test(c.key) ? `.${c.key}` : `[${JSON.stringify(c.key)}]`} : R[${i}](lead))` : c.read !== undefined ? `R[${i}](lead)` : 'undefined';
    const info = c.presentPoints !== undefined ? `(isPresent(v) ? ${literal(c.presentPoints)} : 0)` : c.information !== undefined ? (inline(c.criterion.information) ?? `I[${i}](v, s)`) : '0';
    const evaluation = c.evaluation !== undefined ? (inline(c.criterion.evaluation) ?? `E[${i}](v, s)`) : '0';
    const clamp = c.penalty ? `Math.min(Math.max(raw, ${literal(c.maxPoints)}), 0)` : `Math.min(Math.max(raw, 0), ${literal(c.maxPoints)})`;
    lines.push(`v = ${read};`, `raw = ${info} + ${evaluation};`, `p = ${clamp};`, `pts[${i}] = p;`, `a += p * ${literal(c.weight)};`);
  });
  const body = `return function achievedOf(lead, plain, s, pts) {\n  let v, raw, p, a = 0;\n  ${lines.join('\n  ')}\n  return a;\n};`;
  try {
    const factory = new Function('R', 'I', 'E', 'isPresent', body) as (...args: unknown[]) => AchievedFn;
    return factory(
      compiled.map((c) => c.read),
      compiled.map((c) => c.information),
      compiled.map((c) => c.evaluation),
      isPresent,
    );
  } catch {
    return undefined;
  }
}
