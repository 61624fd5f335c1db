import type { DateRange } from '../calendar/dateRange';
import type { LedgerContext } from '../ledger/context';
import { parseInput } from '../input/readInput';
import { paymentQuerySchema, type PaymentQuery } from './searchPayments';
import { checkAmountsAndDates, problemCollector, type SearchFilterProblem } from './searchFilterProblems';
import { textMatcher } from '../store/textMatcher';

/**
 * Every filter of a payments query that `searchPayments` would refuse, without searching
 * (docs/payments.md, "Queries"): an amount bound that is not an amount, a minimum above the
 * maximum, a custom date range with a bad bound or From after To, a search text over
 * `SEARCH_TEXT_MAX_LENGTH`. Empty when the search would run. A query of the wrong shape (a status
 * that is not one) is one problem, as the search's refusal. Reads no store; synchronous.
 */
export function checkPaymentQuery(ctx: LedgerContext, query: PaymentQuery): SearchFilterProblem[] {
  const { problems, check } = problemCollector();
  const q = check(() => parseInput(paymentQuerySchema, query, 'INVALID_REQUEST', 'payment query'));
  if (q === undefined) return problems;
  checkAmountsAndDates(ctx, { ...q, dateRange: q.dateRange as DateRange | undefined }, check, problems);
  check(() => textMatcher(q.text ?? '', ['text']));
  return problems;
}
