// The "Lead management" page of Storybook: one tabbed page composing the lead screens over the
// same leads and rules. It holds the host's state (the distribution settings, the pull queue's
// state) and calls @hotleads/core for it; every figure on screen comes from the libraries.
import {
  pullLead,
  viewPullQueue,
  type DistributionResult,
  type DistributionState,
  type Lead,
  type ScoringModel,
} from '@hotleads/core';
import { factCatalog, findFact, sampleLeads, type Rule, type SearchHit, type SearchIndex } from '@hotleads/rules';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { floorAgents, leadsNow, leadsTimeZone, previewFields } from '../fixtures/leads';
import { ActionsTable } from '../leads/ActionsTable';
import { CriteriaEditor } from '../leads/CriteriaEditor';
import { DistributionSettings, type DistributionSettingsValue } from '../leads/DistributionSettings';
import { GlobalSearch } from '../leads/GlobalSearch';
import { LeadsOverview } from '../leads/LeadsOverview';
import { PullQueue } from '../leads/PullQueue';
import { useHotleadsLocale } from '../theme/context';

/** What the page's story loader makes once. */
export type LeadManagementData = {
  leads: Lead[];
  rules: Rule[];
  model: ScoringModel;
  index: SearchIndex;
  pull: DistributionState;
  incoming: readonly string[];
};

const TABS = ['overview', 'criteria', 'actions', 'distribution', 'pull'] as const;
type Tab = (typeof TABS)[number];
const TAB_OF: Record<SearchHit['kind'], Tab> = { lead: 'overview', criterion: 'criteria', rule: 'actions' };

/** The tabbed lead-management page (ARIA tabs; ArrowLeft / ArrowRight / Home / End move between tabs). */
export function LeadManagementPage({ leads, rules, model, index, pull, incoming }: LeadManagementData) {
  const { strings } = useHotleadsLocale();
  const s = strings.leads;
  // The criteria tab judges an edit on a 10,000-lead sample (sampleLeads' fixed-seed draw).
  const sample = useMemo(() => sampleLeads(leads, { now: leadsNow, size: 10_000 }), [leads]);
  const [criteriaModel, setCriteriaModel] = useState(model);
  const id = useId();
  const [tab, setTab] = useState<Tab>('overview');
  const [settings, setSettings] = useState<DistributionSettingsValue>({
    method: 'pull-hidden',
    agents: floorAgents,
    previewFields,
  });
  const [pullState, setPullState] = useState(pull);
  const [result, setResult] = useState<DistributionResult | undefined>(undefined);
  const mode = settings.method === 'pull-preview' ? 'preview' : 'hidden';
  const items = useMemo(
    () =>
      mode === 'hidden'
        ? viewPullQueue(pullState, [], { mode })
        : viewPullQueue(pullState, leads, { mode, fields: settings.previewFields ?? previewFields }),
    [pullState, leads, mode, settings.previewFields],
  );

  const go = (next: Tab) => {
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const to: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 };
    const n = to[e.key];
    if (n === undefined) return;
    e.preventDefault();
    go(TABS[(n + TABS.length) % TABS.length]!);
  };

  return (
    <main className="hl-page hl-leads-page">
      <header className="hl-page-header">
        <h1>{s.leadManagement}</h1>
      </header>
      <GlobalSearch index={index} onSelect={(hit) => setTab(TAB_OF[hit.kind])} />
      <div role="tablist" aria-label={s.leadManagement} className="hl-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="hl-tab"
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {s.pageTabs[name]}
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`${id}-panel-${name}`}
          aria-labelledby={`${id}-tab-${name}`}
          hidden={tab !== name}
          tabIndex={0}
          className="hl-leads-tabpanel"
        >
          {tab !== name ? null : name === 'overview' ? (
            <LeadsOverview leads={leads} rules={rules} now={leadsNow} model={model} />
          ) : name === 'criteria' ? (
            <CriteriaEditor
              model={criteriaModel}
              rules={rules}
              sample={sample}
              now={leadsNow}
              onApply={(r) => setCriteriaModel(r.model)}
            />
          ) : name === 'actions' ? (
            <ActionsTable rules={rules} />
          ) : name === 'distribution' ? (
            <DistributionSettings
              value={settings}
              onChange={setSettings}
              now={leadsNow}
              timeZone={leadsTimeZone}
              incoming={incoming}
            />
          ) : (
            <PullQueue
              items={items}
              mode={mode}
              result={result}
              timeZone={leadsTimeZone}
              fieldLabel={(f) => findFact(factCatalog, f)?.label ?? f}
              onTake={(slot) => {
                const r = pullLead(slot, 'bob', floorAgents, pullState, { now: leadsNow, timeZone: leadsTimeZone });
                setPullState(r.state);
                setResult(r);
              }}
            />
          )}
        </div>
      ))}
    </main>
  );
}
