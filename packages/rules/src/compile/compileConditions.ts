import { HotleadsError, type IssuePath } from '@hotleads/core';
import { compileFactReader, readsPrimitive, type FactReader } from '../facts/factReader';
import type { FactScope } from '../facts/FactScope';
import { compileJsonPath, type PathReader } from '../facts/jsonPath';
import { errorMessage } from '../input/errorMessage';
import { numberValidator } from '../operators/builtins';
import { parseOperatorName, resolveOperator } from '../operators/resolveOperator';
import { isFactReference } from '../schema/checkConditions';
import { unknownConditionMessage } from '../schema/registryFacts';
import type { Condition, ConditionRegistry, ConditionResult } from '../types';

/** A compiled condition: synchronous, allocation-free evaluation, plus an explaining twin. */
export type CompiledCondition = {
  evaluate: (scope: FactScope) => boolean;
  explain: (scope: FactScope) => ConditionResult;
  /** True when evaluation may throw (json-rules-engine would reject); groups then evaluate like json-rules-engine does. */
  mayThrow: boolean;
  /**
   * For a condition that may throw: runs just enough of it to throw when the full evaluation
   * would (json-rules-engine evaluates every condition of a priority set, even after the
   * result is known). Undefined when it cannot throw.
   */
  probe: ((scope: FactScope) => void) | undefined;
  /** json-rules-engine's priority inside a group: `parseInt(priority) || 1`. */
  priority: number;
};

function readThroughPath(read: FactReader, path: PathReader): FactReader {
  return (s) => {
    const v = read(s);
    return v !== null && typeof v === 'object' ? path(v) : v;
  };
}

type Cmp = (a: number, b: number) => boolean;
const COMPARISONS: Record<string, Cmp> = {
  lessThan: (a, b) => a < b,
  lessThanInclusive: (a, b) => a <= b,
  greaterThan: (a, b) => a > b,
  greaterThanInclusive: (a, b) => a >= b,
};

/** One-entry memo of toLowerCase: several text conditions often read the same field of a lead. */
// One-entry memo of toLowerCase: several text conditions often read the same field of a lead.
let lowerIn = '';
let lowerOut = '';
export function lower(text: string): string {
  if (text !== lowerIn) {
    lowerIn = text;
    lowerOut = text.toLowerCase();
  }
  return lowerOut;
}

/** Specialized closures for the common operators with a literal value; same results as the generic path. */
function fastLeaf(operator: string, lhs: FactReader, value: unknown): ((s: FactScope) => boolean) | undefined {
  switch (operator) {
    case 'equal':
      return (s) => lhs(s) === value;
    case 'notEqual':
      return (s) => lhs(s) !== value;
    case 'in':
    case 'notIn': {
      const list = value as unknown[];
      const want = operator === 'in';
      if (list.length > 8) {
        const set = new Set(list); // literals only (no NaN), so Set.has === indexOf semantics
        return want ? (s) => set.has(lhs(s)) : (s) => !set.has(lhs(s));
      }
      return want ? (s) => list.indexOf(lhs(s)) > -1 : (s) => list.indexOf(lhs(s)) === -1;
    }
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive': {
      const b = value as number;
      const cmp = COMPARISONS[operator]!;
      if (operator === 'greaterThan') {
        return (s) => {
          const a = lhs(s);
          return typeof a === 'number' ? a > b : numberValidator(a) && (a as number) > b;
        };
      }
      if (operator === 'lessThan') {
        return (s) => {
          const a = lhs(s);
          return typeof a === 'number' ? a < b : numberValidator(a) && (a as number) < b;
        };
      }
      return (s) => {
        const a = lhs(s);
        return typeof a === 'number' ? cmp(a, b) : numberValidator(a) && cmp(a as number, b);
      };
    }
    case 'containsText':
    case 'doesNotContainText': {
      // Same result as the shared callback, with the value lower-cased once.
      const needle = (value as string).toLowerCase();
      return operator === 'containsText'
        ? (s) => {
            const a = lhs(s);
            return typeof a === 'string' && lower(a).includes(needle);
          }
        : (s) => {
            const a = lhs(s);
            return typeof a === 'string' && !lower(a).includes(needle);
          };
    }
    case 'withinRange': {
      const [lo, hi] = value as [number, number];
      return (s) => {
        const a = lhs(s);
        return typeof a === 'number' && a === a && a >= lo && a <= hi;
      };
    }
    default:
      return undefined;
  }
}

function compileLeaf(node: Extract<Condition, { fact: string }>, path: IssuePath): CompiledCondition {
  const factRead = compileFactReader(node.fact, [...path, 'fact']);
  const lhs =
    node.path === undefined ? factRead : readThroughPath(factRead, compileJsonPath(node.path, [...path, 'path']));
  const op = resolveOperator(node.operator)!;
  const parsed = parseOperatorName(node.operator)!;
  const priority = node.priority || 1;
  const value = node.value;
  const fact = node.fact;
  const operator = node.operator;
  const jsonPath = node.path;
  const name = node.name;
  // Built field by field: object spread is very slow here in V8 (~7 us per call).
  const result = (expected: unknown, factValue: unknown, pass: boolean, error?: string): ConditionResult => {
    const r: Extract<ConditionResult, { kind: 'fact' }> = {
      kind: 'fact',
      fact,
      operator,
      value: expected,
      factValue,
      pass,
    };
    if (jsonPath !== undefined) r.path = jsonPath;
    if (name !== undefined) r.name = name;
    if (error !== undefined) r.error = error;
    return r;
  };

  if (isFactReference(value)) {
    const ref = compileFactReader(value.fact, [...path, 'value', 'fact']);
    const rhs =
      value.path === undefined ? ref : readThroughPath(ref, compileJsonPath(value.path, [...path, 'value', 'path']));
    return {
      evaluate: (s) => op(lhs(s), rhs(s)),
      explain: (s) => {
        let factValue: unknown;
        let expected: unknown;
        try {
          factValue = lhs(s);
          expected = rhs(s);
          return result(expected, factValue, op(factValue, expected));
        } catch (e) {
          return result(expected, factValue, false, errorMessage(e)); // an explanation never throws
        }
      },
      mayThrow: true,
      probe: (s) => void op(lhs(s), rhs(s)),
      priority,
    };
  }
  const numberCheckMayThrow = parsed.base in COMPARISONS && !(jsonPath === undefined && readsPrimitive(fact));
  const evaluate =
    (parsed.decorators.length === 0 ? fastLeaf(node.operator, lhs, value) : undefined) ??
    ((s: FactScope) => op(lhs(s), value));
  return {
    evaluate,
    explain: (s) => {
      let factValue: unknown;
      try {
        factValue = lhs(s);
        return result(value, factValue, op(factValue, value));
      } catch (e) {
        return result(value, factValue, false, errorMessage(e)); // an explanation never throws
      }
    },
    // With a checked literal value, only the number checks can throw (parseFloat of an object
    // without a prototype), and never on a derived fact that is always a primitive (score,
    // hoursUntouched…: no probe, so a lead an earlier condition refused is never scored);
    // decorators may throw too (e.g. swap:in on a non-list fact).
    mayThrow: parsed.decorators.length > 0 || numberCheckMayThrow,
    probe:
      parsed.decorators.length > 0
        ? (s) => void evaluate(s)
        : numberCheckMayThrow
          ? (s) => {
              // Only parseFloat / the comparison on an object (or symbol) can throw; primitives never do.
              const a = lhs(s);
              if (a !== null && (typeof a === 'object' || typeof a === 'function' || typeof a === 'symbol'))
                evaluate(s);
            }
          : undefined,
    priority,
  };
}

/** Groups children the way json-rules-engine's prioritizeConditions does: by priority, highest first. */
function prioritySets(children: CompiledCondition[]): CompiledCondition[][] {
  const byPriority = new Map<number, CompiledCondition[]>();
  for (const c of children) {
    const list = byPriority.get(c.priority);
    if (list === undefined) byPriority.set(c.priority, [c]);
    else list.push(c);
  }
  return [...byPriority.keys()].sort((a, b) => b - a).map((p) => byPriority.get(p)!);
}

type Pred = (s: FactScope) => boolean;

/** Straight-line closures for small groups of non-throwing children (no loop, no array reads). */
function unrolled(kind: 'all' | 'any', fns: Pred[]): Pred | undefined {
  const [a, b, c, d] = fns as [Pred, Pred, Pred, Pred];
  if (kind === 'all') {
    if (fns.length === 2) return (s) => a(s) && b(s);
    if (fns.length === 3) return (s) => a(s) && b(s) && c(s);
    if (fns.length === 4) return (s) => a(s) && b(s) && c(s) && d(s);
  } else {
    if (fns.length === 2) return (s) => a(s) || b(s);
    if (fns.length === 3) return (s) => a(s) || b(s) || c(s);
    if (fns.length === 4) return (s) => a(s) || b(s) || c(s) || d(s);
  }
  return undefined;
}

type Probe = ((s: FactScope) => void) | undefined;

/** One function running the probes after index `i`, or undefined when there are none. */
function probesAfter(probes: readonly Probe[], i: number): Probe {
  const rest = probes.slice(i + 1).filter((p): p is NonNullable<Probe> => p !== undefined);
  if (rest.length === 0) return undefined;
  if (rest.length === 1) return rest[0];
  return (s) => {
    for (const p of rest) p(s);
  };
}

/**
 * A group of 2-4 children in one priority set where some child may throw: short-circuit, then
 * probe the remaining children that may throw (see {@link CompiledCondition.probe}).
 */
function strictUnrolled(all: boolean, fns: Pred[], probes: readonly Probe[]): Pred {
  const [a, b, c, d] = fns as [Pred, Pred, Pred, Pred];
  const ta = probesAfter(probes, 0);
  const tb = probesAfter(probes, 1);
  const tc = probesAfter(probes, 2);
  const stop = (t: Probe, s: FactScope): boolean => {
    if (t !== undefined) t(s);
    return !all;
  };
  if (fns.length === 2) return (s) => (a(s) !== all ? stop(ta, s) : b(s));
  if (fns.length === 3) return (s) => (a(s) !== all ? stop(ta, s) : b(s) !== all ? stop(tb, s) : c(s));
  return (s) => (a(s) !== all ? stop(ta, s) : b(s) !== all ? stop(tb, s) : c(s) !== all ? stop(tc, s) : d(s));
}

function compileGroup(
  kind: 'all' | 'any',
  children: CompiledCondition[],
  priority: number,
  name: string | undefined,
): CompiledCondition {
  const explain = (s: FactScope): ConditionResult => {
    const results: ConditionResult[] = new Array(children.length);
    let pass = kind === 'all';
    for (let i = 0; i < children.length; i++) {
      const r = children[i]!.explain(s);
      results[i] = r;
      pass = kind === 'all' ? pass && r.pass : pass || r.pass;
    }
    return name === undefined ? { kind, pass, conditions: results } : { kind, pass, conditions: results, name };
  };
  const mayThrow = children.some((c) => c.mayThrow);
  if (children.length === 1) {
    // json-rules-engine evaluates a single child directly.
    const only = children[0]!;
    return { evaluate: only.evaluate, explain, mayThrow: only.mayThrow, probe: only.probe, priority };
  }
  const sets = prioritySets(children);
  if (!mayThrow) {
    // Pure, non-throwing children: short-circuiting gives the same answer as json-rules-engine.
    const fns = sets.flat().map((c) => c.evaluate);
    const evaluate =
      unrolled(kind, fns) ??
      (kind === 'all'
        ? (s: FactScope) => {
            for (let i = 0; i < fns.length; i++) if (!fns[i]!(s)) return false;
            return true;
          }
        : (s: FactScope) => {
            for (let i = 0; i < fns.length; i++) if (fns[i]!(s)) return true;
            return false;
          });
    return { evaluate, explain, mayThrow, probe: undefined, priority };
  }
  // Some child may throw. json-rules-engine runs priority sets in order and stops between sets
  // once the result is known, but evaluates every condition of a set (Promise.all), so an error
  // anywhere in an evaluated set rejects the group. We short-circuit inside a set, then still run
  // the set's remaining children that may throw, for their errors only.
  const fnSets = sets.map((set) => set.map((c) => c.evaluate));
  const probeSets = sets.map((set) => set.map((c) => c.probe));
  const all = kind === 'all';
  if (sets.length === 1 && children.length <= 4) {
    const evaluate = strictUnrolled(all, fnSets[0]!, probeSets[0]!);
    return { evaluate, explain, mayThrow, probe: (s) => void evaluate(s), priority };
  }
  const evaluate = (s: FactScope): boolean => {
    for (let k = 0; k < fnSets.length; k++) {
      const fns = fnSets[k]!;
      for (let i = 0; i < fns.length; i++) {
        if (fns[i]!(s) !== all) {
          const probes = probeSets[k]!;
          for (let j = i + 1; j < probes.length; j++) probes[j]?.(s);
          return !all;
        }
      }
    }
    return all;
  };
  return { evaluate, explain, mayThrow, probe: (s) => void evaluate(s), priority };
}

/**
 * What a condition tree compiled to, node by node, so that code generation reuses the closures
 * of the subtrees it does not inline instead of compiling them again (see `compileRule`).
 */
export type CompiledNodes = Map<Condition, CompiledCondition>;

/**
 * Compiles a condition tree once into synchronous closures with json-rules-engine 7.3's exact
 * semantics (strict equality, number checks, `contains` on arrays, JSONPath `path`, fact
 * references, undefined facts, `not`, priority sets and error propagation). With `nodes`, every
 * node's result is recorded there, and a node already recorded is not compiled again. A named
 * condition reference compiles to its entry of `registry` (checked: every name is there, no
 * cycle), with the reference's own priority.
 */
export function compileCondition(
  node: Condition,
  path: IssuePath = [],
  nodes?: CompiledNodes,
  registry?: ConditionRegistry,
): CompiledCondition {
  const known = nodes?.get(node);
  if (known !== undefined) return known;
  const compiled = compileNode(node, path, nodes, registry);
  nodes?.set(node, compiled);
  return compiled;
}

function compileNode(
  node: Condition,
  path: IssuePath,
  nodes: CompiledNodes | undefined,
  registry: ConditionRegistry | undefined,
): CompiledCondition {
  const priority = node.priority || 1;
  if ('all' in node)
    return compileGroup(
      'all',
      node.all.map((c, i) => compileCondition(c, [...path, 'all', i], nodes, registry)),
      priority,
      node.name,
    );
  if ('any' in node)
    return compileGroup(
      'any',
      node.any.map((c, i) => compileCondition(c, [...path, 'any', i], nodes, registry)),
      priority,
      node.name,
    );
  if ('not' in node) {
    const name = node.name;
    const child = compileCondition(node.not, [...path, 'not'], nodes, registry);
    const inner = child.evaluate;
    return {
      evaluate: (s) => !inner(s),
      explain: (s) => {
        const r = child.explain(s);
        return name === undefined
          ? { kind: 'not', pass: !r.pass, condition: r }
          : { kind: 'not', pass: !r.pass, condition: r, name };
      },
      mayThrow: child.mayThrow,
      probe: child.probe,
      priority,
    };
  }
  if ('condition' in node) return compileReference(node.condition, node.name, priority, nodes, registry);
  return compileLeaf(node, path);
}

/** A named condition reference: its entry's closures (json-rules-engine evaluates the entry in its place). */
function compileReference(
  reference: string,
  name: string | undefined,
  priority: number,
  nodes: CompiledNodes | undefined,
  registry: ConditionRegistry | undefined,
): CompiledCondition {
  const entry = registry !== undefined && Object.hasOwn(registry, reference) ? registry[reference] : undefined;
  if (entry === undefined) throw new HotleadsError('INVALID_RULE', unknownConditionMessage(reference)); // checked before
  const child = compileCondition(entry, ['conditions', reference], nodes, registry);
  return {
    evaluate: child.evaluate,
    explain: (s) => {
      const r = child.explain(s);
      const out: ConditionResult = { kind: 'reference', reference, pass: r.pass, conditions: [r] };
      if (name !== undefined) out.name = name;
      return out;
    },
    mayThrow: child.mayThrow,
    probe: child.probe,
    priority,
  };
}
