import { closeSync, openSync, readSync } from 'node:fs';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import { HotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import { eachLine, eachNdjsonValue, encodeNdjson, parseNdjsonLine } from '../worker/ndjson';
import type { ShardSource } from './types';

/** @internal A shard's source as it travels to a worker (`leads` already encoded). */
export type WireSource = Exclude<ShardSource, { leads: readonly Lead[] }>;

/** @internal The message of a shard source of none of the known kinds. */
export const UNKNOWN_SOURCE = 'Expected a shard source: { ndjson }, { bytes }, { leads } or { demo }';

/**
 * @internal Calls `visit` for each lead of a shard, in order, without holding the whole shard:
 * an NDJSON file is read in 4 MiB chunks.
 *
 * @throws HotleadsError `INVALID_LEAD` for a line that is not JSON (path `['line', n]`), what
 *   `visit` throws with `['leads', index]` before its path,
 *   `INVALID_ARGUMENT` for a source of no known kind, `NOT_FOUND` for a file that cannot be read.
 */
export function forEachLead(source: WireSource | ShardSource, visit: (lead: Lead, index: number) => void): void {
  requireOptions(source);
  let index = 0;
  const emit = (value: unknown) => {
    try {
      visit(value as Lead, index);
    } catch (error) {
      throw HotleadsError.wrap(error, ['leads', index]);
    }
    index++;
  };
  if (Object.hasOwn(source, 'leads')) {
    const leads = (source as { leads: readonly Lead[] }).leads;
    if (!Array.isArray(leads)) throw new HotleadsError('INVALID_ARGUMENT', UNKNOWN_SOURCE, { path: ['leads'] });
    for (const lead of leads) emit(lead);
  } else if (Object.hasOwn(source, 'ndjson')) {
    const path = (source as { ndjson: unknown }).ndjson;
    if (typeof path !== 'string' || path === '')
      throw new HotleadsError('INVALID_ARGUMENT', UNKNOWN_SOURCE, { path: ['ndjson'] });
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (cause) {
      throw new HotleadsError('NOT_FOUND', 'The shard file cannot be read', { path: ['ndjson'], cause });
    }
    try {
      eachLine(
        (buffer) => readSync(fd, buffer, 0, buffer.length, null),
        (text, n) => emit(parseNdjsonLine(text, n)),
      );
    } finally {
      closeSync(fd);
    }
  } else if (Object.hasOwn(source, 'bytes')) {
    const bytes = (source as { bytes: unknown }).bytes;
    if (!(bytes instanceof Uint8Array))
      throw new HotleadsError('INVALID_ARGUMENT', UNKNOWN_SOURCE, { path: ['bytes'] });
    eachNdjsonValue(bytes, emit);
  } else if (Object.hasOwn(source, 'demo') && (source as { demo: unknown }).demo === 'b2b') {
    const { size, seed, now } = source as { size: number; seed: number; now: string };
    for (const lead of generateB2bLeads({ size, seed, now })) emit(lead);
  } else {
    throw new HotleadsError('INVALID_ARGUMENT', UNKNOWN_SOURCE);
  }
}

/** @internal NDJSON bytes of leads (one `JSON.stringify` per line), to move to a worker. */
export function encodeLeads(leads: readonly Lead[]): Uint8Array {
  if (!Array.isArray(leads)) throw new HotleadsError('INVALID_ARGUMENT', UNKNOWN_SOURCE, { path: ['leads'] });
  return encodeNdjson(leads);
}
