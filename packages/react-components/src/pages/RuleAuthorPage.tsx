// The rule author's page of the stories: the builder beside a live preview over 10,000 b2b demo
// leads scored with the b2b model, starting from "New Lead Needs Outreach". The host
// state is the draft and the saved rules; whether the draft is a rule yet is `ruleIssues`'.
import { DEFAULT_PRIORITY, ruleIssues, ruleTemplates, validateRule, type Rule } from '@hotleads/rules';
import { useMemo, useState } from 'react';
import { createPreviewWorker, demoSource, outreach, rulesModel, rulesNow } from '../fixtures/rules';
import { RuleBuilder } from '../rules/RuleBuilder';
import type { RuleDraft } from '../rules/draft';
import { RulePreviewPanel } from '../rules/RulePreviewPanel';

/** The page's lead source: 10,000 b2b demo leads, generated in the preview worker. */
export const ruleAuthorSource = demoSource(10_000);

const segments = [
  {
    id: 'events',
    label: 'Trade-show leads',
    conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
  },
  {
    id: 'hot',
    label: 'Score 60 and up',
    conditions: { all: [{ fact: 'score', operator: 'greaterThanInclusive', value: 60 }] },
  },
];

/** Props of {@link RuleAuthorPage}. */
export type RuleAuthorPageProps = {
  /** The draft the page starts from (default: the example rule of docs/rules.md, "New Lead Needs Outreach"). */
  initialDraft?: RuleDraft;
};

/** The builder and its preview, side by side on a wide screen. */
export function RuleAuthorPage({ initialDraft }: RuleAuthorPageProps = {}) {
  const [draft, setDraft] = useState<RuleDraft>(() => structuredClone(initialDraft ?? outreach) as RuleDraft);
  const [saved, setSaved] = useState<Rule | undefined>(undefined);
  const rule = useMemo(
    () => (ruleIssues(draft, { model: rulesModel }).length === 0 ? validateRule(draft) : undefined),
    [draft],
  );
  return (
    <main className="hl-page">
      <header className="hl-page-header">
        <div>
          <h1>Rule author</h1>
          <p className="hl-page-subtitle hl-muted">
            Write a rule and see what it would have done to the last 30 days of 10,000 b2b leads.
          </p>
        </div>
        <p className="hl-page-status" role="status">
          {saved ? `Saved “${saved.name}” (priority ${saved.priority ?? DEFAULT_PRIORITY}).` : ''}
        </p>
      </header>
      <div className="hl-rule-author">
        <RuleBuilder
          value={draft}
          onChange={setDraft}
          onSave={setSaved}
          model={rulesModel}
          templates={ruleTemplates}
          now={rulesNow}
        />
        <RulePreviewPanel
          rule={rule}
          source={ruleAuthorSource}
          createWorker={createPreviewWorker}
          now={rulesNow}
          model={rulesModel}
          segments={segments}
          initialSample={{ withinDays: 30, anonymize: true }}
        />
      </div>
    </main>
  );
}
