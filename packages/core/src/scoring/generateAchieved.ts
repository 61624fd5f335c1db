import type { FieldReader } from '../lead/path';
import { caseInsensitiveMatcher } from './caseInsensitive';
import { isBlank } from './isPresent';
import type { Evaluator } from './types';

/** The part of a compiled criterion that the generated scoring loop needs. */
export type CompiledCriterion = {
  read: FieldReader | undefined;
  key: string | undefined;
  information: ((value: unknown, scratch: never) => number) | undefined;
  evaluation: ((value: unknown, scratch: never) => number) | undefined;
  /** The evaluators as written, so `steps` and `linear` can be emitted inline. */
  criterion: { information?: Evaluator; evaluation?: Evaluator };
  weight: number;
  maxPoints: number;
  penalty: boolean;
};

/**
 * Σ points × weight of one lead; writes each criterion's points into `points` (id order). The
 * direct variant writes `scratch.missing`, a hash of the top-level fields that read `undefined`
 * (the lead's shape, roughly); the slot variant reads a plain lead's top-level fields from
 * `slots` (filled by the caller, see {@link topLevelKeys}).
 */
export type AchievedFn = (
  lead: object,
  plain: boolean,
  scratch: { missing: number },
  points: Float64Array,
  slots?: unknown[],
) => number;

/** The distinct top-level fields read inline, in the order of their slots (first use, criterion order). */
export function topLevelKeys(compiled: readonly CompiledCriterion[]): string[] {
  const keys: string[] = [];
  for (const c of compiled) if (c.key !== undefined && !keys.includes(c.key)) keys.push(c.key);
  return keys;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function literal(x: number): string {
  return Object.is(x, -0) ? '-0' : `(${String(x)})`;
}

function valueLiteral(x: string | number | boolean): string {
  return typeof x === 'string' ? JSON.stringify(x) : typeof x === 'number' ? literal(x) : String(x);
}

const SCALAR = "(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')";

/** `isPresent(v)` as an expression (same tests, same order). */
const PRESENT =
  "(v !== undefined && v !== null && (typeof v === 'string' ? !B(v) : typeof v === 'number' ? v === v : !Array.isArray(v) || v.length !== 0))";

/**
 * An evaluator as an expression on `v`, with the same comparisons and arithmetic as the
 * closures of createScorer (`steps` sorted stably by min and scanned from the highest; `oneOf`
 * and `map` on scalars by strict equality, lists through the closure `call`); event-based
 * kinds stay calls. `ci` holds the case-insensitive matchers the expression refers to.
 */
function expression(ev: Evaluator, call: string, ci: Array<(v: string) => boolean>): string {
  switch (ev.kind) {
    case 'present':
      return `(${PRESENT} ? ${literal(ev.points)} : 0)`;
    case 'steps': {
      const sorted = ev.steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.min - b.min || a.i - b.i);
      let chain = '0';
      for (const step of sorted) chain = `${literal(step.min)} <= v ? ${literal(step.points)} : ${chain}`;
      return `(typeof v !== 'number' || !Number.isFinite(v) ? 0 : ${chain})`;
    }
    case 'linear': {
      const [x0, y0] = ev.from.map(literal) as [string, string];
      const [x1, y1] = ev.to.map(literal) as [string, string];
      return `(typeof v !== 'number' || !Number.isFinite(v) ? 0 : v <= ${x0} ? ${y0} : v >= ${x1} ? ${y1} : ${y0} + ((v - ${x0}) * (${y1} - ${y0})) / (${x1} - ${x0}))`;
    }
    case 'oneOf': {
      let test = ev.values.map((x) => `v === ${valueLiteral(x)}`).join(' || ');
      if (ev.caseInsensitive === true) {
        ci.push(caseInsensitiveMatcher(ev.values));
        test += ` || (typeof v === 'string' && C[${ci.length - 1}](v))`;
      }
      return `(Array.isArray(v) ? ${call} : (${SCALAR} && (${test})) ? ${literal(ev.points)} : 0)`;
    }
    case 'map': {
      let chain = literal(ev.otherwise ?? 0);
      for (const [key, points] of Object.entries(ev.points).reverse())
        chain = `k === ${JSON.stringify(key)} ? ${literal(points)} : ${chain}`;
      return `(typeof v === 'string' ? (B(v) ? 0 : ((k = v), ${chain})) : typeof v === 'number' ? (v !== v ? 0 : ((k = String(v)), ${chain})) : typeof v === 'boolean' ? ((k = String(v)), ${chain}) : Array.isArray(v) ? ${call} : 0)`;
    }
    default:
      return call;
  }
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
export function generateAchieved(
  compiled: readonly CompiledCriterion[],
  variant: 'direct' | 'slots' = 'direct',
): AchievedFn | undefined {
  const lines: string[] = [];
  const ci: Array<(v: string) => boolean> = [];
  const keys = topLevelKeys(compiled);
  const hashed = new Set<string>();
  compiled.forEach((c, i) => {
    const j = c.key === undefined ? -1 : keys.indexOf(c.key);
    const read =
      c.key !== undefined
        ? variant === 'slots'
          ? `(plain ? S[${j}] : R[${i}](lead))`
          : `(plain ? lead${IDENTIFIER.test(c.key) ? `.${c.key}` : `[${JSON.stringify(c.key)}]`} : R[${i}](lead))`
        : c.read !== undefined
          ? `R[${i}](lead)`
          : 'undefined';
    const hash =
      variant === 'direct' && c.key !== undefined && !hashed.has(c.key)
        ? (hashed.add(c.key), [`if (v === undefined) m = (m * 31 + ${j}) | 0;`])
        : [];
    const { information, evaluation } = c.criterion;
    const info = information === undefined ? '0' : expression(information, `I[${i}](v, s)`, ci);
    const evaluated = evaluation === undefined ? '0' : expression(evaluation, `E[${i}](v, s)`, ci);
    const clamp = c.penalty
      ? `Math.min(Math.max(raw, ${literal(c.maxPoints)}), 0)`
      : `Math.min(Math.max(raw, 0), ${literal(c.maxPoints)})`;
    lines.push(
      `v = ${read};`,
      ...hash,
      `raw = ${info} + ${evaluated};`,
      `p = ${clamp};`,
      `pts[${i}] = p;`,
      `a += p * ${literal(c.weight)};`,
    );
  });
  const body = `return function achievedOf(lead, plain, s, pts, S) {\n  let v, k, raw, p, a = 0, m = 0;\n  ${lines.join('\n  ')}\n  ${variant === 'direct' ? 's.missing = m;\n  ' : ''}return a;\n};`;
  try {
    const factory = new Function('R', 'I', 'E', 'B', 'C', body) as (...args: unknown[]) => AchievedFn;
    return factory(
      compiled.map((c) => c.read),
      compiled.map((c) => c.information),
      compiled.map((c) => c.evaluation),
      isBlank,
      ci,
    );
  } catch {
    return undefined;
  }
}
