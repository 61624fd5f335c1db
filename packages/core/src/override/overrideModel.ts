import { HotleadsError, isHotleadsError, type IssuePath } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { DEFAULT_BANDS } from '../scoring/bands';
import { parseScoringModel } from '../scoring/parseScoringModel';
import type { Bands, Criterion, Evaluator, ScoringModel } from '../scoring/types';
import { requireList } from '../validation/requireList';

/** The constant sentences of {@link overrideModel}. */
export const OVERRIDE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    layer: 'A layer is an object with criteria and bands, both optional',
    criteria: "A layer's criteria is an object keyed by criterion id",
    unknownCriterion: 'Unknown criterion id: a layer edits the criteria of the base model by id, and ids cannot change',
    edit: 'A criterion edit changes only weight, maxPoints, information and evaluation',
    evaluator: 'An evaluator edit is an evaluator object',
    noEvaluator: 'A layer can change only an evaluator the criterion has',
    kind: "An evaluator edit keeps the evaluator's kind",
    bands: "A layer's bands is an object with hot, high and warm, each optional",
    tooManyLayers: 'overrideModel takes at most 100 layers',
  } as const))();

/** The most layers {@link overrideModel} takes. */
export const MAX_LAYERS = 100;

/** What one layer may change in a criterion. Evaluators are replaced whole, keeping their kind. */
export type CriterionEdit = {
  weight?: number;
  maxPoints?: number;
  information?: Evaluator;
  evaluation?: Evaluator;
};

/** One layer of edits (admin defaults, a seller's edits): criteria keyed by id, and the bands. */
export type ModelLayer = {
  criteria?: Record<string, CriterionEdit>;
  bands?: Partial<Bands>;
};

/** A field {@link overrideModel} can change. */
export type ModelChangeField = keyof CriterionEdit | 'bands.hot' | 'bands.high' | 'bands.warm';

/** One changed field: base model against the result. */
export type ModelChange = {
  /** The criterion's id; `null` for the bands. */
  criterionId: string | null;
  field: ModelChangeField;
  before: unknown;
  after: unknown;
};

/** What {@link overrideModel} returns. */
export type OverrideResult = { model: ScoringModel; changes: ModelChange[] };

const EDIT_KEYS = /* @__PURE__ */ (() => new Set(['weight', 'maxPoints', 'information', 'evaluation']))();
const BAND_KEYS = ['hot', 'high', 'warm'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: object, k: string): unknown => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

function applyLayer(model: ScoringModel, layer: unknown, at: IssuePath): ScoringModel {
  if (!isObject(layer)) throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.layer, { path: at });
  for (const key of Object.keys(layer))
    if (key !== 'criteria' && key !== 'bands')
      throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.layer, { path: [...at, key] });
  const criteria: Criterion[] = model.criteria.map((c) => ({ ...c }));
  const next: ScoringModel = { ...model, criteria };
  const edits = own(layer, 'criteria');
  if (edits !== undefined) {
    if (!isObject(edits))
      throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.criteria, { path: [...at, 'criteria'] });
    for (const id of Object.keys(edits)) {
      const cAt: IssuePath = [...at, 'criteria', id];
      const c = criteria.find((x) => x.id === id);
      if (c === undefined) throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.unknownCriterion, { path: cAt });
      const edit = edits[id];
      if (!isObject(edit)) throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.edit, { path: cAt });
      for (const key of Object.keys(edit)) {
        if (!EDIT_KEYS.has(key))
          throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.edit, { path: [...cAt, key] });
        const value = edit[key];
        if (key === 'information' || key === 'evaluation') {
          if (!isObject(value))
            throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.evaluator, { path: [...cAt, key] });
          const before = c[key];
          if (before === undefined)
            throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.noEvaluator, { path: [...cAt, key] });
          if (own(value, 'kind') !== before.kind)
            throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.kind, { path: [...cAt, key, 'kind'] });
          c[key] = value as unknown as Evaluator;
        } else {
          (c as Record<string, unknown>)[key] = value;
        }
      }
    }
  }
  const bands = own(layer, 'bands');
  if (bands !== undefined) {
    if (!isObject(bands)) throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.bands, { path: [...at, 'bands'] });
    const out: Bands = { ...(model.bands ?? DEFAULT_BANDS) };
    for (const key of Object.keys(bands)) {
      if (!(BAND_KEYS as readonly string[]).includes(key))
        throw new HotleadsError('INVALID_MODEL', OVERRIDE_MESSAGES.bands, { path: [...at, 'bands', key] });
      out[key as keyof Bands] = bands[key] as number;
    }
    next.bands = out;
  }
  try {
    return parseScoringModel(next);
  } catch (e) {
    if (!isHotleadsError(e)) throw e;
    const [head, index, ...rest] = e.path;
    const where: IssuePath =
      head === 'criteria' && typeof index === 'number' && criteria[index] !== undefined
        ? [...at, 'criteria', criteria[index].id, ...rest]
        : [...at, ...e.path];
    throw new HotleadsError(e.code, e.detail, { path: where, cause: e });
  }
}

/**
 * Applies layers of edits to a scoring model (docs/lead-management.md, "Model overrides"): admin
 * defaults first, then a seller's edits; a later layer wins. A layer changes a criterion's
 * `weight`, `maxPoints`, or its `information` / `evaluation` evaluator (replaced whole, of the
 * same kind: new thresholds and points), and the `bands`. Criteria are named by id, and ids
 * cannot change. After each layer the model is validated by {@link parseScoringModel}'s rules.
 *
 * @returns the new model and one change per field that differs from `base` (criteria in model
 *   order, fields in the order weight, maxPoints, information, evaluation; then the bands).
 * @throws HotleadsError `INVALID_MODEL` for an invalid base or layer, with the path
 *   `['layers', i, 'criteria', id, field, …]` (or `['layers', i, 'bands', …]`);
 *   `INVALID_ARGUMENT` when `layers` is not a list of at most {@link MAX_LAYERS}.
 * @example overrideModel(b2bLeadModel, [{ criteria: { budget: { weight: 5 } } }]).changes
 *   // → [{ criterionId: 'budget', field: 'weight', before: 3, after: 5 }]
 */
export function overrideModel(base: ScoringModel, layers: readonly ModelLayer[]): OverrideResult {
  const original = parseScoringModel(base);
  const list = requireList<unknown>(layers, ['layers']);
  if (list.length > MAX_LAYERS)
    throw new HotleadsError('INVALID_ARGUMENT', OVERRIDE_MESSAGES.tooManyLayers, { path: ['layers'] });
  let model = original;
  for (let i = 0; i < list.length; i++) {
    try {
      model = applyLayer(model, list[i], ['layers', i]);
    } catch (e) {
      throw unreadable(e, 'INVALID_MODEL', ['layers', i]);
    }
  }
  const changes: ModelChange[] = [];
  original.criteria.forEach((c, i) => {
    const after = model.criteria[i]!;
    for (const field of ['weight', 'maxPoints', 'information', 'evaluation'] as const)
      if (canonical(c[field]) !== canonical(after[field]))
        changes.push({ criterionId: c.id, field, before: c[field], after: after[field] });
  });
  const b0 = original.bands ?? DEFAULT_BANDS;
  const b1 = model.bands ?? DEFAULT_BANDS;
  for (const k of BAND_KEYS)
    if (b0[k] !== b1[k]) changes.push({ criterionId: null, field: `bands.${k}`, before: b0[k], after: b1[k] });
  return { model, changes };
}
