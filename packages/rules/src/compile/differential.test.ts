import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, depth, lead, NOW, rule, ruleMaybeParams, ruleWithRegistry } from '../__tests__/arbitraries';
import { createMatcher } from '../evaluate/createMatcher';
import { compileRule } from './compileRule';
import { FactScope } from '../facts/FactScope';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import { collectFacts } from '../reference/collectFacts';
import { createReferenceEngine } from '../reference/index';
import { validateRule } from '../schema/validateRule';
import type { ConditionResult, Rule, TopLevelCondition } from '../types';
import type { Lead } from '@hotleads/core';

// The compiled evaluator against json-rules-engine itself (createReferenceEngine, one
// engine.run per rule and lead) on random rules and leads: same outcome (true, false or an
// error) in every case, quirks included, for the generated matcher and for the closures. The
// random trees and leads are in ../__tests__/arbitraries.ts (the react-querybuilder round trip
// uses the same ones).

type Outcome = 'true' | 'false' | 'error';

type Registry = Record<string, TopLevelCondition>;

async function reference(r: Rule, l: Lead, conditions?: Registry): Promise<Outcome> {
  const engine = createReferenceEngine([r], { catalog, conditions });
  try {
    const { results } = await engine.run(collectFacts([r], l, { now: NOW, catalog, conditions }));
    return results.length === 1 ? 'true' : 'false';
  } catch {
    return 'error';
  }
}

function compiled(r: Rule, l: Lead, closuresOnly = false, conditions?: Registry): Outcome {
  const c = compileRule(r, { catalog, conditions });
  const scope = new FactScope({ now: NOW, activeInterestEvents: ACTIVE_INTEREST_EVENTS }).reset(l);
  try {
    return (closuresOnly ? c.matchesWithClosures(scope) : c.matches(scope)) ? 'true' : 'false';
  } catch {
    return 'error';
  }
}

describe('compiled evaluator vs json-rules-engine', () => {
  it('agrees on at least 5,000 random rules and leads (nesting depth up to 4)', async () => {
    const counts = { rules: 0, cases: 0, true: 0, false: 0, error: 0, maxDepth: 0, params: 0 };
    const disagreements: string[] = [];
    await fc.assert(
      fc.asyncProperty(ruleMaybeParams, fc.array(lead, { minLength: 1, maxLength: 3 }), async (r, leads) => {
        validateRule(r, { catalog });
        if (JSON.stringify(r.conditions).includes('"params"')) counts.params++;
        counts.rules++;
        counts.maxDepth = Math.max(counts.maxDepth, depth(r.conditions));
        for (const l of leads) {
          const want = await reference(r, l);
          const got = compiled(r, l);
          const viaClosures = compiled(r, l, true);
          counts.cases++;
          counts[got]++;
          if (want !== got || want !== viaClosures) {
            disagreements.push(JSON.stringify({ want, got, viaClosures, rule: r.conditions, lead: l }));
            return false;
          }
        }
        return true;
      }),
      { numRuns: 5000 },
    );
    console.log(
      `differential: ${counts.rules} rules, ${counts.cases} cases, true ${((counts.true / counts.cases) * 100).toFixed(1)}%, false ${((counts.false / counts.cases) * 100).toFixed(1)}%, error ${counts.error}, max depth ${counts.maxDepth}`,
    );
    expect(disagreements).toEqual([]);
    expect(counts.rules).toBeGreaterThanOrEqual(5000);
    expect(counts.maxDepth).toBe(4);
    expect(counts.true / counts.cases).toBeGreaterThanOrEqual(0.25);
    expect(counts.false / counts.cases).toBeGreaterThanOrEqual(0.25);
    expect(counts.error).toBeGreaterThan(0); // error propagation is exercised too
    expect(counts.params).toBeGreaterThan(0); // and fact params, normalized by validateRule
  }, 120_000);
});

/** Every name of a `reference` node of an explanation, in order. */
function referencesIn(r: ConditionResult, out: string[] = []): string[] {
  if (r.kind === 'reference') out.push(r.reference);
  if (r.kind === 'not') referencesIn(r.condition, out);
  else if (r.kind !== 'fact') r.conditions.forEach((c) => referencesIn(c, out));
  return out;
}

describe('named condition references vs json-rules-engine (engine.setCondition)', () => {
  it('agrees on 1,500 random rules referencing a random registry, references nested and at the root', async () => {
    const counts = { rules: 0, cases: 0, true: 0, false: 0, error: 0, withReferences: 0 };
    const disagreements: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        ruleWithRegistry,
        fc.array(lead, { minLength: 1, maxLength: 2 }),
        async ({ rule: r, conditions }, leads) => {
          validateRule(r, { catalog, conditions });
          counts.rules++;
          if (JSON.stringify(r.conditions).includes('"condition"')) counts.withReferences++;
          for (const l of leads) {
            const want = await reference(r, l, conditions);
            const got = compiled(r, l, false, conditions);
            const viaClosures = compiled(r, l, true, conditions);
            counts.cases++;
            counts[got]++;
            if (want !== got || want !== viaClosures) {
              disagreements.push(JSON.stringify({ want, got, viaClosures, rule: r.conditions, conditions, lead: l }));
              return false;
            }
            if (got !== 'error') {
              // The explanation agrees with the evaluation and shows every reference it went through.
              const c = compileRule(r, { catalog, conditions });
              const scope = new FactScope({ now: NOW, activeInterestEvents: ACTIVE_INTEREST_EVENTS }).reset(l);
              const explained = c.explain(scope);
              if (explained.pass !== (got === 'true')) return false;
              if ('condition' in r.conditions && referencesIn(explained)[0] !== r.conditions.condition) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 1500, seed: 14 },
    );
    expect(disagreements).toEqual([]);
    expect(counts.withReferences / counts.rules).toBeGreaterThan(0.3);
    expect(counts.true / counts.cases).toBeGreaterThanOrEqual(0.15);
    expect(counts.false / counts.cases).toBeGreaterThanOrEqual(0.15);
  }, 120_000);
});

describe('createMatcher (one generated function for the whole set) vs each rule on its own', () => {
  it('property: reports for every rule what its closures give, an error counting as no match', () => {
    let errors = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(rule, { minLength: 1, maxLength: 6, selector: (r) => r.id }),
        fc.array(lead, { minLength: 1, maxLength: 4 }),
        (rules, leads) => {
          const m = createMatcher(rules, { now: NOW, catalog });
          const out: boolean[] = [];
          for (const l of leads) {
            const n = m.matches(l, out);
            const want = rules.map((r) => {
              const got = compiled(r, l, true);
              if (got === 'error') errors++;
              return got === 'true';
            });
            expect(out).toEqual(want);
            expect(n).toBe(want.filter(Boolean).length);
          }
        },
      ),
      { numRuns: 1000, seed: 16 },
    );
    expect(errors).toBeGreaterThan(0); // a throwing rule among others is exercised
  }, 120_000);
});
