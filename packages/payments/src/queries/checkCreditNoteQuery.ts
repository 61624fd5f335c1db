import type { DateRange } from '../calendar/dateRange';
import type { LedgerContext } from '../ledger/context';
import { parseInput } from '../input/readInput';
import { creditNoteQuerySchema, type CreditNoteQuery } from './searchCreditNotes';
import { checkAmountsAndDates, problemCollector, type SearchFilterProblem } from './searchFilterProblems';
import { textMatcher } from '../store/textMatcher';

/**
 * Every filter of a credit-notes query that `searchCreditNotes` would refuse, without searching
 * (docs/payments.md, "Queries"): the amount range, the created-date range (a bad bound, From
 * after To), and the search and linked-receipt texts. Empty when the search would run. Reads no
 * store; synchronous.
 */
export function checkCreditNoteQuery(ctx: LedgerContext, query: CreditNoteQuery): SearchFilterProblem[] {
  const { problems, check } = problemCollector();
  const q = check(() => parseInput(creditNoteQuerySchema, query, 'INVALID_REQUEST', 'credit-note query'));
  if (q === undefined) return problems;
  checkAmountsAndDates(ctx, { ...q, dateRange: q.dateRange as DateRange | undefined }, check, problems);
  check(() => textMatcher(q.text ?? '', ['text']));
  check(() => textMatcher(q.linkedReceipt ?? '', ['linkedReceipt']));
  return problems;
}
