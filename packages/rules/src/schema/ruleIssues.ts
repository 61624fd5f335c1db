import { HotleadsError, requireOptions, type Bands, type IssuePath, type ScoringModel } from '@hotleads/core';
import * as z from 'zod/mini';
// From zod/v4/core, not `z.core`: a read through the `core` namespace keeps all of it (and its locales) in a bundle.
import { $ZodError } from 'zod/v4/core';
import { checkCatalog } from '../catalog/checkCatalog';
import type { FactDefinition } from '../catalog/types';
import { scorerFor } from '../facts/scorer';
import { readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { CatalogOptions, Condition, ConditionRegistry, Rule } from '../types';
import { checkConditions, isFactReference } from './checkConditions';
import { checkConditionRegistry, NO_CONDITIONS } from './conditionRegistry';
import { CONDITION_TREE_MESSAGES, conditionTreeIssue, MAX_CONDITIONS } from './conditionTree';
import { expandedSize, registryFacts } from './registryFacts';
import { missingKeyMessage, parseRuleInput } from './parseRuleInput';
import type { FoundIssue, RuleIssue, RuleIssueKind } from './ruleIssue';
import { conditionReferenceSchema, factConditionSchema, ruleSchema, triggerSchema } from './ruleSchema';
import { checkSchedule } from './schedule';
import { bandsOf, scoreChangeIssues } from './scoreChange';

/** The constant sentences of {@link ruleIssues} that `validateRule` does not give. */
export const RULE_ISSUE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    model: 'This condition uses score or band, but no scoring model was given',
  } as const))();

/** Options of {@link ruleIssues}. */
export type RuleIssuesOptions = CatalogOptions & {
  /** The scoring model the rule will run with; without one, a condition on `score` or `band` is an issue. */
  model?: ScoringModel;
};

type Issue = z.core.$ZodIssue;
type Found = FoundIssue & { cause?: unknown; kind: RuleIssueKind };

const conditionsLater = /* @__PURE__ */ (() => z.extend(ruleSchema, { conditions: z.unknown() }))();

/** The value at `path` of `input` (own properties), or undefined; never throws. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    try {
      v = Object.hasOwn(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    } catch {
      return undefined;
    }
  }
  return v;
}

/** Something missing (a field not set, an empty list or text) is a draft's gap; the rest is wrong. */
function kindOf(issue: Issue, input: unknown, path: readonly PropertyKey[]): RuleIssueKind {
  if (issue.code === 'invalid_type' && valueAt(input, path) === undefined) return 'incomplete';
  if (issue.code === 'too_small' && issue.minimum === 1 && (issue.origin === 'array' || issue.origin === 'string'))
    return 'incomplete';
  return 'wrong';
}

/** Every issue of a failed parse; inside a union, those of the branch the input was meant to be (as `deepestIssue` picks). */
function allIssues(
  issues: readonly Issue[],
  base: PropertyKey[],
  out: Array<{ issue: Issue; path: PropertyKey[] }>,
): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && Array.isArray(issue.errors) && issue.errors.length > 0) {
      let best: { branch: readonly Issue[]; depth: number } | undefined;
      for (const branch of issue.errors) {
        if (branch.length === 0) continue;
        const depth = Math.max(...branch.map((i) => i.path.length));
        if (
          best === undefined ||
          branch.length < best.branch.length ||
          (branch.length === best.branch.length && depth > best.depth)
        )
          best = { branch, depth };
      }
      if (best !== undefined) {
        allIssues(best.branch, path, out);
        continue;
      }
    }
    out.push({ issue, path });
  }
}

const keyPath = (path: readonly PropertyKey[]) => path.filter((p): p is string | number => typeof p !== 'symbol');

/**
 * Parses `input` with `schema`; when it fails, adds its zod issues at `base` to `out`: the one
 * `parseRuleInput` throws first, then the others. Returns the parsed value, or undefined.
 */
function schemaIssues<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  base: IssuePath,
  out: Found[],
): z.output<S> | undefined {
  try {
    return parseRuleInput(schema, input, 'rule', base);
  } catch (e) {
    if (!(e instanceof HotleadsError)) throw e;
    const cause = e.cause;
    if (!(cause instanceof $ZodError)) {
      out.push({ path: e.path, code: e.code, message: e.detail, cause, kind: 'wrong' }); // unreadable input
      return undefined;
    }
    const firstPath = JSON.stringify(e.path);
    const firstMessage = e.detail;
    const found: Array<{ issue: Issue; path: PropertyKey[] }> = [];
    allIssues(cause.issues, [], found);
    const firstKind =
      found.find((f) => JSON.stringify([...base, ...keyPath(f.path)]) === firstPath)?.issue ?? found[0]?.issue;
    out.push({
      path: e.path,
      code: e.code,
      message: firstMessage,
      cause,
      kind: firstKind === undefined ? 'wrong' : kindOf(firstKind, input, keyPath(e.path).slice(base.length)),
    });
    for (const f of found) {
      const path = [...base, ...keyPath(f.path)];
      const missing = f.issue.code === 'invalid_type' ? missingKeyMessage(input, keyPath(f.path)) : undefined;
      const message = `Invalid rule: ${missing ?? f.issue.message}`;
      if (JSON.stringify(path) === firstPath && message === firstMessage) continue;
      out.push({ path, code: 'INVALID_RULE', message, cause, kind: kindOf(f.issue, input, f.path) });
    }
    return undefined;
  }
}

function uses(
  node: Condition,
  path: IssuePath,
  facts: ReadonlySet<string>,
  out: IssuePath[],
  registry: ConditionRegistry,
): void {
  if ('all' in node) return node.all.forEach((c, i) => uses(c, [...path, 'all', i], facts, out, registry));
  if ('any' in node) return node.any.forEach((c, i) => uses(c, [...path, 'any', i], facts, out, registry));
  if ('not' in node) return uses(node.not, [...path, 'not'], facts, out, registry);
  if ('condition' in node) {
    for (const f of registryFacts(registry, node.condition)) if (facts.has(f)) return void out.push(path);
    return;
  }
  if (facts.has(node.fact)) out.push([...path, 'fact']);
  else if (isFactReference(node.value) && facts.has(node.value.fact)) out.push([...path, 'value', 'fact']);
}

const MODEL_FACTS = /* @__PURE__ */ (() => new Set(['score', 'band']))();

/** Calls `visit` on every comparison of a tree that passed the tree check (own `all` / `any` lists, `not` objects). */
function eachLeaf(node: unknown, path: IssuePath, visit: (leaf: unknown, path: IssuePath) => void): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const group = node as Record<string, unknown>;
  let isGroup = false;
  for (const key of ['all', 'any'] as const) {
    if (!Object.hasOwn(group, key)) continue;
    isGroup = true;
    const list = group[key];
    if (Array.isArray(list)) list.forEach((c, i) => eachLeaf(c, [...path, key, i], visit));
  }
  if (Object.hasOwn(group, 'not')) {
    isGroup = true;
    eachLeaf(group.not, [...path, 'not'], visit);
  }
  if (!isGroup) visit(node, path);
}

/**
 * The problems of a rule, found the way `validateRule` checks, so the first one is the error it
 * throws; and the parsed rule when there are none. `requireModel` adds the model check of
 * {@link ruleIssues}; `bands` (a model's) adds the threshold check of `scoreChangeIssues`;
 * `registry` (a checked one) holds the named conditions references may use. Internal.
 *
 * @throws HotleadsError for input that cannot be read (core's `unreadable`).
 */
export function findRuleIssues(
  input: unknown,
  catalog: readonly FactDefinition[],
  requireModel: boolean,
  bands?: Bands,
  registry: ConditionRegistry = NO_CONDITIONS,
): { found: Found[]; rule?: Rule } {
  const found: Found[] = [];
  if (input === null || typeof input !== 'object') {
    schemaIssues(ruleSchema, input, [], found);
    return { found };
  }
  const conditions = readSafely(() => (input as Record<string, unknown>).conditions, 'INVALID_RULE', ['conditions']);
  const tree = conditionTreeIssue(conditions, ['conditions']);
  if (tree !== undefined) found.push({ ...tree, kind: 'wrong' });
  const whole = schemaIssues(tree === undefined ? ruleSchema : conditionsLater, input, [], found);
  // What parses on its own is checked further, so a draft shows all its problems at once.
  const trigger = whole?.trigger ?? triggerSchema.safeParse(valueAt(input, ['trigger'])).data;
  if (trigger !== undefined) {
    try {
      checkSchedule(trigger);
    } catch (e) {
      if (!(e instanceof HotleadsError)) throw e;
      found.push({ path: e.path, code: e.code, message: e.detail, cause: e.cause, kind: 'wrong' });
    }
    for (const issue of scoreChangeIssues(trigger, bands)) found.push({ ...issue, kind: 'wrong' });
  }
  if (tree !== undefined) return { found };
  const tops = (whole as Rule | undefined)?.conditions;
  const errors: HotleadsError[] = [];
  const at: IssuePath[] = [];
  if (tops !== undefined) {
    checkConditions(tops, catalog, ['conditions'], { facts: new Set() }, errors, registry);
    // References stand for their whole named condition: the tree they expand to is bounded too.
    if (expandedSize(tops, registry, MAX_CONDITIONS) > MAX_CONDITIONS)
      found.push({ path: ['conditions'], code: 'INVALID_RULE', message: CONDITION_TREE_MESSAGES.size, kind: 'wrong' });
    uses(tops, ['conditions'], MODEL_FACTS, at, registry);
  } else {
    // The rule does not parse: check each comparison that does, where it is.
    eachLeaf(conditions, ['conditions'], (leaf, path) => {
      const reference = conditionReferenceSchema.safeParse(leaf);
      const parsed = reference.success ? reference : factConditionSchema.safeParse(leaf);
      if (!parsed.success) return;
      checkConditions(parsed.data, catalog, path, { facts: new Set() }, errors, registry);
      uses(parsed.data, path, MODEL_FACTS, at, registry);
    });
  }
  for (const e of errors) found.push({ path: e.path, code: e.code, message: e.detail, cause: e.cause, kind: 'wrong' });
  if (requireModel) {
    for (const path of at)
      found.push({ path, code: 'MODEL_REQUIRED', message: RULE_ISSUE_MESSAGES.model, kind: 'wrong' });
  }
  return found.length === 0 ? { found, rule: whole as Rule } : { found };
}

/**
 * Every problem of a rule or a draft of one, for a rule builder: each with the `path` of the
 * control it belongs to, a stable `code` (docs/errors.md), a constant sentence, and its `kind`:
 * `incomplete` where the draft is only unfinished (no condition or action yet, a required field
 * not set, an empty list or text) and `wrong` where it is wrong (an unknown fact, a value of the
 * wrong type, a bad cron expression). An empty list means the rule is valid: `validateRule`
 * accepts exactly the inputs without issues, and throws the first issue as its error.
 *
 * Without a `model`, a condition on `score` or `band` is an issue (`MODEL_REQUIRED`): the rule
 * could not run. A named condition reference (`{ condition: name }`) must name an entry of the
 * `conditions` option. The checks are those of docs/rules.md, "Validation".
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for bad options (a catalog that is no list of facts),
 *   `INVALID_RULE` for a bad named condition (as `checkConditionRegistry`), `INVALID_MODEL` for a model that does not compile; never for the rule itself.
 * @example ruleIssues({ id: 'r1', name: 'Draft', trigger: { type: 'event', events: ['quote_request'] },
 *   conditions: { all: [] }, actions: [] })
 *   // [{ path: ['conditions', 'all'], code: 'INVALID_RULE', kind: 'incomplete', … }, { path: ['actions'], … }]
 */
export function ruleIssues(input: unknown, options: RuleIssuesOptions = {}): RuleIssue[] {
  requireOptions(options);
  const opts = readOptions(options, ['catalog', 'model', 'conditions']);
  const catalog = checkCatalog(opts.catalog);
  const registry = checkConditionRegistry(opts.conditions, catalog);
  if (opts.model !== undefined) scorerFor(opts.model as ScoringModel); // INVALID_MODEL for a bad one
  let found: Found[];
  try {
    found = findRuleIssues(
      input,
      catalog,
      opts.model === undefined,
      bandsOf(opts.model as ScoringModel | undefined),
      registry,
    ).found;
  } catch (e) {
    if (!(e instanceof HotleadsError)) throw e;
    found = [{ path: e.path, code: e.code, message: e.detail, kind: 'wrong' }]; // unreadable input
  }
  return found.map(({ path, code, message, kind }) => ({ path, code, message, kind }));
}
