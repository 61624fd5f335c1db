// The rule preview's worker side (docs/rule-builder.md, "Preview in a Web Worker"): it holds the
// leads, draws the sample with `sampleLeads` and runs `previewRule` off the main thread, so typing
// in the builder is never blocked. A host's worker file is one line:
//
//   // preview.worker.ts
//   import { servePreviews } from '@hotleads/react';
//   servePreviews(self);
//
// and the panel gets `createWorker={() => new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' })}`.
import type { Lead, ScoringModel, Time } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import {
  evaluateRules,
  previewRule,
  sampleLeads,
  type ConditionResult,
  type FactDefinition,
  type PreviewReport,
  type Rule,
  type TopLevelCondition,
} from '@hotleads/rules';

/**
 * Where the worker's leads come from: leads handed over (copied once into the worker), or the
 * b2b demo book of `@hotleads/core/demo` generated inside the worker (nothing to copy).
 */
export type PreviewLeadSource =
  | { kind: 'leads'; leads: readonly Lead[] }
  | {
      kind: 'b2bDemo';
      size: number;
      now: Time;
      seed?: number;
      /** The demo generator gives no `status`: lead `i` gets `statuses[i % length]` (e.g. `LEAD_STATUSES`). */
      statuses?: readonly string[];
    };

/**
 * The leads a source stands for (the worker's leads; a story's play function computes its
 * expected preview from the same ones).
 */
export function sourceLeads(s: PreviewLeadSource): readonly Lead[] {
  if (s.kind === 'leads') return s.leads;
  const leads = generateB2bLeads({ size: s.size, now: s.now, ...(s.seed === undefined ? {} : { seed: s.seed }) });
  const statuses = s.statuses ?? [];
  if (statuses.length > 0) leads.forEach((lead, i) => (lead.status = statuses[i % statuses.length]));
  return leads;
}

/** How the preview sample is drawn (`sampleLeads`' options without `now`). */
export type PreviewSample = { withinDays?: number; size?: number; anonymize?: boolean; seed?: number };

/** One preview the panel asks for. */
export type PreviewRequest = {
  type: 'preview';
  /** Increases with every request; a result of an older run is stale. */
  runId: number;
  rule: Rule;
  now: Time;
  sample: PreviewSample;
  model?: ScoringModel;
  catalog?: readonly FactDefinition[];
  segment?: TopLevelCondition;
  maxExamples?: number;
  /** "Test on one lead": explain the rule on this lead of the sample. */
  testLeadId?: string;
};

/** What the worker is sent: its leads (once), then previews. */
export type PreviewMessage = { type: 'source'; source: PreviewLeadSource } | PreviewRequest;

/** The rule on the one lead of "test on one lead". */
export type TestLeadResult =
  | { leadId: string; found: true; matched: boolean; explanation?: ConditionResult; detail?: string }
  | { leadId: string; found: false };

/** What the worker answers to a preview. */
export type PreviewResponse =
  | {
      type: 'result';
      runId: number;
      report: PreviewReport;
      /** How long `previewRule` took on the sample, in ms (measured in the worker; shown, never asserted). */
      ms: number;
      /** How long drawing the sample took (0 when the sample of the same options was already drawn). */
      sampleMs: number;
      leadIds: string[];
      testLead?: TestLeadResult;
    }
  | { type: 'error'; runId: number; message: string };

/** The part of a worker scope the server uses (`self` in a worker; a fake in tests). */
export type PreviewScope = {
  postMessage: (message: PreviewResponse) => void;
  onmessage: ((event: MessageEvent<PreviewMessage>) => void) | null;
};

/** How many lead ids of the sample the panel may offer for "test on one lead". */
const MAX_LEAD_IDS = 200;

function testOneLead(rule: Rule, sample: readonly Lead[], request: PreviewRequest, id: string): TestLeadResult {
  const lead = sample.find((l) => l.id === id);
  if (lead === undefined) return { leadId: id, found: false };
  const evaluation = evaluateRules([{ ...rule, enabled: true }], lead, {
    now: request.now,
    ...(request.model ? { model: request.model } : {}),
    ...(request.catalog ? { catalog: request.catalog } : {}),
  });
  const fired = evaluation.fired[0];
  if (fired) return { leadId: id, found: true, matched: true, explanation: fired.explanation };
  const skipped = evaluation.skipped[0];
  return {
    leadId: id,
    found: true,
    matched: false,
    explanation: skipped?.explanation,
    detail: skipped?.detail,
  };
}

/**
 * The worker's message handler without the worker: keeps the leads of the last `source` and
 * answers each preview with `previewRule`'s report on the drawn sample (the sample of the same
 * options is drawn once), or with the error's message.
 */
export function createPreviewHandler(clock: () => number = () => performance.now()) {
  let leads: readonly Lead[] = [];
  let drawn: { key: string; sample: Lead[] } | undefined;
  return (message: PreviewMessage): PreviewResponse | undefined => {
    if (message.type === 'source') {
      leads = sourceLeads(message.source);
      drawn = undefined;
      return undefined;
    }
    const started = clock();
    try {
      const key = JSON.stringify([message.now, message.sample]);
      // No window, size or masking: the sample is every lead as it is (sampleLeads would only copy them).
      const s = message.sample;
      const whole = s.withinDays === undefined && s.size === undefined && s.anonymize !== true;
      if (drawn?.key !== key)
        drawn = { key, sample: whole ? [...leads] : sampleLeads(leads, { now: message.now, ...message.sample }) };
      const sample = drawn.sample;
      const sampled = clock();
      const report = previewRule(message.rule, sample, {
        now: message.now,
        ...(message.model ? { model: message.model } : {}),
        ...(message.catalog ? { catalog: message.catalog } : {}),
        ...(message.segment ? { segment: message.segment } : {}),
        ...(message.maxExamples === undefined ? {} : { maxExamples: message.maxExamples }),
      });
      const previewed = clock();
      const testLead =
        message.testLeadId === undefined ? undefined : testOneLead(message.rule, sample, message, message.testLeadId);
      return {
        type: 'result',
        runId: message.runId,
        report,
        ms: previewed - sampled,
        sampleMs: sampled - started,
        leadIds: sample.slice(0, MAX_LEAD_IDS).map((l) => l.id),
        ...(testLead ? { testLead } : {}),
      };
    } catch (e) {
      return { type: 'error', runId: message.runId, message: e instanceof Error ? e.message : String(e) };
    }
  };
}

/**
 * Serves rule previews from a Web Worker: call it once in the worker file with `self`.
 * See {@link RulePreviewPanel}'s `createWorker`.
 */
export function servePreviews(scope: PreviewScope): void {
  const handle = createPreviewHandler();
  scope.onmessage = (event) => {
    const response = handle(event.data);
    if (response) scope.postMessage(response);
  };
}
