import { UNREADABLE, type IssuePath } from '@hotleads/core';
import { issueError, type FoundIssue } from './ruleIssue';

/**
 * The deepest nesting of `all` / `any` / `not` groups a condition tree may have. The root group
 * is level 1; a group inside it level 2, and so on (a `not` is a level like any other).
 */
export const MAX_CONDITION_DEPTH = 64;

/** The most nodes (groups and comparisons) a condition tree may have, shared subtrees counted each time they appear. */
export const MAX_CONDITIONS = 10_000;

/** The constant sentences of {@link conditionTreeIssue}. */
export const CONDITION_TREE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    root: 'Invalid rule: the root of conditions must be an "all", "any" or "not" group', // the sentence validateRule always gave
    depth: `Conditions are nested more than ${MAX_CONDITION_DEPTH} levels deep (all / any / not)`,
    cycle: 'A condition contains itself (a cycle)',
    size: `Conditions have more than ${MAX_CONDITIONS} nodes`,
    unreadable: UNREADABLE,
  } as const))();

const GROUP_KEYS = ['all', 'any', 'not'] as const;
const LEAF = /* @__PURE__ */ (() => Object.freeze({ size: 1, height: 0 }))();

class Found {
  constructor(readonly issue: FoundIssue) {}
}

/**
 * The shape check every condition tree passes before anything else reads it (zod, the catalog
 * checks and the compiler all recurse): at most {@link MAX_CONDITION_DEPTH} levels of groups,
 * at most {@link MAX_CONDITIONS} nodes, no cycle, every node readable, and a group at the root.
 * It reads a node's `all`, `any` and `not` as the parser will, and nothing else, so anything it
 * accepts can be parsed without deep recursion; what it does not look at (a leaf's fields, a
 * group that is not an array) is left to the parser. Each shared node is walked once.
 *
 * @param root the tree's root (a rule's `conditions`, a preview's `segment`)
 * @param path where the root is, e.g. `['conditions']`; issue paths start with it
 * @returns the first problem found, or `undefined`
 */
export function conditionTreeIssue(root: unknown, path: IssuePath): FoundIssue | undefined {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return undefined; // the parser says what it should be
  // Per node walked: its size (nodes, shared ones counted each time) and height (group levels).
  const seen = new Map<object, { size: number; height: number }>();
  const open = new Set<object>();
  const at: Array<string | number> = [...path];
  const found = (message: string): Found => new Found({ path: [...at], code: 'INVALID_RULE', message });
  let total = 0;
  const count = (n: number) => {
    total += n;
    if (total > MAX_CONDITIONS) throw found(CONDITION_TREE_MESSAGES.size);
  };

  // `depth` is the number of groups above `node`.
  const visit = (node: unknown, depth: number): { size: number; height: number } => {
    if (node === null || typeof node !== 'object') {
      count(1);
      return LEAF;
    }
    const known = seen.get(node);
    if (known !== undefined) {
      if (depth + known.height > MAX_CONDITION_DEPTH) throw found(CONDITION_TREE_MESSAGES.depth);
      count(known.size);
      return known;
    }
    if (open.has(node)) throw found(CONDITION_TREE_MESSAGES.cycle);
    const groups: Array<[string, unknown]> = [];
    try {
      for (const key of GROUP_KEYS) if (key in node) groups.push([key, (node as Record<string, unknown>)[key]]);
    } catch {
      throw found(CONDITION_TREE_MESSAGES.unreadable);
    }
    count(1);
    if (groups.length === 0) {
      let reference = false;
      try {
        reference = 'condition' in node;
      } catch {
        throw found(CONDITION_TREE_MESSAGES.unreadable);
      }
      if (depth === 0 && !reference) throw found(CONDITION_TREE_MESSAGES.root);
      seen.set(node, LEAF);
      return LEAF;
    }
    if (depth + 1 > MAX_CONDITION_DEPTH) throw found(CONDITION_TREE_MESSAGES.depth);
    open.add(node);
    let size = 1;
    let height = 0;
    const child = (value: unknown) => {
      const r = visit(value, depth + 1);
      size += r.size;
      if (r.height > height) height = r.height;
    };
    for (const [key, value] of groups) {
      at.push(key);
      let list: readonly unknown[] | undefined;
      try {
        list = key !== 'not' && Array.isArray(value) ? value : undefined;
      } catch {
        throw found(CONDITION_TREE_MESSAGES.unreadable); // a revoked Proxy
      }
      if (key === 'not') child(value);
      else if (list !== undefined) {
        const value = list;
        for (let i = 0; i < value.length; i++) {
          at.push(i);
          let item: unknown;
          try {
            item = value[i];
          } catch {
            throw found(CONDITION_TREE_MESSAGES.unreadable);
          }
          child(item);
          at.pop();
        }
      }
      at.pop();
    }
    open.delete(node);
    const result = { size, height: height + 1 };
    seen.set(node, result);
    return result;
  };

  try {
    visit(root, 0);
    return undefined;
  } catch (e) {
    if (e instanceof Found) return e.issue;
    throw e;
  }
}

/**
 * {@link conditionTreeIssue}, thrown.
 *
 * @throws HotleadsError `INVALID_RULE` at the offending node: too deep, too many nodes, a cycle,
 *   an unreadable node, or a comparison at the root.
 */
export function assertConditionTree(root: unknown, path: IssuePath): void {
  const issue = conditionTreeIssue(root, path);
  if (issue !== undefined) throw issueError(issue);
}
