import { HotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';

const CHUNK = 1 << 22;

/** @internal The message of a line of NDJSON that is not JSON. */
export const NOT_JSON = 'A line of the shard is not valid JSON';

/**
 * @internal Calls `line` for each non-blank line of UTF-8 text delivered by `next` chunk by chunk
 * (4 MiB at a time), with its 0-based line number. `next` fills the buffer and returns how many
 * bytes it wrote, 0 at the end.
 */
export function eachLine(next: (buffer: Uint8Array) => number, line: (text: string, n: number) => void): void {
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

/** @internal One line's JSON value; `INVALID_LEAD` at `['line', n]` when it is not JSON. */
export function parseNdjsonLine(text: string, n: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HotleadsError('INVALID_LEAD', NOT_JSON, { path: ['line', n] });
  }
}

/** @internal Calls `emit` with each line's value of NDJSON bytes, in order (blank lines skipped). */
export function eachNdjsonValue(bytes: Uint8Array, emit: (value: unknown) => void): void {
  let at = 0;
  eachLine(
    (buffer) => {
      const read = Math.min(buffer.length, bytes.length - at);
      buffer.set(bytes.subarray(at, at + read));
      at += read;
      return read;
    },
    (text, n) => emit(parseNdjsonLine(text, n)),
  );
}

/**
 * @internal NDJSON bytes of leads (one `JSON.stringify` per line), to move to a worker.
 * @throws HotleadsError `INVALID_LEAD` at `['leads', i]` for an entry JSON cannot write.
 */
export function encodeNdjson(leads: readonly Lead[]): Uint8Array {
  const lines = new Array<string>(leads.length);
  for (let i = 0; i < leads.length; i++) {
    let text: string | undefined;
    try {
      text = JSON.stringify(leads[i]);
    } catch (cause) {
      // A BigInt, a cycle, or a toJSON/getter that throws: JSON cannot write this lead.
      throw new HotleadsError('INVALID_LEAD', 'Expected a lead object', { path: ['leads', i], cause });
    }
    if (typeof text !== 'string')
      throw new HotleadsError('INVALID_LEAD', 'Expected a lead object', { path: ['leads', i] });
    lines[i] = text;
  }
  return new TextEncoder().encode(lines.join('\n'));
}
