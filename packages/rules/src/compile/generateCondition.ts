import { isDerivedFact } from '../catalog/factCatalog';
import { compileFactReader, type FactReader } from '../facts/factReader';
import type { FactScope } from '../facts/FactScope';
import { numberValidator } from '../operators/builtins';
import { parseOperatorName } from '../operators/resolveOperator';
import { isFactReference } from '../schema/checkConditions';
import type { Condition } from '../types';
import { compileCondition, lower, type CompiledNodes } from './compileConditions';

type Pred = (s: FactScope) => boolean;

/** What the generated function closes over. */
type Env = {
  /** The closures compiled for each node (shared with the caller's compile: nothing is compiled twice). */
  nodes: CompiledNodes;
  readers: FactReader[];
  closures: Pred[];
  probes: Array<(s: FactScope) => void>;
  consts: unknown[];
  temps: number;
};

type Gen = { code: string; mayThrow: boolean; probe: string | undefined };

const IDENT_SAFE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const COMPARISON: Record<string, string> = {
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
};

function literal(value: unknown): string {
  // JSON text of a string, number, boolean or null is a valid JavaScript expression with the same value.
  return JSON.stringify(value);
}

function add<T>(list: T[], item: T): number {
  list.push(item);
  return list.length - 1;
}

function closureLeaf(node: Condition, env: Env): Gen {
  const c = compileCondition(node, [], env.nodes);
  const k = add(env.closures, c.evaluate);
  return {
    code: `K[${k}](s)`,
    mayThrow: c.mayThrow,
    probe: c.probe === undefined ? undefined : `X[${add(env.probes, c.probe)}](s)`,
  };
}

function readExpr(fact: string, env: Env): string {
  if (!fact.includes('.') && IDENT_SAFE.test(fact) && !(fact in Object.prototype) && !isDerivedFact(fact)) {
    return `(P || h.call(L, ${literal(fact)}) ? L.${fact} : undefined)`;
  }
  return `F[${add(env.readers, compileFactReader(fact))}](s)`;
}

function genLeaf(node: Extract<Condition, { fact: string }>, env: Env): Gen {
  const parsed = parseOperatorName(node.operator);
  if (
    node.path !== undefined ||
    isFactReference(node.value) ||
    parsed === undefined ||
    parsed.decorators.length > 0 ||
    (node.priority !== undefined && node.priority !== 1)
  )
    return closureLeaf(node, env);
  const read = readExpr(node.fact, env);
  const t = `t${env.temps++}`;
  const v = node.value;
  switch (parsed.base) {
    case 'equal':
      return { code: `(${read} === ${literal(v)})`, mayThrow: false, probe: undefined };
    case 'notEqual':
      return { code: `(${read} !== ${literal(v)})`, mayThrow: false, probe: undefined };
    case 'in':
    case 'notIn': {
      const list = v as unknown[];
      const holder = list.length > 8 ? new Set(list) : list;
      const i = add(env.consts, holder);
      const found = holder instanceof Set ? `C[${i}].has(${read})` : `(C[${i}].indexOf(${read}) > -1)`;
      return { code: parsed.base === 'in' ? found : `!${found}`, mayThrow: false, probe: undefined };
    }
    case 'contains':
      return {
        code: `(${t} = ${read}, Array.isArray(${t}) && ${t}.indexOf(${literal(v)}) > -1)`,
        mayThrow: false,
        probe: undefined,
      };
    case 'doesNotContain':
      return {
        code: `(${t} = ${read}, Array.isArray(${t}) && ${t}.indexOf(${literal(v)}) === -1)`,
        mayThrow: false,
        probe: undefined,
      };
    case 'containsText':
      return {
        code: `(${t} = ${read}, typeof ${t} === "string" && W(${t}).includes(${literal((v as string).toLowerCase())}))`,
        mayThrow: false,
        probe: undefined,
      };
    case 'doesNotContainText':
      return {
        code: `(${t} = ${read}, typeof ${t} === "string" && !W(${t}).includes(${literal((v as string).toLowerCase())}))`,
        mayThrow: false,
        probe: undefined,
      };
    case 'withinRange': {
      const [lo, hi] = v as [number, number];
      return {
        code: `(${t} = ${read}, typeof ${t} === "number" && ${t} === ${t} && ${t} >= ${literal(lo)} && ${t} <= ${literal(hi)})`,
        mayThrow: false,
        probe: undefined,
      };
    }
    default: {
      const op = COMPARISON[parsed.base];
      if (op === undefined) return closureLeaf(node, env);
      const b = literal(v);
      const c = compileCondition(node, [], env.nodes);
      return {
        code: `(${t} = ${read}, typeof ${t} === "number" ? ${t} ${op} ${b} : V(${t}) && ${t} ${op} ${b})`,
        // A number check on a derived primitive (score, hoursUntouched…) cannot throw: no probe.
        mayThrow: c.mayThrow,
        probe: c.probe === undefined ? undefined : `X[${add(env.probes, c.probe)}](s)`,
      };
    }
  }
}

function gen(node: Condition, env: Env): Gen {
  if ('not' in node) {
    const inner = gen(node.not, env);
    return { code: `!${inner.code}`, mayThrow: inner.mayThrow, probe: inner.probe };
  }
  // A named condition reference runs its compiled closures (compileRule compiled it with the
  // registry; generated code does not inline the entry).
  if ('condition' in node) return closureLeaf(node, env);
  if (!('all' in node) && !('any' in node)) return genLeaf(node, env);
  const kids = 'all' in node ? node.all : node.any;
  const all = 'all' in node;
  const priorities = new Set(kids.map((k) => k.priority || 1));
  if (priorities.size > 1) return closureLeaf(node, env); // several priority sets: the closure handles the order
  const parts = kids.map((k) => gen(k, env));
  const mayThrow = parts.some((p) => p.mayThrow);
  if (parts.length === 1) return parts[0]!;
  let code: string;
  if (!mayThrow) {
    code = `(${parts.map((p) => p.code).join(all ? ' && ' : ' || ')})`;
  } else {
    // Short-circuit, then probe the remaining children that may throw (json-rules-engine
    // evaluates every condition of a priority set).
    const stop = (i: number) =>
      `(${[...parts.slice(i + 1).flatMap((p) => (p.probe === undefined ? [] : [p.probe])), all ? 'false' : 'true'].join(', ')})`;
    code = parts[parts.length - 1]!.code;
    for (let i = parts.length - 2; i >= 0; i--)
      code = all ? `(${parts[i]!.code} ? ${code} : ${stop(i)})` : `(${parts[i]!.code} ? ${stop(i)} : ${code})`;
  }
  const whole = compileCondition(node, [], env.nodes);
  return {
    code,
    mayThrow,
    probe: mayThrow && whole.probe !== undefined ? `X[${add(env.probes, whole.probe)}](s)` : undefined,
  };
}

const ARGS = ['h', 'V', 'W', 'F', 'K', 'X', 'C'] as const;

function newEnv(nodes: CompiledNodes): Env {
  return { nodes, readers: [], closures: [], probes: [], consts: [], temps: 0 };
}

function build<T>(env: Env, body: string): T | undefined {
  try {
    const factory = new Function(...ARGS, body) as (...args: unknown[]) => T;
    return factory(
      Object.prototype.hasOwnProperty,
      numberValidator,
      lower,
      env.readers,
      env.closures,
      env.probes,
      env.consts,
    );
  } catch {
    return undefined;
  }
}

function declareTemps(env: Env): string {
  const temps = Array.from({ length: env.temps }, (_, i) => `t${i}`);
  return temps.length > 0 ? `let ${temps.join(', ')};\n  ` : '';
}

/**
 * Generates one JavaScript function for a condition tree (a `new Function` per rule, built from
 * validated ids and JSON literals only), with the same semantics as {@link compileCondition}:
 * property loads get their own inline caches, which makes matching several times faster than
 * nested closures. Returns undefined where code generation is not allowed (then the closures
 * are used). `nodes` holds the closures already compiled for the tree's nodes (from
 * `compileCondition(node, path, nodes)`): a subtree left to closures is not compiled again.
 */
export function generateCondition(node: Condition, nodes: CompiledNodes = new Map()): Pred | undefined {
  const env = newEnv(nodes);
  const { code } = gen(node, env);
  return build<Pred>(
    env,
    `return function matches(s) {\n  const L = s.lead, P = s.plainLead;\n  ${declareTemps(env)}return ${code} === true;\n};`,
  );
}

/** Writes whether each rule's conditions hold into `out` (an error counts as no match); returns the matches. */
export type SetPred = (s: FactScope, out: boolean[]) => number;

/**
 * The condition trees of a whole rule set as one generated function (createMatcher's loop): the
 * same code per rule as {@link generateCondition}, each rule in its own `try` (an error is no
 * match), with one read of the lead for all of them and no call per rule. Returns undefined where
 * code generation is not allowed.
 */
export function generateConditionSet(
  trees: ReadonlyArray<{ node: Condition; nodes: CompiledNodes }>,
): SetPred | undefined {
  const env = newEnv(new Map());
  let temps = 0;
  const parts = trees.map(({ node, nodes }, i) => {
    // A leaf's temporary lives inside its own expression, so every rule may reuse t0, t1, …
    env.nodes = nodes;
    env.temps = 0;
    const { code } = gen(node, env);
    temps = Math.max(temps, env.temps);
    return `try { hit = ${code} === true; } catch { hit = false; }\n  out[${i}] = hit;\n  if (hit) n++;`;
  });
  env.temps = temps;
  return build<SetPred>(
    env,
    `return function matchesAll(s, out) {\n  const L = s.lead, P = s.plainLead;\n  let n = 0, hit;\n  ${declareTemps(env)}${parts.join('\n  ')}\n  return n;\n};`,
  );
}
