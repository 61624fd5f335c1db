import type { InstallmentPlan, Ledger, MissedInstallmentAlert } from '@hotleads/payments';
import type { Time } from '@hotleads/core';
import { useId } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import { Facts, LedgerPending, StatusBadge } from './Facts';
import { useMoney, usePaymentFormat } from './usePaymentFormat';
import { useLedgerValue } from './useLedgerValue';

/** Props of {@link InstallmentPlans}. */
export type InstallmentPlansProps = {
  ledger: Ledger;
  accountNumber: string;
  /** The host's "now": the missed-installment alerts are as of it (`ledger.planAlerts(now)`). */
  now: Time;
  /** Changes when the host wrote to the account, to load it again. */
  version?: number;
};

type Loaded = { plans: InstallmentPlan[]; alerts: MissedInstallmentAlert[] };

/**
 * A consumer's installment plans for a Recovery Executive: each plan's total and outstanding,
 * each installment's due date, amount, paid, outstanding and status (paid, partly paid, due,
 * missed) from `ledger.consumerPlans`, and the account's missed-installment alerts from
 * `ledger.planAlerts(now)`.
 */
export function InstallmentPlans({ ledger, accountNumber, now, version = 0 }: InstallmentPlansProps) {
  const { strings, locale } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const money = useMoney(ledger.settings.currency);
  const f = usePaymentFormat(ledger.settings);
  const loaded = useLedgerValue<Loaded>(
    async () => {
      const [plans, all] = await Promise.all([ledger.consumerPlans(accountNumber), ledger.planAlerts(now)]);
      return { plans, alerts: all.filter((a) => a.accountNumber === accountNumber) };
    },
    `${accountNumber}:${String(now)}:${version}`,
  );
  if (!loaded.value)
    return (
      <section className="hl-panel hl-plans" aria-label={t.installmentPlans}>
        <LedgerPending state={loaded} />
      </section>
    );
  const { plans, alerts } = loaded.value;
  return (
    <section className="hl-panel hl-plans" aria-labelledby={`${id}-title`}>
      <h2 className="hl-panel-title" id={`${id}-title`}>
        {t.installmentPlans}
      </h2>
      <div role="group" aria-labelledby={`${id}-alerts`}>
        <h3 className="hl-pay-subtitle" id={`${id}-alerts`}>
          {t.missedAlerts}
        </h3>
        {alerts.length === 0 ? (
          <p className="hl-muted">{t.noAlerts}</p>
        ) : (
          <ul className="hl-pay-list" data-testid="missed-alerts">
            {alerts.map((a) => (
              <li key={a.installment.id} className="hl-pay-error">
                {t.missedAlert(
                  formatValue(a.installment.number, 'integer', { locale }),
                  a.planId,
                  money(a.installment.outstanding),
                  formatValue(a.daysOverdue, 'integer', { locale }),
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {plans.length === 0 ? <p className="hl-muted">{t.noPlans}</p> : null}
      {plans.map((p) => (
        <div role="group" key={p.planId} aria-labelledby={`${id}-${p.planId}`}>
          <h3 className="hl-pay-subtitle" id={`${id}-${p.planId}`}>
            {t.plan(p.planId)}
          </h3>
          <Facts
            rows={[
              [t.planStatus, <StatusBadge status={p.status}>{t.planStatusNames[p.status]}</StatusBadge>, 'plan-status'],
              [t.missedInstallments, formatValue(p.missed, 'integer', { locale }), 'missed'],
              [t.total, money(p.total)],
              [t.outstandingAmount, money(p.outstanding), 'outstanding'],
            ]}
          />
          <div className="hl-table-scroll" tabIndex={0} role="region" aria-label={t.plan(p.planId)}>
            <table className="hl-table">
              <caption className="hl-visually-hidden">{t.plan(p.planId)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.installment}</th>
                  <th scope="col">{t.dueDate}</th>
                  <th scope="col" data-align="end">
                    {t.amount}
                  </th>
                  <th scope="col" data-align="end">
                    {t.paid}
                  </th>
                  <th scope="col" data-align="end">
                    {t.outstandingAmount}
                  </th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {p.installments.map((i) => (
                  <tr key={i.id} data-installment={i.id}>
                    <th scope="row">{formatValue(i.number, 'integer', { locale })}</th>
                    <td>{f.date(i.dueDate)}</td>
                    <td data-align="end">{money(i.amount)}</td>
                    <td data-align="end">{money(i.paid)}</td>
                    <td data-align="end">{money(i.outstanding)}</td>
                    <td>
                      <StatusBadge status={i.status}>{t.installmentStatusNames[i.status]}</StatusBadge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
