// Where a search form shows the ledger's verdict on its filters (`ledger.checkPaymentQuery`,
// `ledger.checkCreditNoteQuery`): each problem at the field its path names, as the ledger wrote it.
import type { SearchFilterProblem } from '@hotleads/payments';

/** The problem at exactly `path` (`['dateRange', 'from']`), if the ledger reported one. */
export function problemAt(
  problems: readonly SearchFilterProblem[],
  path: readonly (string | number)[],
): SearchFilterProblem | undefined {
  return problems.find((p) => p.path.length === path.length && p.path.every((s, i) => s === path[i]));
}

/** The problems at none of `placed` (a field the form has no input for): the form shows them together. */
export function unplacedProblems(
  problems: readonly SearchFilterProblem[],
  placed: ReadonlyArray<readonly (string | number)[]>,
): SearchFilterProblem[] {
  return problems.filter((p) => !placed.some((path) => problemAt([p], path) !== undefined));
}

/** The props that tie an input to its problem: `aria-invalid` and `aria-describedby` the message's id. */
export function invalidProps(
  problem: SearchFilterProblem | undefined,
  errorId: string,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return problem ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}

/** A field's message, under its input. */
export function FieldProblem({ id, problem }: { id: string; problem: SearchFilterProblem | undefined }) {
  return problem ? (
    <p className="hl-field-error" id={id}>
      {problem.message}
    </p>
  ) : null;
}
