import { closeSync, openSync, readSync } from 'node:fs';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import { HotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import type { ShardSource } from './types';

const CHUNK = 1 << 22;

/** @internal A shard's source as it travels to a worker (`leads` already encoded). */
export type WireSource = Exclude<ShardSource, { leads: readonly Lead[] }>;

/** @internal The message of a line of NDJSON that is not JSON. */
export const NOT_JSON = 'A line of the shard is not valid JSON';
/** @internal The message of a shard source of none of the known kinds. */
export const UNKNOWN_SOURCE = 'Expected a shard source: { ndjson }, { bytes }, { leads } or { demo }';

/** Calls `line` for each non-blank line of UTF-8 text delivered by `next` chunk by chunk. */
function eachLine(next: (buffer: Uint8Array) => number, line: (text: string, n: number) => void): void {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const buffer = new Uint8Array(CHUNK);
  let rest = '';
  let n = 0;
  for (;;) {
    const read = next(buffer);
    const text = rest + decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
    const lines = text.split('\n');
    rest = read > 0 ? lines.pop()! : '';
    for (const l of lines) {
      if (l.trim() !== '') line(l, n);
      n++;
    }
    if (read === 0) return;
  }
}

function parseLine(text: string, n: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HotleadsError('INVALID_LEAD', NOT_JSON, { path: ['line', n] });
  }
}

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
        (text, n) => emit(parseLine(text, n)),
      );
    } finally {
      closeSync(fd);
    }
  } else if (Object.hasOwn(source, 'bytes')) {
    const bytes = (source as { bytes: unknown }).bytes;
    if (!(bytes instanceof Uint8Array))
      throw new HotleadsError('INVALID_ARGUMENT', UNKNOWN_SOURCE, { path: ['bytes'] });
    let at = 0;
    eachLine(
      (buffer) => {
        const read = Math.min(buffer.length, bytes.length - at);
        buffer.set(bytes.subarray(at, at + read));
        at += read;
        return read;
      },
      (text, n) => emit(parseLine(text, n)),
    );
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
  const lines = new Array<string>(leads.length);
  for (let i = 0; i < leads.length; i++) {
    const text = JSON.stringify(leads[i]);
    if (typeof text !== 'string')
      throw new HotleadsError('INVALID_LEAD', 'Expected a lead object', { path: ['leads', i] });
    lines[i] = text;
  }
  return new TextEncoder().encode(lines.join('\n'));
}
