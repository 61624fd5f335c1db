import {
  HotleadsError,
  missingCriteria,
  parseScoringModel,
  requireList,
  type Lead,
  type ScoringModel,
} from '@hotleads/core';
import { factCatalog } from '../catalog/factCatalog';
import type { FactDataType, FactDefinition } from '../catalog/types';
import { readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';

/** The constant sentences of {@link questionnaireFor}. */
export const QUESTIONNAIRE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    groups: 'groups lists the model groups the general part asks about',
    quoteFields: 'quoteFields lists catalog fact ids (lead fields) the quote needs',
    unknownQuoteField: 'A quote field must be a lead field of the catalog',
    previousClient: 'previousClient is true or false',
  } as const))();

/** The groups the general part asks about by default: contact, company, BANT / CHAMP and fit (docs/lead-management.md). */
export const GENERAL_GROUP_PREFIXES = /* @__PURE__ */ (() => Object.freeze(['G#1', 'G#2', 'G#3'] as const))();

/** Options of {@link questionnaireFor}. */
export type QuestionnaireOptions = {
  /** The model groups of the general part (default: those starting with G#1, G#2, G#3). */
  groups?: readonly string[];
  /** Catalog fact ids the quote needs (the quote-specific part); default none. */
  quoteFields?: readonly string[];
  /** A previous client or contact is asked only for what is missing (default false). */
  previousClient?: boolean;
};

/** One question. */
export type Question = {
  /** The lead field the answer fills. */
  field: string;
  label: string;
  part: 'general' | 'quote';
  /** The model criterion it answers; absent for a quote field the model does not score. */
  criterionId?: string;
  group?: string;
  type: FactDataType;
  options?: string[];
  tooltip?: string;
  /** maxPoints × weight of the criterion: the most the answer could add (0 when unscored). */
  points: number;
  /** The lead already has a value (a new lead is asked to confirm it). */
  answered: boolean;
};

/** What {@link questionnaireFor} returns: its two parts, each most valuable first. */
export type Questionnaire = { general: Question[]; quote: Question[] };

function present(lead: Lead, field: string): boolean {
  let v: unknown = lead;
  for (const key of field.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return false;
    v = (v as Record<string, unknown>)[key];
  }
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

const byPoints = (a: Question, b: Question) =>
  b.points - a.points || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0);

/**
 * The questionnaire a lead is sent (docs/lead-management.md, "Questionnaire"), built on
 * `missingCriteria`: a general part (the model's field criteria in the contact, company, BANT /
 * CHAMP and fit groups) and a quote-specific part (`quoteFields`), each ordered by the weighted
 * points the answer could add (maxPoints × weight), then by field. Event-based and penalty
 * criteria are never asked. A new lead gets every question, those it has answered marked
 * `answered`; a previous client (`previousClient: true`) only the missing ones. Labels, types,
 * known values and tooltips come from `catalog` where it has the field.
 *
 * @throws HotleadsError `INVALID_MODEL`, `INVALID_LEAD` as `missingCriteria`; `INVALID_ARGUMENT`
 *   for bad options or a quote field that is not a lead field of the catalog.
 * @example questionnaireFor(lead, b2bLeadModel, factCatalog, { previousClient: true }).general[0]
 */
export function questionnaireFor(
  lead: Lead,
  model: ScoringModel,
  catalog: readonly FactDefinition[] = factCatalog,
  options: QuestionnaireOptions = {},
): Questionnaire {
  const valid = parseScoringModel(model);
  const missing = new Set(missingCriteria(lead, valid).map((m) => m.criterionId));
  const facts = requireList<FactDefinition>(catalog, ['catalog']);
  const byId = new Map<string, FactDefinition>();
  readSafely(
    () => {
      for (const f of facts) if (f !== null && typeof f === 'object' && typeof f.id === 'string') byId.set(f.id, f);
    },
    'INVALID_ARGUMENT',
    ['catalog'],
  );
  const o = readOptions(options, ['groups', 'quoteFields', 'previousClient'], ['options']);
  const strings = (v: unknown, message: string, key: string): string[] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
      throw new HotleadsError('INVALID_ARGUMENT', message, { path: ['options', key] });
    return [...(v as string[])];
  };
  const groups = strings(o.groups, QUESTIONNAIRE_MESSAGES.groups, 'groups');
  const quoteFields = strings(o.quoteFields, QUESTIONNAIRE_MESSAGES.quoteFields, 'quoteFields') ?? [];
  if (o.previousClient !== undefined && typeof o.previousClient !== 'boolean')
    throw new HotleadsError('INVALID_ARGUMENT', QUESTIONNAIRE_MESSAGES.previousClient, {
      path: ['options', 'previousClient'],
    });
  const onlyMissing = o.previousClient === true;
  const inGeneral = (group: string) =>
    groups !== undefined ? groups.includes(group) : GENERAL_GROUP_PREFIXES.some((p) => group.startsWith(p));
  const fromCatalog = (field: string, q: Question): Question => {
    const f = byId.get(field);
    if (f === undefined) return q;
    const out: Question = { ...q, type: f.type };
    if (f.options !== undefined) out.options = [...f.options];
    if (f.tooltip !== undefined) out.tooltip = f.tooltip;
    return out;
  };
  const general: Question[] = [];
  const asked = new Set<string>();
  for (const c of valid.criteria) {
    if (c.field === undefined || c.maxPoints <= 0 || !inGeneral(c.group)) continue;
    const answered = !missing.has(c.id);
    if (onlyMissing && answered) continue;
    asked.add(c.field);
    general.push(
      fromCatalog(c.field, {
        field: c.field,
        label: c.label,
        part: 'general',
        criterionId: c.id,
        group: c.group,
        type: 'text',
        points: c.maxPoints * c.weight,
        answered,
      }),
    );
  }
  const quote: Question[] = [];
  quoteFields.forEach((field, i) => {
    const f = byId.get(field);
    if (f === undefined || f.derived === true)
      throw new HotleadsError('INVALID_ARGUMENT', QUESTIONNAIRE_MESSAGES.unknownQuoteField, {
        path: ['options', 'quoteFields', i],
      });
    if (asked.has(field)) return;
    asked.add(field);
    const c = valid.criteria.find((x) => x.field === field && x.maxPoints > 0);
    const answered = c !== undefined ? !missing.has(c.id) : readSafely(() => present(lead, field), 'INVALID_LEAD', []);
    if (onlyMissing && answered) return;
    const q: Question = {
      field,
      label: f.label,
      part: 'quote',
      type: 'text',
      points: c === undefined ? 0 : c.maxPoints * c.weight,
      answered,
    };
    if (c !== undefined) {
      q.criterionId = c.id;
      q.group = c.group;
    }
    quote.push(fromCatalog(field, q));
  });
  return { general: general.sort(byPoints), quote: quote.sort(byPoints) };
}
