import type { Currency } from '@hotleads/core';
import type { Allocation } from '@hotleads/payments';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';

/** Props of {@link AllocationTable}. */
export type AllocationTableProps = {
  /** The allocations of a preview, a payment or a receipt, as the ledger returned them. */
  allocations: readonly Allocation[];
  currency: Currency;
  caption: string;
};

/** Each item's due, paid and difference, marked exact, over or under, as @hotleads/payments allocated them. */
export function AllocationTable({ allocations, currency, caption }: AllocationTableProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const money = useMoney(currency);
  return (
    <div className="hl-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="hl-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col" data-align="end">
              {t.due}
            </th>
            <th scope="col" data-align="end">
              {t.paid}
            </th>
            <th scope="col" data-align="end">
              {t.difference}
            </th>
            <th scope="col">{t.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {allocations.map((a) => (
            <tr key={a.item}>
              <th scope="row">
                {a.item}
                <span className="hl-muted"> · {a.description}</span>
              </th>
              <td data-align="end">{money(a.due)}</td>
              <td data-align="end">{money(a.paid)}</td>
              <td data-align="end" data-field="difference">
                {money(a.difference)}
              </td>
              <td>
                <span className="hl-badge hl-outcome" data-outcome={a.outcome}>
                  {t.outcomeNames[a.outcome]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
