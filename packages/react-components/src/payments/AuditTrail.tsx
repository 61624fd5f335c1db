import { viewAuditTrail, type AuditEntry, type AuditRow, type Ledger } from '@hotleads/payments';
import { useId, useMemo, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import { LedgerPending } from './Facts';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { usePaymentFormat } from './usePaymentFormat';
import { errorMessage, useLedgerValue } from './useLedgerValue';

/** Props of {@link AuditTrail}. */
export type AuditTrailProps = {
  ledger: Ledger;
  /** Only the entries of this entity (an account number, a payment id, a credit-note number); default the whole ledger. */
  entityId?: string;
  /** Role id → name, over the library's `ROLE_NAMES`, for a host with roles of its own. */
  roleNames?: Record<string, string>;
  /** Height of the table's scrolling area in pixels (default 420). */
  tableHeight?: number;
  /** Changes when the host wrote to the ledger, to load it again. */
  version?: number;
};

type Filters = { actorId: string; action: string; from: string; to: string };

/**
 * The audit trail of the whole ledger or of one entity, newest first, filterable by actor,
 * action and date (`viewAuditTrail` over `ledger.auditTrail`): when, who, their role's name,
 * the action in words, and the entity. Virtualized, so the whole trail of a large book scrolls.
 */
export function AuditTrail({ ledger, entityId, roleNames, tableHeight = 420, version = 0 }: AuditTrailProps) {
  const { strings, locale } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const f = usePaymentFormat(ledger.settings);
  const [filters, setFilters] = useState<Filters>({ actorId: '', action: '', from: '', to: '' });
  const loaded = useLedgerValue<AuditEntry[]>(
    () => ledger.auditTrail(entityId === undefined ? undefined : { entityId }),
    `${entityId ?? ''}:${version}`,
  );
  const timeZone = ledger.settings.timeZone;
  const view = useMemo(() => {
    if (!loaded.value) return null;
    try {
      return {
        ok: viewAuditTrail(loaded.value, {
          timeZone,
          roleNames,
          actorId: filters.actorId || undefined,
          action: filters.action || undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
        }),
      };
    } catch (error) {
      return { error };
    }
  }, [loaded.value, timeZone, roleNames, filters]);
  // The lists of the filters come from the unfiltered trail.
  const lists = useMemo(
    () => (loaded.value ? viewAuditTrail(loaded.value, { timeZone, roleNames }) : null),
    [loaded.value, timeZone, roleNames],
  );
  const set = (key: keyof Filters, value: string) => setFilters((x) => ({ ...x, [key]: value }));
  if (!loaded.value || !lists)
    return (
      <section className="hl-panel hl-audit" aria-label={t.auditTrail}>
        <LedgerPending state={loaded} />
      </section>
    );
  const rows = view?.ok?.rows ?? [];
  const columns: LedgerColumn<AuditRow>[] = [
    { key: 'when', label: t.when, width: 'minmax(150px, 1.2fr)', cell: (r) => f.dateTime(r.at) },
    { key: 'actor', label: t.actor, cell: (r) => r.actorName },
    { key: 'role', label: t.role, cell: (r) => <span className="hl-badge hl-status">{r.roleName}</span> },
    { key: 'action', label: t.action, width: 'minmax(220px, 1.6fr)', cell: (r) => r.actionLabel },
    {
      key: 'entity',
      label: t.entity,
      width: 'minmax(150px, 1.2fr)',
      cell: (r) => (
        <span className="hl-ltable-two">
          <span>{r.entityId}</span>
          <span className="hl-muted">{r.entityType}</span>
        </span>
      ),
    },
  ];
  const queryKey = JSON.stringify([entityId, version, filters, loaded.value.length]);
  return (
    <section className="hl-panel hl-audit" aria-labelledby={`${id}-title`}>
      <h2 className="hl-panel-title" id={`${id}-title`}>
        {t.auditTrail}
      </h2>
      <div className="hl-pay-filters">
        <div className="hl-field">
          <label htmlFor={`${id}-actor`}>{t.actor}</label>
          <select id={`${id}-actor`} value={filters.actorId} onChange={(e) => set('actorId', e.target.value)}>
            <option value="">{t.any}</option>
            {lists.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.roleName})
              </option>
            ))}
          </select>
        </div>
        <div className="hl-field">
          <label htmlFor={`${id}-action`}>{t.action}</label>
          <select id={`${id}-action`} value={filters.action} onChange={(e) => set('action', e.target.value)}>
            <option value="">{t.any}</option>
            {lists.actions.map((a) => (
              <option key={a.action} value={a.action}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="hl-field">
          <label htmlFor={`${id}-from`}>{t.from}</label>
          <input id={`${id}-from`} type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="hl-field">
          <label htmlFor={`${id}-to`}>{t.to}</label>
          <input id={`${id}-to`} type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
        </div>
      </div>
      <p
        className={view?.error ? 'hl-pay-error' : 'hl-muted'}
        aria-live="polite"
        data-testid="audit-found"
        role={view?.error ? 'alert' : undefined}
      >
        {view?.error
          ? errorMessage(view.error)
          : t.auditEntriesFound(
              formatValue(rows.length, 'integer', { locale }),
              formatValue(lists.total, 'integer', { locale }),
            )}
      </p>
      {view?.error ? null : (
        <LedgerTable<AuditRow>
          label={t.auditTrail}
          columns={columns}
          queryKey={queryKey}
          rowKey={(r) => String(r.seq)}
          height={tableHeight}
          loadPage={(offset, limit) =>
            Promise.resolve({ total: rows.length, items: rows.slice(offset, offset + limit) })
          }
        />
      )}
    </section>
  );
}
