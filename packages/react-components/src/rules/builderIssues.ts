// Where the rule builder shows each problem @hotleads/rules finds in a draft: the step a path
// belongs to, and for a condition the react-querybuilder path of its row.
import type { ScoringModel } from '@hotleads/core';
import {
  ruleIssues,
  type ConditionRegistry,
  type FactDefinition,
  type QueryGroup,
  type QueryNode,
  type RuleIssue,
} from '@hotleads/rules';
import type { RuleDraft } from './draft';

/** One problem of a draft, at the path of the control it belongs to (`ruleIssues`' issue). */
export type BuilderIssue = Pick<RuleIssue, 'path' | 'message' | 'kind'>;

/** The problems of a draft: `ruleIssues` with the builder's catalog, model and named conditions. */
export function builderIssues(
  draft: RuleDraft,
  options: { catalog: readonly FactDefinition[]; model?: ScoringModel; conditions?: ConditionRegistry },
): BuilderIssue[] {
  return ruleIssues(draft, {
    catalog: options.catalog,
    ...(options.model ? { model: options.model } : {}),
    ...(options.conditions ? { conditions: options.conditions } : {}),
  });
}

/** The issues of a builder step (by the first segment of their path). */
export function issuesUnder(issues: readonly BuilderIssue[], step: string): BuilderIssue[] {
  const of = (head: unknown) =>
    head === 'conditions'
      ? 'criteria'
      : head === 'actions'
        ? 'actions'
        : head === 'priority' || head === 'blocking' || head === 'execution' || head === 'sunset'
          ? 'execution'
          : 'basics';
  return issues.filter((i) => of(i.path[0]) === step);
}

/**
 * The react-querybuilder path (indexes of `rules`) of the condition an issue's path names
 * (`['conditions', 'all', 0, 'any', 1, 'value']` → `[0, 1]`), walking the condition tree and its
 * query side by side; undefined when the path leaves the tree.
 */
export function queryPathOf(
  conditions: unknown,
  query: QueryGroup,
  path: ReadonlyArray<string | number>,
): number[] | undefined {
  if (path[0] !== 'conditions') return undefined;
  const out: number[] = [];
  let node: unknown = conditions;
  let q: QueryNode | undefined = query;
  for (let i = 1; i < path.length && q !== undefined; i++) {
    const seg = path[i];
    if (node === null || typeof node !== 'object') break;
    if ((seg === 'all' || seg === 'any') && typeof path[i + 1] === 'number' && 'rules' in q) {
      const k = path[i + 1] as number;
      out.push(k);
      node = (node as Record<string, unknown[]>)[seg]?.[k];
      q = q.rules[k];
      i++;
    } else if (seg === 'not') {
      node = (node as Record<string, unknown>).not;
      if ('rules' in q && q.notOnly === true) {
        out.push(0);
        q = q.rules[0];
      }
    } else break;
  }
  return out;
}
