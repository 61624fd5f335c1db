import { HotleadsError, HOUR_MS, toEpochMs, tryEpochMs, type Lead, type Time } from '@hotleads/core';
import { seededRandom } from '@hotleads/core/demo';

/** The fields masked by `anonymize` (top-level): names, email, phone, company. */
export const PERSONAL_FIELDS: readonly string[] = Object.freeze([
  'name',
  'firstName',
  'lastName',
  'contactName',
  'email',
  'phone',
  'company',
  'companyName',
]);

/** Options of {@link sampleLeads}. */
export type SampleOptions = {
  now: Time;
  /** Only leads created (`createdAt`) within this many days before `now`. */
  withinDays?: number;
  /** How many leads to draw (default: all in the window). */
  size?: number;
  /** Mask personal fields (default false). */
  anonymize?: boolean;
  /** Seed of the draw (default 1): the same inputs always give the same sample. */
  seed?: number;
  /** Fields to mask (default {@link PERSONAL_FIELDS}). */
  personalFields?: readonly string[];
};

function mask(field: string, value: unknown, n: number): unknown {
  if (value === undefined || value === null || value === '') return value;
  if (field === 'email') return `lead-${n}@example.invalid`;
  if (field === 'phone') return '+00 000 000 0000';
  if (field === 'company' || field === 'companyName') return `Company ${n}`;
  return `Lead ${n}`;
}

/**
 * Draws the preview sample (docs/rules.md, "Preview"): past leads of a time window (`createdAt` within
 * `withinDays` before `now`, never after it), a fixed-seed random sample of `size` (kept in input
 * order), with personal fields masked when `anonymize` is set. Leads are copied, never changed.
 *
 * @example sampleLeads(leads, { now, withinDays: 30, size: 500, anonymize: true })
 */
export function sampleLeads(leads: readonly Lead[], options: SampleOptions): Lead[] {
  if (!Array.isArray(leads)) throw new HotleadsError('INVALID_ARGUMENT', 'leads must be an array', { path: ['leads'] });
  const now = toEpochMs(options.now, ['now']);
  const { withinDays, size } = options;
  if (withinDays !== undefined && !(withinDays > 0))
    throw new HotleadsError('INVALID_ARGUMENT', 'withinDays must be more than 0', { path: ['withinDays'] });
  if (size !== undefined && !(Number.isInteger(size) && size >= 0))
    throw new HotleadsError('INVALID_ARGUMENT', 'size must be a whole number >= 0', { path: ['size'] });
  const from = withinDays === undefined ? Number.NEGATIVE_INFINITY : now - withinDays * 24 * HOUR_MS;
  const pool: number[] = [];
  leads.forEach((lead, i) => {
    if (withinDays === undefined) return void pool.push(i);
    const created = lead !== null && typeof lead === 'object' ? tryEpochMs(lead.createdAt) : Number.NaN;
    if (created === created && created >= from && created <= now) pool.push(i);
  });
  let chosen = pool;
  if (size !== undefined && size < pool.length) {
    const rnd = seededRandom(options.seed ?? 1);
    const idx = [...pool];
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(rnd() * (idx.length - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    chosen = idx.slice(0, size).sort((a, b) => a - b);
  }
  const fields = options.personalFields ?? PERSONAL_FIELDS;
  return chosen.map((i, n) => {
    const lead = leads[i]!;
    if (options.anonymize !== true) return { ...lead };
    const copy: Lead = { ...lead };
    for (const f of fields) if (Object.prototype.hasOwnProperty.call(copy, f)) copy[f] = mask(f, copy[f], n + 1);
    return copy;
  });
}
