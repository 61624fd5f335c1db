// The boundary fuzz harness: every runtime export of an entry point (and every Ledger method) is
// called with valid and hostile arguments, and must either succeed or throw a HotleadsError.
//
//   boundarySuite('@hotleads/core', core, { scoreLead: { args: fc.tuple(lead, model, options) }, … });
//
// The oracle, for every call:
// - nothing but a HotleadsError is ever thrown (or rejected);
// - no call hangs: a synchronous call must return within the time limit, an async one settle;
// - the arguments are not mutated (a structural snapshot before and after; traps are skipped);
// - after a refused call, `afterRefused` (e.g. "the memory store's dump is unchanged") holds;
// - after a successful call, `check` (the existing property oracles) holds.
// The suite fails when an exported function has no spec, so a new export cannot go unfuzzed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError } from '@hotleads/core';
import { traps } from './hostile';

/** How to fuzz one function. */
export type FunctionSpec<Ctx = undefined> = {
  /** The argument tuples. Mix valid and hostile values (see `validOrHostile`). */
  args: fc.Arbitrary<readonly unknown[]>;
  /** Fresh state per run (e.g. a ledger over a memory store). */
  setup?: () => Ctx | Promise<Ctx>;
  /** How to call; default `exported(...args)`. */
  call?: (args: readonly unknown[], ctx: Ctx, exported: unknown) => unknown;
  /** After a refused call: e.g. the store's dump is what it was before. Receives what `before` took. */
  afterRefused?: (ctx: Ctx, before: unknown) => void | Promise<void>;
  /** Taken before the call, for `afterRefused`. */
  before?: (ctx: Ctx) => unknown;
  /** After a successful call: the property oracles for valid input. */
  check?: (result: unknown, args: readonly unknown[], ctx: Ctx) => void | Promise<void>;
  numRuns?: number;
  timeLimitMs?: number;
};

/** Exports that are not functions of data (e.g. a class used only with `new` is still a function). */
export type Skip = { skip: string };

/** The specs of one entry point, by export name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec has its own context type
export type SpecTable = Record<string, FunctionSpec<any> | Skip>;

/** Options of {@link boundarySuite}. */
export type BoundarySuiteOptions = { numRuns?: number; timeLimitMs?: number };

const isSkip = (s: SpecTable[string]): s is Skip => 'skip' in s;

/**
 * A structural snapshot that never runs user code: accessors and traps are recorded, not read.
 * Flat, and built without recursion, so a 2,000-level object can be taken and compared: a
 * primitive is described as itself; an object as a list of rows, one per object reached (the
 * first is the value), in which each object is named `<ref n>` (its row).
 */
export function snapshot(value: unknown, seen = new Map<object, number>()): unknown {
  const queue: object[] = [];
  const describe = (v: unknown): unknown => {
    if (v === null || v === undefined) return v;
    switch (typeof v) {
      case 'number':
        return Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v;
      case 'bigint':
        return `${v}n`;
      case 'symbol':
        return `symbol:${v.description ?? ''}`;
      case 'function':
        return '<function>';
      case 'object': {
        if (traps.has(v)) return '<trap>';
        let ref = seen.get(v);
        if (ref === undefined) {
          ref = seen.size;
          seen.set(v, ref);
          queue.push(v);
        }
        return `<ref ${ref}>`;
      }
      default:
        return v;
    }
  };
  const root = describe(value);
  if (queue.length === 0) return root; // a primitive, a trap, or an object seen before
  const rows: unknown[][] = [];
  for (let i = 0; i < queue.length; i++) {
    const object = queue[i]!;
    if (object instanceof Date) {
      let time: string;
      try {
        time = `Date(${object.getTime()})`;
      } catch {
        time = '<fake Date>';
      }
      rows.push([time]);
    } else if (object instanceof Map)
      rows.push(['Map', ...[...object.entries()].flatMap(([k, v]) => [describe(k), describe(v)])]);
    else if (object instanceof Set) rows.push(['Set', ...[...object.values()].map(describe)]);
    else {
      const row: unknown[] = [Array.isArray(object) ? 'Array' : 'Object', Object.isFrozen(object)];
      for (const key of Reflect.ownKeys(object)) {
        const d = Object.getOwnPropertyDescriptor(object, key)!;
        row.push(String(key), 'value' in d ? describe(d.value) : '<accessor>');
      }
      rows.push(row);
    }
  }
  return rows;
}

class Hang extends Error {}

async function settle(value: unknown, limitMs: number): Promise<unknown> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  let then: unknown;
  try {
    then = (value as { then?: unknown }).then;
  } catch {
    return value; // a returned hostile value (the caller's own) whose `then` throws is no promise
  }
  if (typeof then !== 'function') return value;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      value as Promise<unknown>,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Hang(`did not settle within ${limitMs} ms`)), limitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 300)}`;
  try {
    return `a non-Error: ${String(e)}`;
  } catch {
    return 'a non-Error that cannot be printed';
  }
}

/** One call under the oracle; throws an Error describing the first violation. */
export async function checkCall<Ctx>(
  fnName: string,
  s: FunctionSpec<Ctx>,
  exported: unknown,
  args: readonly unknown[],
  limit = s.timeLimitMs ?? 2_000,
): Promise<void> {
  const ctx = (s.setup === undefined ? undefined : await s.setup()) as Ctx;
  const before = s.before?.(ctx);
  const argsBefore = snapshot(args);
  const started = performance.now();
  let result: unknown;
  let thrown: unknown;
  let threw = false;
  try {
    const call = s.call ?? ((a: readonly unknown[], _c: Ctx, f: unknown) => (f as (...x: unknown[]) => unknown)(...a));
    result = await settle(call(args, ctx, exported), limit);
  } catch (e) {
    threw = true;
    thrown = e;
  }
  const elapsed = performance.now() - started;
  if (thrown instanceof Hang) throw new Error(`${fnName} hung: ${thrown.message}`);
  if (elapsed > limit) throw new Error(`${fnName} took ${Math.round(elapsed)} ms (limit ${limit} ms)`);
  if (threw && !isHotleadsError(thrown)) throw new Error(`${fnName} threw ${describeThrown(thrown)}`);
  expect(snapshot(args), `${fnName} mutated its arguments`).toEqual(argsBefore);
  if (threw) await s.afterRefused?.(ctx, before);
  else await s.check?.(result, args, ctx);
}

/**
 * Registers one vitest test per exported function of `entry`, plus one that fails when an
 * exported function has no spec or a spec names nothing exported.
 */
export function boundarySuite(
  name: string,
  entry: Record<string, unknown>,
  specs: SpecTable,
  options: BoundarySuiteOptions = {},
): void {
  const functions = Object.keys(entry)
    .filter((k) => typeof entry[k] === 'function')
    .sort();
  describe(`boundary fuzz: ${name}`, () => {
    it('has a spec for every exported function, and no spec for anything else', () => {
      expect(functions.filter((f) => !Object.hasOwn(specs, f))).toEqual([]);
      expect(Object.keys(specs).filter((s) => !functions.includes(s))).toEqual([]);
    });
    for (const fnName of functions) {
      const spec = specs[fnName];
      if (spec === undefined || isSkip(spec)) continue;
      const s = spec as FunctionSpec<unknown>;
      const limit = s.timeLimitMs ?? options.timeLimitMs ?? 2_000;
      it(`${fnName}: only HotleadsErrors, no hang, no mutation`, { timeout: 120_000 }, async () => {
        await fc.assert(
          fc.asyncProperty(s.args, (args) => checkCall(fnName, s, entry[fnName], args, limit)),
          { numRuns: s.numRuns ?? options.numRuns ?? 300 },
        );
      });
    }
  });
}
