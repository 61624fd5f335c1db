import {
  defineLeadGroup,
  filterLeads,
  groupCounts,
  isHotleadsError,
  LEAD_GROUPS,
  MAX_MOVE,
  moveLeads,
  type Lead,
  type LeadFilter,
  type LeadGroup,
  type MoveLeadsResult,
  type ScoringModel,
  type Time,
} from '@hotleads/core';
import { catalogWithGroups, describeMovePreview, previewMove, type MovePreview, type Rule } from '@hotleads/rules';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useHotleadsLocale } from '../theme/context';
import { formatCell, formatValue } from '../util/format';
import { VirtualList } from './VirtualList';

/** Props of {@link LeadsOverview}. */
export type LeadsOverviewProps = {
  /** The leads (their `status` is their group); the overview keeps its own copy once leads are moved. */
  leads: readonly Lead[];
  /** The rules a move may fire; the move preview runs their cascade (`cascadeRules`) from each lead's `statusChange` trigger. */
  rules: readonly Rule[];
  /** "As of" time of the move preview. */
  now: Time;
  /** The groups at first (default core's `LEAD_GROUPS`); groups created in the dialog are added. */
  groups?: readonly LeadGroup[];
  /** Needed when a rule uses `score` or `band`. */
  model?: ScoringModel;
  /** After a confirmed move: core's `moveLeads` result (run `cascadeRules` with each move's trigger). */
  onMove?: (result: MoveLeadsResult) => void;
  /** After a group is created with `defineLeadGroup`: the new group list. */
  onGroupsChange?: (groups: readonly LeadGroup[]) => void;
  /** Height of the lead list in pixels (default 360). */
  height?: number;
};

type FilterKey = 'group' | 'assignee' | 'leadSource';
/** A select's value for "leads without a value" (`null` in core's filters). */
const NONE = '\u0000none';
const ALL = '';

type Pending = { to: string; result: MoveLeadsResult; preview: MovePreview; outcome: string[] };

/**
 * The leads overview (docs/lead-management.md): a bar chart of core's `groupCounts` (with the counts and the total as
 * a table), filters by group, assignee and lead source (core's `filterLeads`), a dialog that
 * creates a group (core's `defineLeadGroup`; a refused field shows core's message at the field),
 * and a virtualized lead list with multi-select and a bulk move of up to `MAX_MOVE` leads (core's
 * `moveLeads`). Before a move is confirmed it lists the rules the move's cascade would fire, for
 * how many leads and from which cascade step (@hotleads/rules' `previewMove`), and how the
 * cascades stop: settled, loops, depth limit, and the groups the leads end in
 * (`describeMovePreview`'s sentences, shown as they are).
 */
export function LeadsOverview({
  leads,
  rules,
  now,
  groups: initialGroups = LEAD_GROUPS,
  model,
  onMove,
  onGroupsChange,
  height = 360,
}: LeadsOverviewProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const id = useId();
  const num = (n: number) => formatValue(n, 'integer', { locale });
  const [current, setCurrent] = useState<readonly Lead[]>(leads);
  const [groups, setGroups] = useState<readonly LeadGroup[]>(initialGroups);
  const [filter, setFilter] = useState<Record<FilterKey, string>>({ group: ALL, assignee: ALL, leadSource: ALL });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<string>(initialGroups[0]?.id ?? '');
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [dialogOpen, setDialogOpen] = useState(false);

  const options = useMemo(
    () => ({
      group: groupCounts(current, { by: 'group', groups }).rows,
      assignee: groupCounts(current, { by: 'assignee' }).rows,
      leadSource: groupCounts(current, { by: 'leadSource' }).rows,
    }),
    [current, groups],
  );
  const leadFilter = useMemo(() => {
    const f: LeadFilter = {};
    for (const key of ['group', 'assignee', 'leadSource'] as const) {
      const v = filter[key];
      if (v !== ALL) f[key] = [v === NONE ? null : v];
    }
    return f;
  }, [filter]);
  const shown = useMemo(() => filterLeads(current, leadFilter), [current, leadFilter]);
  const counts = useMemo(() => groupCounts(shown, { by: 'group', groups }), [shown, groups]);
  const selectedLeads = useMemo(() => current.filter((l) => selected.has(l.id)), [current, selected]);
  const firstShown = shown.slice(0, MAX_MOVE);

  const toggle = (leadId: string) => {
    setPending(null);
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(leadId)) next.delete(leadId);
      else next.add(leadId);
      return next;
    });
  };

  const askMove = () => {
    const result = moveLeads(selectedLeads, target, { groups });
    const catalog = groups === LEAD_GROUPS ? undefined : catalogWithGroups(groups);
    const preview = previewMove(rules, result.moved, { now, model, catalog });
    const outcome = describeMovePreview(preview, { locale, groups });
    setPending({ to: target, result, preview, outcome });
    setStatus('');
  };

  const confirmMove = () => {
    if (!pending) return;
    const byId = new Map(pending.result.moved.map((m) => [m.leadId, m.lead]));
    setCurrent((prev) => prev.map((l) => byId.get(l.id) ?? l));
    setSelected(new Set());
    setPending(null);
    const label = groups.find((g) => g.id === pending.to)?.label ?? pending.to;
    setStatus(s.movedLeads(num(pending.result.moved.length), label));
    onMove?.(pending.result);
  };

  const addGroup = (group: LeadGroup) => {
    const next = [...groups, group];
    setGroups(next);
    setDialogOpen(false);
    setStatus(s.groupCreated(group.label));
    onGroupsChange?.(next);
  };

  const filterSelect = (key: FilterKey, label: string) => (
    <div className="hl-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        className="hl-input"
        value={filter[key]}
        onChange={(e) => {
          setFilter({ ...filter, [key]: e.target.value });
          setPending(null);
        }}
      >
        <option value={ALL}>{s.all}</option>
        {options[key].map((r) => (
          <option key={r.key ?? NONE} value={r.key ?? NONE}>
            {`${r.label} (${num(r.count)})`}
          </option>
        ))}
      </select>
    </div>
  );

  const caption = s.leadsByGroup(num(counts.total));
  return (
    <section className="hl-panel hl-leads-screen hl-overview" aria-labelledby={`${id}-title`}>
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={`${id}-title`}>
          {s.leadsOverview}
        </h2>
        <button
          type="button"
          className="hl-button"
          aria-expanded={dialogOpen}
          aria-controls={dialogOpen ? `${id}-dialog` : undefined}
          onClick={() => setDialogOpen(true)}
        >
          {s.newGroup}
        </button>
      </div>
      {dialogOpen ? (
        <NewGroupDialog
          dialogId={`${id}-dialog`}
          groups={groups}
          onCreate={addGroup}
          onCancel={() => setDialogOpen(false)}
        />
      ) : null}
      <div className="hl-overview-filters">
        {filterSelect('group', s.group)}
        {filterSelect('assignee', s.assignee)}
        {filterSelect('leadSource', s.leadSource)}
      </div>
      <figure className="hl-overview-chart" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>{caption}</figcaption>
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 600, height: 220 }}>
            <BarChart data={counts.rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              {/* No tick labels: group names are long; the totals table and the tooltip name each bar. */}
              <XAxis dataKey="label" tick={false} height={8} />
              <YAxis width={48} tickFormatter={(v: number) => formatValue(v, 'integer', { locale, compact: true })} />
              <Tooltip
                content={({ active, payload }) => {
                  const row = payload?.[0]?.payload as (typeof counts.rows)[number] | undefined;
                  if (!active || !row) return null;
                  return (
                    <div className="hl-chart-tooltip">
                      <p>{row.label}</p>
                      <p>{`${num(row.count)} · ${formatValue(row.share, 'percent', { locale })}`}</p>
                    </div>
                  );
                }}
              />
              <Bar dataKey="count" fill="var(--hl-chart-1)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <div className="hl-overview-totals" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="hl-table" aria-labelledby={`${id}-caption`}>
            <thead>
              <tr>
                <th scope="col">{s.group}</th>
                <th scope="col" data-align="end">
                  {s.leadsColumn}
                </th>
                <th scope="col" data-align="end">
                  {s.shareColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.rows.map((r) => (
                <tr key={r.key ?? NONE} data-key={r.key ?? ''}>
                  <th scope="row" title={groups.find((g) => g.id === r.key)?.tooltip}>
                    {r.label}
                  </th>
                  <td data-align="end">{num(r.count)}</td>
                  <td data-align="end">{formatValue(r.share, 'percent', { locale })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{s.total}</th>
                <td data-align="end">{num(counts.total)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </figure>
      <div className="hl-overview-bulk">
        <p className="hl-overview-selected" aria-live="polite">
          {s.selectedCount(num(selected.size), num(shown.length))}
        </p>
        <button
          type="button"
          className="hl-button"
          disabled={shown.length === 0}
          onClick={() => {
            setSelected(new Set(firstShown.map((l) => l.id)));
            setPending(null);
          }}
        >
          {s.selectShown(num(firstShown.length))}
        </button>
        <button
          type="button"
          className="hl-button"
          disabled={selected.size === 0}
          onClick={() => {
            setSelected(new Set());
            setPending(null);
          }}
        >
          {s.clearSelection}
        </button>
        <div className="hl-field">
          <label htmlFor={`${id}-target`}>{s.moveTo}</label>
          <select
            id={`${id}-target`}
            className="hl-input"
            value={target}
            onChange={(e) => {
              setTarget(e.target.value);
              setPending(null);
            }}
          >
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="hl-button"
          data-variant="primary"
          disabled={selected.size === 0 || selected.size > MAX_MOVE}
          onClick={askMove}
        >
          {s.moveSelected(num(selected.size), selected.size)}
        </button>
      </div>
      {pending ? (
        <div className="hl-overview-preview" role="group" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{s.wouldFire(num(pending.preview.moved), pending.preview.moved)}</h3>
          {pending.preview.rules.length === 0 ? (
            <p>{s.noRulesFire}</p>
          ) : (
            <ul>
              {pending.preview.rules.map((r) => (
                <li key={r.ruleId}>
                  {r.firstStep === 0
                    ? s.ruleFires(r.name, num(r.leads), r.leads)
                    : s.ruleFiresLater(r.name, num(r.leads), r.leads, num(r.firstStep))}
                </li>
              ))}
            </ul>
          )}
          {pending.outcome.length > 0 ? (
            <>
              <h4 id={`${id}-outcome`}>{s.cascadeOutcome}</h4>
              <ul aria-labelledby={`${id}-outcome`}>
                {pending.outcome.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          {pending.result.unchanged.length > 0 ? (
            <p className="hl-muted">{s.alreadyInGroup(num(pending.result.unchanged.length))}</p>
          ) : null}
          <div className="hl-overview-actions">
            <button type="button" className="hl-button" onClick={() => setPending(null)}>
              {s.cancel}
            </button>
            <button type="button" className="hl-button" data-variant="primary" onClick={confirmMove}>
              {s.confirmMove}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="hl-overview-status">
        {status}
      </p>
      {shown.length === 0 ? (
        <p className="hl-muted">{s.noLeads}</p>
      ) : (
        <VirtualList
          label={s.leadList(num(shown.length))}
          count={shown.length}
          rowKey={(i) => shown[i]!.id}
          height={height}
          className="hl-overview-list"
          renderRow={(i) => {
            const lead = shown[i]!;
            const group = groups.find((g) => g.id === lead.status)?.label ?? formatCell(lead.status, {});
            const detail = [group, formatCell(lead.assignee, {}), formatCell(lead.leadSource, {})]
              .filter((x) => x !== '')
              .join(' · ');
            return (
              <label className="hl-overview-row">
                <input type="checkbox" checked={selected.has(lead.id)} onChange={() => toggle(lead.id)} />
                <span className="hl-overview-id">{lead.id}</span>
                <span className="hl-clip hl-muted" title={detail}>
                  {detail}
                </span>
              </label>
            );
          }}
        />
      )}
    </section>
  );
}

type Field = 'id' | 'label' | 'purpose';

/** Props of the group dialog. */
type NewGroupDialogProps = {
  dialogId: string;
  groups: readonly LeadGroup[];
  onCreate: (group: LeadGroup) => void;
  onCancel: () => void;
};

/** The "New group" dialog: core's `defineLeadGroup`, its refusal shown at the field it names. */
function NewGroupDialog({ dialogId, groups, onCreate, onCancel }: NewGroupDialogProps) {
  const { strings } = useHotleadsLocale();
  const s = strings.leads;
  const [values, setValues] = useState<Record<Field, string>>({ id: '', label: '', purpose: '' });
  const [problem, setProblem] = useState<{ field: Field | null; text: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      const input = { id: values.id, purpose: values.purpose, ...(values.label === '' ? {} : { label: values.label }) };
      onCreate(defineLeadGroup(input, groups));
    } catch (error) {
      if (!isHotleadsError(error)) throw error;
      const at = error.path[0];
      const field = at === 'id' || at === 'label' || at === 'purpose' ? at : null;
      setProblem({ field, text: error.detail });
    }
  };
  const input = (field: Field, label: string, multiline = false) => {
    const invalid = problem?.field === field;
    const props = {
      id: `${dialogId}-${field}`,
      className: 'hl-input',
      value: values[field],
      'aria-invalid': invalid,
      'aria-describedby': invalid ? `${dialogId}-${field}-error` : undefined,
      onChange: (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value }),
    };
    return (
      <div className="hl-field">
        <label htmlFor={props.id}>{label}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {invalid ? (
          <p className="hl-field-error" id={`${dialogId}-${field}-error`}>
            {problem.text}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <div
      role="dialog"
      id={dialogId}
      aria-labelledby={`${dialogId}-title`}
      className="hl-panel hl-dialog hl-overview-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 className="hl-panel-title" id={`${dialogId}-title`}>
        {s.newGroup}
      </h3>
      <form onSubmit={submit} noValidate className="hl-overview-form">
        {input('id', s.groupId)}
        {input('label', s.groupLabel)}
        {input('purpose', s.groupPurpose, true)}
        {problem && problem.field === null ? <p className="hl-field-error">{problem.text}</p> : null}
        <div className="hl-overview-actions">
          <button type="button" className="hl-button" onClick={onCancel}>
            {s.cancel}
          </button>
          <button type="submit" className="hl-button" data-variant="primary">
            {s.createGroup}
          </button>
        </div>
      </form>
    </div>
  );
}
