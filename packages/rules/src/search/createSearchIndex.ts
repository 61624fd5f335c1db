import { HotleadsError, requireList, type Lead } from '@hotleads/core';
import { readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { Rule } from '../types';

/** The longest query {@link SearchIndex.search} accepts (it never builds a regular expression). */
export const MAX_SEARCH_LENGTH = 200;

/** The constant sentences of {@link createSearchIndex}. */
export const SEARCH_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    query: 'A search query is a string of at most 200 characters (MAX_SEARCH_LENGTH)',
    limit: 'limit is an integer 1..1000',
    kinds: 'kinds lists lead, criterion and rule',
    record: 'Expected an object with a string id',
  } as const))();

/** What a search hit is: a lead, a criterion (of a model or a catalog) or a rule. */
export type SearchKind = 'lead' | 'criterion' | 'rule';

/** A criterion as the search reads it: a model's `Criterion` or a catalog's `FactDefinition` both fit. */
export type SearchableCriterion = { id: string; label: string; group?: string; tooltip?: string };

/** What {@link createSearchIndex} indexes. Every list is optional. */
export type SearchSources = {
  leads?: Iterable<Lead>;
  criteria?: Iterable<SearchableCriterion>;
  rules?: Iterable<Rule>;
};

/** One hit, best first. */
export type SearchHit = {
  kind: SearchKind;
  id: string;
  /** What to show: a lead's name (else company, else id), a criterion's label, a rule's name. */
  label: string;
  /** The field that matched best, e.g. `'email'`, `'label'`, `'description'`. */
  field: string;
  /** 0..100: exact 100, start of the text 80, start of a word 60, anywhere 40; less on secondary fields. */
  score: number;
};

/** Options of {@link SearchIndex.search}. */
export type SearchOptions = { limit?: number; kinds?: readonly SearchKind[] };

/** A search over leads, criteria and rules at once (docs/lead-management.md, "Global search"). */
export type SearchIndex = {
  /** The hits for `query` (case-insensitive, trimmed; empty: none), best first; at most `limit` (default 20). */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** How many records are indexed. */
  size: number;
};

type Entry = {
  kind: SearchKind;
  id: string;
  label: string;
  fields: Array<[name: string, text: string, weight: number]>;
};

const LEAD_FIELDS: Array<[string, number]> = [
  ['contactName', 1],
  ['name', 1],
  ['companyName', 1],
  ['id', 0.9],
  ['email', 0.9],
  ['phone', 0.8],
  ['status', 0.6],
  ['assignee', 0.6],
  ['leadSource', 0.6],
];
const CRITERION_FIELDS: Array<[string, number]> = [
  ['label', 1],
  ['id', 0.9],
  ['group', 0.6],
  ['tooltip', 0.5],
];
const RULE_FIELDS: Array<[string, number]> = [
  ['name', 1],
  ['id', 0.9],
  ['description', 0.6],
];
const KIND_ORDER: Record<SearchKind, number> = { lead: 0, criterion: 1, rule: 2 };

function entry(kind: SearchKind, value: unknown, spec: Array<[string, number]>, path: Array<string | number>): Entry {
  return readSafely(
    () => {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new HotleadsError('INVALID_ARGUMENT', SEARCH_MESSAGES.record, { path });
      const read = (k: string) => {
        const v = Object.hasOwn(value, k) ? (value as Record<string, unknown>)[k] : undefined;
        return typeof v === 'string' && v !== '' ? v : undefined;
      };
      const id = read('id');
      if (id === undefined)
        throw new HotleadsError('INVALID_ARGUMENT', SEARCH_MESSAGES.record, { path: [...path, 'id'] });
      const fields: Entry['fields'] = [];
      for (const [name, weight] of spec) {
        const text = read(name);
        if (text !== undefined) fields.push([name, text.toLowerCase(), weight]);
      }
      const label =
        kind === 'lead'
          ? (read('contactName') ?? read('name') ?? read('companyName') ?? id)
          : (read(kind === 'rule' ? 'name' : 'label') ?? id);
      return { kind, id, label, fields };
    },
    'INVALID_ARGUMENT',
    path,
  );
}

function matchScore(text: string, q: string): number {
  if (text === q) return 100;
  const at = text.indexOf(q);
  if (at < 0) return 0;
  if (at === 0) return 80;
  let i = at;
  while (i >= 0) {
    const before = text.charCodeAt(i - 1);
    if (!((before >= 97 && before <= 122) || (before >= 48 && before <= 57))) return 60;
    i = text.indexOf(q, i + 1);
  }
  return 40;
}

/**
 * Builds one search over leads, criteria and rules (docs/lead-management.md, "Global search").
 * Text is matched case-insensitively as a plain substring (no regular expression is built from
 * it), and ranked by where it matched: the whole field, its start, the start of a word, anywhere;
 * primary fields (a lead's name, a criterion's label, a rule's name) count most. Ties go to
 * leads, then criteria, then rules, then by label and id. The index copies what it reads: later
 * changes to the records are not seen.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a list that is not one, or a record without a string
 *   id (path `['leads', i]`, `['criteria', i]`, `['rules', i]`); `search` for a query that is not
 *   a string of at most {@link MAX_SEARCH_LENGTH} characters, or bad options.
 * @example createSearchIndex({ leads, criteria: b2bLeadModel.criteria, rules }).search('budget')[0]
 */
export function createSearchIndex(sources: SearchSources): SearchIndex {
  const o = readOptions(sources ?? {}, ['leads', 'criteria', 'rules']);
  const entries: Entry[] = [];
  const add = (key: 'leads' | 'criteria' | 'rules', kind: SearchKind, spec: Array<[string, number]>) => {
    if (o[key] === undefined) return;
    const list = requireList(o[key], [key]);
    for (let i = 0; i < list.length; i++) entries.push(entry(kind, list[i], spec, [key, i]));
  };
  add('leads', 'lead', LEAD_FIELDS);
  add('criteria', 'criterion', CRITERION_FIELDS);
  add('rules', 'rule', RULE_FIELDS);
  return {
    size: entries.length,
    search(query: string, options?: SearchOptions): SearchHit[] {
      if (typeof query !== 'string' || query.length > MAX_SEARCH_LENGTH)
        throw new HotleadsError('INVALID_ARGUMENT', SEARCH_MESSAGES.query, { path: ['query'] });
      const so = readOptions(options, ['limit', 'kinds'], ['options']);
      const limit = so.limit ?? 20;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new HotleadsError('INVALID_ARGUMENT', SEARCH_MESSAGES.limit, { path: ['options', 'limit'] });
      let kinds: Set<string> | undefined;
      if (so.kinds !== undefined) {
        const k = so.kinds;
        if (!Array.isArray(k) || !k.every((x) => x === 'lead' || x === 'criterion' || x === 'rule'))
          throw new HotleadsError('INVALID_ARGUMENT', SEARCH_MESSAGES.kinds, { path: ['options', 'kinds'] });
        kinds = new Set(k as string[]);
      }
      const q = query.trim().toLowerCase();
      if (q === '') return [];
      const hits: SearchHit[] = [];
      for (const e of entries) {
        if (kinds !== undefined && !kinds.has(e.kind)) continue;
        let best = 0;
        let field = '';
        for (const [name, text, weight] of e.fields) {
          const s = matchScore(text, q) * weight;
          if (s > best) {
            best = s;
            field = name;
          }
        }
        if (best > 0) hits.push({ kind: e.kind, id: e.id, label: e.label, field, score: Math.round(best * 10) / 10 });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score ||
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
          (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      return hits.slice(0, limit);
    },
  };
}
