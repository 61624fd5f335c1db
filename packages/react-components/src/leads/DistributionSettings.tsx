import {
  createDistributionState,
  distributeLeads,
  viewPullQueue,
  type Agent,
  type DistributionResult,
  type DistributionState,
  type DistributionStrategy,
  type Time,
} from '@hotleads/core';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import type { DistributionMethod } from '../theme/leadStrings';
import { formatValue } from '../util/format';
import { issueOf, pointsAt, type InputIssue } from './issueAt';

/** What the distribution settings screen edits. */
export type DistributionSettingsValue = {
  method: DistributionMethod;
  agents: Agent[];
  /** The fields a pull-preview queue shows before an agent takes a lead (dotted paths). */
  previewFields: string[];
};

/** Props of {@link DistributionSettings}. */
export type DistributionSettingsProps = {
  value: DistributionSettingsValue;
  /** Every valid edit, as the whole new value. An edit the library refuses stays at its control, with the reason. */
  onChange: (value: DistributionSettingsValue) => void;
  /** The distribution state the host stores (today's counts); a fresh one when absent. */
  state?: DistributionState;
  /** Incoming lead ids to simulate: the screen shows where `distributeLeads` would send them. */
  incoming?: readonly string[];
  /** The "as of" time of the simulation and of daily capacity. */
  now: Time;
  /** IANA zone of the day in daily capacity. */
  timeZone: string;
  /** Heading (default `strings.leads.distributionSettings`). */
  title?: string;
};

const METHODS: readonly DistributionMethod[] = [
  'round-robin',
  'priority-tier',
  'push',
  'pull-hidden',
  'pull-preview',
  'manual',
];

const STRATEGY: Partial<Record<DistributionMethod, DistributionStrategy>> = {
  'round-robin': 'round-robin',
  'priority-tier': 'priority-tier',
  push: 'push',
};

type NumberField = 'dailyCapacity' | 'weight' | 'performance';
type Drafts = Record<string, string>;
const draftKey = (index: number, field: NumberField) => `${index}.${field}`;

/** The agents with the text typed into number cells applied (empty text removes the field). */
function applyDrafts(agents: readonly Agent[], drafts: Drafts): Agent[] {
  return agents.map((agent, i) => {
    const next: Agent = { ...agent };
    for (const field of ['dailyCapacity', 'weight', 'performance'] as const) {
      const text = drafts[draftKey(i, field)];
      if (text === undefined) continue;
      if (text.trim() === '') delete next[field];
      else next[field] = Number(text);
    }
    return next;
  });
}

/**
 * docs/distribution.md as a settings screen (docs/react.md, "Lead
 * management"): the method (round robin, priority tier, push, pull queue hidden or preview,
 * manual), each agent's availability, daily capacity, leads per cycle (priority tier) and
 * performance (push), and the fields a preview queue shows. Every edit is checked by
 * `@hotleads/core` (`distributeLeads`, `viewPullQueue`) and a refused one shows the library's
 * reason at its cell. With `incoming` lead ids, the screen shows where `distributeLeads` would
 * send them: each agent's count today before and after (from the state it returns), and how many
 * nobody could take, with the library's reason.
 */
export function DistributionSettings({
  value,
  onChange,
  state,
  incoming = [],
  now,
  timeZone,
  title,
}: DistributionSettingsProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const headingId = useId();
  const methodId = useId();
  const fieldsId = useId();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [fieldsText, setFieldsText] = useState<string | undefined>(undefined);
  const n = (v: number) => formatValue(v, 'integer', { locale });

  const candidate = applyDrafts(value.agents, drafts);
  const base = state ?? createDistributionState();
  const agentIssue = issueOf(() => distributeLeads([], candidate, base, { strategy: 'round-robin', now, timeZone }));
  const candidateFields = fieldsText === undefined ? value.previewFields : splitFields(fieldsText);
  const fieldsIssue = issueOf(() =>
    viewPullQueue(createDistributionState(), [], { mode: 'preview', fields: candidateFields }),
  );

  const commit = (next: Partial<DistributionSettingsValue>, nextDrafts: Drafts = drafts, text = fieldsText) => {
    const agents = applyDrafts(next.agents ?? value.agents, nextDrafts);
    const fields = text === undefined ? value.previewFields : splitFields(text);
    const ok =
      !issueOf(() => distributeLeads([], agents, base, { strategy: 'round-robin', now, timeZone })) &&
      !issueOf(() => viewPullQueue(createDistributionState(), [], { mode: 'preview', fields }));
    if (ok) onChange({ ...value, ...next, agents, previewFields: fields });
  };

  const setNumber = (index: number, field: NumberField, text: string) => {
    const nextDrafts = { ...drafts, [draftKey(index, field)]: text };
    setDrafts(nextDrafts);
    commit({}, nextDrafts);
  };

  // The split of the incoming leads, computed by core from the settings as they were last valid;
  // deferred, so typing stays responsive while 100,000 leads are distributed.
  const deferred = useDeferredValue(value);
  const strategy = STRATEGY[deferred.method];
  const split = useMemo((): DistributionResult | InputIssue | undefined => {
    if (strategy === undefined || incoming.length === 0) return undefined;
    try {
      return distributeLeads(incoming, deferred.agents, base, { strategy, now, timeZone });
    } catch (error) {
      return issueOf(() => {
        throw error;
      });
    }
  }, [strategy, incoming, deferred.agents, base, now, timeZone]);

  const method = value.method;
  const cell = (i: number, field: NumberField, label: string, shown: boolean) => {
    if (!shown) return null;
    const agent = value.agents[i]!;
    const text = drafts[draftKey(i, field)] ?? (agent[field] === undefined ? '' : String(agent[field]));
    const issue = pointsAt(agentIssue, [i, field]) ? agentIssue : undefined;
    const errorId = `${headingId}-${i}-${field}`;
    return (
      <label className="hl-field hl-dist-cell">
        <span>{label}</span>
        <input
          className="hl-input"
          inputMode={field === 'performance' ? 'decimal' : 'numeric'}
          value={text}
          placeholder={field === 'dailyCapacity' ? s.unlimited : undefined}
          aria-label={
            field === 'dailyCapacity'
              ? s.capacityLabel(agent.name ?? agent.id)
              : field === 'weight'
                ? s.leadsPerCycleLabel(agent.name ?? agent.id)
                : s.performanceLabel(agent.name ?? agent.id)
          }
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? errorId : undefined}
          onChange={(e) => setNumber(i, field, e.target.value)}
        />
        {issue ? (
          <span className="hl-field-error" id={errorId}>
            {issue.detail}
          </span>
        ) : null}
      </label>
    );
  };

  return (
    <section className="hl-panel hl-dist" aria-labelledby={headingId}>
      <h2 className="hl-panel-title" id={headingId}>
        {title ?? s.distributionSettings}
      </h2>
      <div className="hl-field">
        <label htmlFor={methodId}>{s.distributionMethod}</label>
        <select
          id={methodId}
          className="hl-input"
          value={method}
          aria-describedby={`${methodId}-hint`}
          onChange={(e) => commit({ method: e.target.value as DistributionMethod })}
        >
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {s.methodNames[m]}
            </option>
          ))}
        </select>
        <p className="hl-muted" id={`${methodId}-hint`}>
          {s.methodDescriptions[method]}
        </p>
      </div>

      <h3 className="hl-section-title">{s.agents}</h3>
      <ul className="hl-dist-agents">
        {value.agents.map((agent, i) => (
          <li key={agent.id} className="hl-dist-agent">
            <span className="hl-dist-name">{agent.name ?? agent.id}</span>
            <label className="hl-switch hl-dist-available">
              <input
                type="checkbox"
                role="switch"
                checked={agent.available}
                aria-label={s.availableLabel(agent.name ?? agent.id)}
                onChange={() =>
                  commit({ agents: value.agents.map((a, k) => (k === i ? { ...a, available: !a.available } : a)) })
                }
              />
              <span aria-hidden="true">{s.available}</span>
            </label>
            {cell(i, 'dailyCapacity', s.dailyCapacity, true)}
            {cell(i, 'weight', s.leadsPerCycle, method === 'priority-tier')}
            {cell(i, 'performance', s.performance, method === 'push')}
          </li>
        ))}
      </ul>
      {agentIssue && typeof agentIssue.path[0] !== 'number' ? (
        <p className="hl-field-error" role="alert">
          {agentIssue.message}
        </p>
      ) : null}

      {method === 'pull-preview' ? (
        <div className="hl-field">
          <label htmlFor={fieldsId}>{s.previewFields}</label>
          <textarea
            id={fieldsId}
            className="hl-input"
            rows={3}
            value={fieldsText ?? value.previewFields.join('\n')}
            aria-invalid={fieldsIssue ? true : undefined}
            aria-describedby={`${fieldsId}-hint${fieldsIssue ? ` ${fieldsId}-error` : ''}`}
            onChange={(e) => {
              setFieldsText(e.target.value);
              commit({}, drafts, e.target.value);
            }}
          />
          <span className="hl-muted" id={`${fieldsId}-hint`}>
            {s.previewFieldsHint}
          </span>
          {fieldsIssue ? (
            <span className="hl-field-error" id={`${fieldsId}-error`}>
              {fieldsIssue.message}
            </span>
          ) : null}
        </div>
      ) : null}

      {incoming.length > 0 ? (
        <div className="hl-dist-split" aria-live="polite">
          <h3 className="hl-section-title">{s.nextLeads(n(incoming.length))}</h3>
          {strategy === undefined ? (
            <p className="hl-muted">{s.noSplit[method as keyof typeof s.noSplit]}</p>
          ) : split === undefined ? null : 'path' in split ? (
            <p className="hl-field-error">{split.message}</p>
          ) : (
            <>
              <div className="hl-table-scroll" tabIndex={0} role="region" aria-label={s.nextLeads(n(incoming.length))}>
                <table className="hl-table">
                  <thead>
                    <tr>
                      <th scope="col">{s.agent}</th>
                      <th scope="col" data-align="end">
                        {s.assignedToday}
                      </th>
                      <th scope="col" data-align="end">
                        {s.afterIncoming}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {deferred.agents.map((agent) => (
                      <tr key={agent.id}>
                        <th scope="row">{agent.name ?? agent.id}</th>
                        <td data-align="end">{n(countOf(base, agent.id, split.state))}</td>
                        <td data-align="end" data-testid={`split-${agent.id}`}>
                          {n(split.state.assignedToday[agent.id] ?? 0)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {split.unassigned.length > 0 ? (
                <p className="hl-muted" data-testid="split-unassigned">
                  {s.notAssigned(n(split.unassigned.length))}: {split.unassigned[0]!.reason}
                </p>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}

function splitFields(text: string): string[] {
  return text
    .split('\n')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

/** Today's count before the simulation: the stored state's, unless the simulation rolled the day over. */
function countOf(base: DistributionState, agentId: string, after: DistributionState): number {
  if (base.day !== after.day) return 0;
  return Object.hasOwn(base.assignedToday, agentId) ? base.assignedToday[agentId]! : 0;
}
