// The boundary fuzz harness: every runtime export of an entry point (and every Ledger method) is
// called with valid and hostile arguments, and must either succeed or throw a HotleadsError.
//
//   boundarySuite('@hotleads/core', core, { scoreLead: { args: fc.tuple(lead, model, options) }, … });
//
// The oracle, for every call:
// - nothing but a HotleadsError is ever thrown (or rejected);
// - a refusal as "could not be read" (`UNREADABLE`: a getter, Proxy or toString of the caller
//   threw) only comes from a call whose arguments hold such code: refusing plain data that way
//   would dress up a bug of the library's own as the caller's fault;
// - no call hangs: a synchronous call must return within the time limit, an async one settle;
// - the arguments are not mutated (a structural snapshot before and after; traps are skipped);
// - after a refused call, `afterRefused` (e.g. "the memory store's dump is unchanged") holds;
// - after a successful call, `check` (the existing property oracles) holds.
// The suite fails when an exported function has no spec, so a new export cannot go unfuzzed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHotleadsError, UNREADABLE } from '@hotleads/core';
import { traps } from './hostile';

/** How to fuzz one function. */
export type FunctionSpec<Ctx = undefined> = {
  /** The argument tuples. Mix valid and hostile values (see `validOrHostile`). */
  args: fc.Arbitrary<readonly unknown[]>;
  /** Fresh state per run (e.g. a ledger over a memory store). */
  setup?: () => Ctx | Promise<Ctx>;
  /** How to call; default `exported(...args)`. */
  call?: (args: readonly unknown[], ctx: Ctx, exported: unknown) => unknown;
  /**
   * After a refused call: e.g. the store's dump is what it was before. Receives what `before`
   * took, and the HotleadsError the call threw (a refusal may legitimately leave a trace by code).
   */
  afterRefused?: (ctx: Ctx, before: unknown, error: unknown) => void | Promise<void>;
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

/** How deep {@link snapshot} looks: below this a value is `<deep>` (comparing 4,000 levels overflows the stack). */
export const SNAPSHOT_DEPTH = 100;

/**
 * A structural snapshot that never runs user code: accessors and traps are recorded, not read.
 * Objects below {@link SNAPSHOT_DEPTH} levels are recorded as `<deep>`.
 */
export function snapshot(value: unknown, seen = new Map<object, number>(), depth = 0): unknown {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value;
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return `symbol:${value.description ?? ''}`;
    case 'function':
      return '<function>';
    case 'object': {
      if (traps.has(value)) return '<trap>';
      if (depth >= SNAPSHOT_DEPTH) return '<deep>';
      const ref = seen.get(value);
      if (ref !== undefined) return `<ref ${ref}>`;
      seen.set(value, seen.size);
      if (value instanceof Date) {
        try {
          return `Date(${value.getTime()})`;
        } catch {
          return '<fake Date>';
        }
      }
      if (value instanceof Map) return ['Map', [...value.entries()].map((e) => snapshot(e, seen, depth + 1))];
      if (value instanceof Set) return ['Set', [...value.values()].map((e) => snapshot(e, seen, depth + 1))];
      // No prototype: an own `__proto__` key of the input is then a key here too, not a prototype.
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of Reflect.ownKeys(value)) {
        const d = Object.getOwnPropertyDescriptor(value, key)!;
        out[String(key)] = 'value' in d ? snapshot(d.value, seen, depth + 1) : '<accessor>';
      }
      return [Array.isArray(value) ? 'Array' : 'Object', Object.isFrozen(value), out];
    }
    default:
      return value;
  }
}

/**
 * The arguments with a bounded description for fast-check's report, built from {@link snapshot}
 * so it runs none of their code: fast-check's own printer would read a throwing Proxy or
 * overflow the stack on a deeply nested value, and hide the failure it reports.
 */
function printable(args: readonly unknown[]): readonly unknown[] {
  const copy = [...args];
  Object.defineProperty(copy, fc.toStringMethod, {
    value: () => {
      let text: string;
      try {
        text = JSON.stringify(snapshot(args));
      } catch {
        text = '<arguments too deep to print>';
      }
      return text.length > 2_000 ? `${text.slice(0, 2_000)}…` : text;
    },
  });
  return copy;
}

class Hang extends Error {}

/**
 * Awaits a promise (with a time limit); any other result comes back boxed, so that handing it
 * through `await` never reads a `then` of its own (a hostile value a function hands back).
 */
async function settle(value: unknown, limitMs: number): Promise<{ value: unknown }> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return { value };
  let then: unknown;
  try {
    then = (value as { then?: unknown }).then;
  } catch {
    return { value }; // a hostile input handed back (a field value): not a promise
  }
  if (typeof then !== 'function') return { value };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const settled = await Promise.race([
      value as Promise<unknown>,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Hang(`did not settle within ${limitMs} ms`)), limitMs);
      }),
    ]);
    return { value: settled };
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

/** Whether a snapshot holds a value that runs code when read (a trap, an accessor). */
function runsCode(shot: unknown): boolean {
  if (shot === '<trap>' || shot === '<accessor>') return true;
  if (Array.isArray(shot)) return shot.some(runsCode);
  if (shot !== null && typeof shot === 'object') return Object.values(shot).some(runsCode);
  return false;
}

/** The innermost `cause` of an error. */
function rootCause(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 10 && e instanceof Error && e.cause !== undefined; i++) e = e.cause;
  return e;
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
    result = (await settle(call(args, ctx, exported), limit)).value;
  } catch (e) {
    threw = true;
    thrown = e;
  }
  const elapsed = performance.now() - started;
  if (thrown instanceof Hang) throw new Error(`${fnName} hung: ${thrown.message}`);
  if (elapsed > limit) throw new Error(`${fnName} took ${Math.round(elapsed)} ms (limit ${limit} ms)`);
  if (threw && !isHotleadsError(thrown)) throw new Error(`${fnName} threw ${describeThrown(thrown)}`);
  if (threw && isHotleadsError(thrown) && thrown.detail === UNREADABLE && !runsCode(argsBefore))
    throw new Error(`${fnName} refused plain data as unreadable, hiding ${describeThrown(rootCause(thrown))}`);
  expect(snapshot(args), `${fnName} mutated its arguments`).toEqual(argsBefore);
  if (threw) await s.afterRefused?.(ctx, before, thrown);
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
          fc.asyncProperty(s.args.map(printable), (args) => checkCall(fnName, s, entry[fnName], args, limit)),
          { numRuns: s.numRuns ?? options.numRuns ?? 300 },
        );
      });
    }
  });
}
