// Part 2 of the tour: a rule previewed on past leads (@hotleads/rules' previewRule, the first
// of ruleTemplates, on seeded B2B leads from @hotleads/core/demo).
import type { Lead } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import {
  actionKey,
  previewRule,
  ruleTemplates,
  type Condition,
  type ConditionResult,
  type Rule,
} from '@hotleads/rules';
import { count, heading, indent } from './text';

/** What the rule part shows. */
export type RulePreviewOptions = { now: string; size: number; seed: number; examples: number };

/** The template the tour previews: the requirements' own example, "New Lead Needs Outreach". */
export const previewedRule: Rule = ruleTemplates[0]!;

/**
 * The past leads: generated B2B leads with a status, as a CRM would hold them. The generator
 * gives none, so a lead nobody has heard from yet is Untouched and the others are Nurturing.
 */
export function pastLeads({ now, size, seed }: Pick<RulePreviewOptions, 'now' | 'size' | 'seed'>): Lead[] {
  return generateB2bLeads({ size, now, seed }).map((lead) => ({
    ...lead,
    status: Array.isArray(lead.events) && lead.events.length > 0 ? 'Nurturing' : 'Untouched',
  }));
}

function show(value: unknown): string {
  return typeof value === 'number' ? String(Math.round(value * 10) / 10) : (JSON.stringify(value) ?? 'undefined');
}

/** A condition tree in one line: `a AND (b OR c)`. */
function sentence(node: Condition, nested = false): string {
  if ('fact' in node) return `${node.fact} ${node.operator} ${show(node.value)}`;
  if ('not' in node) return `NOT ${sentence(node.not, true)}`;
  if ('condition' in node) return `condition "${node.condition}"`;
  const [word, parts] = 'all' in node ? [' AND ', node.all] : [' OR ', node.any];
  const text = parts.map((c) => sentence(c, true)).join(word);
  return nested && parts.length > 1 ? `(${text})` : text;
}

/** The parts of the root group, one per line, and the word that joins them. */
function topLevel(root: Rule['conditions']): string[] {
  if ('not' in root || 'condition' in root) return [sentence(root)];
  return ('all' in root ? root.all : root.any).map((c) => sentence(c, true));
}

/** One line per condition: ✓ or ✗, the comparison, and the value the lead had. */
function explain(result: ConditionResult, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const mark = result.pass ? '✓' : '✗';
  if (result.kind === 'fact')
    return [`${pad}${mark} ${result.fact} ${result.operator} ${show(result.value)}  (lead: ${show(result.factValue)})`];
  if (result.kind === 'not') return [`${pad}${mark} not`, ...explain(result.condition, depth + 1)];
  return [`${pad}${mark} ${result.kind} of`, ...result.conditions.flatMap((c) => explain(c, depth + 1))];
}

/** The rule preview part of the tour, as lines of text. */
export function rulePreviewSection(options: RulePreviewOptions): string[] {
  const leads = pastLeads(options);
  const report = previewRule(previewedRule, leads, { now: options.now, maxExamples: options.examples });
  const join = 'any' in previewedRule.conditions ? 'OR  ' : 'AND ';
  const lines: string[] = [
    `Rule "${previewedRule.name}" (ruleTemplates[0])`,
    `  runs ${report.trigger}; ${report.execution}`,
    ...topLevel(previewedRule.conditions).map((part, i) => `  ${i === 0 ? 'IF  ' : join} ${part}`),
    `  THEN ${previewedRule.actions.map(actionKey).join('; ')}`,
    '',
    `Previewed with previewRule on ${count(report.total)} past B2B leads`,
    `(generateB2bLeads, seed ${options.seed}, as of ${options.now}):`,
    `  it would act on ${count(report.matched)} of them (${((report.matched / report.total) * 100).toFixed(1)}%)`,
    ...Object.entries(report.actionCounts).map(([action, n]) => `  ${action}: ${count(n)} leads`),
    ...report.warnings.map((w) => `  warning: ${w}`),
    ...report.errors.map((e) => `  error on ${e.leadId}: ${e.message}`),
    '',
    `Why it matched, for ${report.examples.length} of them:`,
  ];
  for (const example of report.examples) lines.push(`  ${example.leadId}`, ...indent(explain(example.explanation), 4));
  return [...heading(2, 'A rule previewed on past leads — @hotleads/rules'), ...indent(lines)];
}
