import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;
type Found = { issue: Issue; path: PropertyKey[] };

/**
 * Picks the most useful issue of a failed parse. Inside a union it follows the branch with the
 * fewest issues (the one the input was meant to be), then the deepest path, so an error in a
 * nested condition points at that condition rather than at the root.
 */
export function deepestIssue(issues: readonly Issue[], base: PropertyKey[] = []): Found | undefined {
  let best: Found | undefined;
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    let found: Found = { issue, path };
    if (issue.code === 'invalid_union' && Array.isArray(issue.errors) && issue.errors.length > 0) {
      let bestBranch: { count: number; found: Found } | undefined;
      for (const branch of issue.errors) {
        const inner = deepestIssue(branch, path);
        if (inner === undefined) continue;
        if (
          bestBranch === undefined ||
          branch.length < bestBranch.count ||
          (branch.length === bestBranch.count && inner.path.length > bestBranch.found.path.length)
        ) {
          bestBranch = { count: branch.length, found: inner };
        }
      }
      if (bestBranch !== undefined) found = bestBranch.found;
    }
    if (best === undefined || found.path.length > best.path.length) best = found;
  }
  return best;
}
