import { DAY_MS, HotleadsError, toEpochMs, tryEpochMs, type Lead, type Time } from '@hotleads/core';
import { seededRandom } from '@hotleads/core/demo';
import { optionalBoolean, optionalNumber, optionalStrings, readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';

/** The fields masked by `anonymize` (top-level): names, email, phone, company. */
export const PERSONAL_FIELDS: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(['name', 'firstName', 'lastName', 'contactName', 'email', 'phone', 'company', 'companyName']))();

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

/** A lead's own `createdAt` in epoch ms, NaN when absent or unparseable (the lead is then outside every window). */
function createdAtOf(lead: unknown): number {
  if (lead === null || typeof lead !== 'object') return Number.NaN;
  return Object.hasOwn(lead, 'createdAt') ? tryEpochMs((lead as Lead).createdAt) : Number.NaN;
}

/**
 * Draws the preview sample (docs/rules.md, "Preview"): past leads of a time window (`createdAt`,
 * an own property, within `withinDays` before `now`, never after it), a fixed-seed random sample
 * of `size` (kept in input order), with personal fields masked when `anonymize` is set. Leads are
 * copied (own enumerable properties), never changed.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for leads that are not an array or a bad option,
 *   `INVALID_TIME` for `now`, `INVALID_LEAD` (path `['leads', index]`) for a lead that cannot be
 *   read (a getter or a Proxy that throws): it can be neither dated nor copied.
 * @example sampleLeads(leads, { now, withinDays: 30, size: 500, anonymize: true })
 */
export function sampleLeads(leads: readonly Lead[], options: SampleOptions): Lead[] {
  if (!Array.isArray(leads)) throw new HotleadsError('INVALID_ARGUMENT', 'leads must be an array', { path: ['leads'] });
  const o = readOptions(options, ['now', 'withinDays', 'size', 'anonymize', 'seed', 'personalFields']);
  const now = toEpochMs(o.now as Time, ['now']);
  const withinDays = optionalNumber(o.withinDays, (n) => n > 0, 'withinDays must be more than 0', ['withinDays']);
  const size = optionalNumber(o.size, (n) => Number.isSafeInteger(n) && n >= 0, 'size must be a whole number >= 0', [
    'size',
  ]);
  const seed = optionalNumber(o.seed, Number.isFinite, 'seed must be a finite number', ['seed']) ?? 1;
  const anonymize = optionalBoolean(o.anonymize, ['anonymize']) === true;
  const fields = optionalStrings(o.personalFields, ['personalFields']) ?? PERSONAL_FIELDS;
  const from = withinDays === undefined ? Number.NEGATIVE_INFINITY : now - withinDays * DAY_MS;
  const pool: number[] = [];
  for (let i = 0; i < leads.length; i++) {
    if (withinDays === undefined) {
      pool.push(i);
      continue;
    }
    const lead: unknown = leads[i];
    const created = readSafely(() => createdAtOf(lead), 'INVALID_LEAD', ['leads', i]);
    if (created === created && created >= from && created <= now) pool.push(i);
  }
  let chosen = pool;
  if (size !== undefined && size < pool.length) {
    const rnd = seededRandom(seed);
    const idx = [...pool];
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(rnd() * (idx.length - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    chosen = idx.slice(0, size).sort((a, b) => a - b);
  }
  return chosen.map((i, n) => {
    const lead: unknown = leads[i];
    const copy = readSafely(() => ({ ...(lead as Lead) }), 'INVALID_LEAD', ['leads', i]);
    if (!anonymize) return copy;
    for (const f of fields) if (Object.prototype.hasOwnProperty.call(copy, f)) copy[f] = mask(f, copy[f], n + 1);
    return copy;
  });
}
