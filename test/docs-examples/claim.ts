// The value a `// → …` comment claims, and how it is compared with what the code computed.
//
// A claim is written as a JavaScript literal: strings in single or double quotes (JS escapes),
// numbers (`1_234`, `-0.5`, `NaN`, `Infinity`), bigints (`12n`), `true`, `false`, `null`,
// `undefined`, arrays and objects (keys bare or quoted, trailing commas allowed). `…` (or `...`)
// as an object member means "other keys may follow"; as the last array element, "more elements may
// follow". `throws <value>` claims that the expression throws. After the value, ` — ` starts a
// remark that is not checked.
//
// The comparison is JSON's view of a value: object key order does not matter, a key whose value is
// undefined counts as absent, a Date is its ISO string, an Error is `{ name, message, …own keys }`.
// Strings, booleans and null compare exactly, numbers with Object.is except that 0 equals -0.

/** A parsed claim value. */
export type ClaimValue =
  | { kind: 'literal'; value: string | number | bigint | boolean | null | undefined }
  | { kind: 'array'; items: ClaimValue[]; rest: boolean }
  | { kind: 'object'; entries: Array<[string, ClaimValue]>; rest: boolean };

/** A parsed `// →` comment. */
export type Claim = { throws: boolean; value: ClaimValue; text: string };

/** A claim that cannot be parsed. */
export class ClaimSyntaxError extends Error {
  override name = 'ClaimSyntaxError';
}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  fail(message: string): never {
    throw new ClaimSyntaxError(`${message} at column ${this.pos + 1} of \`${this.text}\``);
  }
  skip(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  peek(s: string): boolean {
    this.skip();
    return this.text.startsWith(s, this.pos);
  }
  eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }
  expect(s: string): void {
    if (!this.eat(s)) this.fail(`expected "${s}"`);
  }
  ellipsis(): boolean {
    return this.eat('…') || this.eat('...');
  }
}

const IDENT = /^[A-Za-z_$][\w$]*/;
const NUMBER = /^-?(?:\d[\d_]*(?:\.[\d_]+)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?)(n?)/;
const WORDS: Record<string, ClaimValue> = {
  true: { kind: 'literal', value: true },
  false: { kind: 'literal', value: false },
  null: { kind: 'literal', value: null },
  undefined: { kind: 'literal', value: undefined },
  NaN: { kind: 'literal', value: NaN },
  Infinity: { kind: 'literal', value: Infinity },
};

function readString(r: Reader): string {
  const quote = r.text[r.pos]!;
  let out = '';
  r.pos++;
  while (r.pos < r.text.length) {
    const c = r.text[r.pos++]!;
    if (c === quote) return out;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = r.text[r.pos++];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (e === undefined) break;
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(r.text.slice(r.pos, r.pos + 2), 16));
      r.pos += 2;
    } else if (e === 'u' && r.text[r.pos] === '{') {
      const end = r.text.indexOf('}', r.pos);
      out += String.fromCodePoint(parseInt(r.text.slice(r.pos + 1, end), 16));
      r.pos = end + 1;
    } else if (e === 'u') {
      out += String.fromCharCode(parseInt(r.text.slice(r.pos, r.pos + 4), 16));
      r.pos += 4;
    } else out += e;
  }
  return r.fail('unterminated string');
}

function readKey(r: Reader): string {
  r.skip();
  const c = r.text[r.pos];
  if (c === "'" || c === '"') return readString(r);
  const m = IDENT.exec(r.text.slice(r.pos)) ?? /^\d+/.exec(r.text.slice(r.pos));
  if (!m) return r.fail('expected a key');
  r.pos += m[0].length;
  return m[0];
}

function readValue(r: Reader): ClaimValue {
  r.skip();
  const c = r.text[r.pos];
  if (c === undefined) return r.fail('expected a value');
  if (c === "'" || c === '"') return { kind: 'literal', value: readString(r) };
  if (c === '[') {
    r.pos++;
    const items: ClaimValue[] = [];
    let rest = false;
    while (!r.eat(']')) {
      if (r.ellipsis()) {
        rest = true;
        r.eat(',');
        r.expect(']');
        break;
      }
      items.push(readValue(r));
      if (!r.eat(',')) {
        r.expect(']');
        break;
      }
    }
    return { kind: 'array', items, rest };
  }
  if (c === '{') {
    r.pos++;
    const entries: Array<[string, ClaimValue]> = [];
    let rest = false;
    while (!r.eat('}')) {
      if (r.ellipsis()) rest = true;
      else {
        const key = readKey(r);
        r.expect(':');
        if (entries.some(([k]) => k === key)) r.fail(`duplicate key "${key}"`);
        entries.push([key, readValue(r)]);
      }
      if (!r.eat(',')) {
        r.expect('}');
        break;
      }
    }
    return { kind: 'object', entries, rest };
  }
  const rest = r.text.slice(r.pos);
  const num = NUMBER.exec(rest);
  if (num) {
    r.pos += num[0].length;
    const digits = num[0].replace(/_/g, '');
    return { kind: 'literal', value: num[1] === 'n' ? BigInt(digits.slice(0, -1)) : Number(digits) };
  }
  if (rest.startsWith('-Infinity')) {
    r.pos += 9;
    return { kind: 'literal', value: -Infinity };
  }
  const word = IDENT.exec(rest)?.[0];
  if (word !== undefined && Object.hasOwn(WORDS, word)) {
    r.pos += word.length;
    return WORDS[word]!;
  }
  return r.fail('expected a string, number, true, false, null, undefined, an array or an object');
}

/** Parses the text after `// →`. Throws {@link ClaimSyntaxError}. */
export function parseClaim(text: string): Claim {
  const trimmed = text.trim();
  const r = new Reader(trimmed);
  const throws = /^throws\b/.test(trimmed);
  if (throws) r.pos = 'throws'.length;
  const value = readValue(r);
  r.skip();
  const remark = r.text.slice(r.pos);
  if (remark !== '' && !remark.startsWith('—')) r.fail('unexpected text after the value (start a remark with " — ")');
  return { throws, value, text: trimmed };
}

/**
 * Whether a claim's brackets and quotes are still open at the end of `text`: a claim written over
 * several comment lines goes on while they are.
 */
export function isOpen(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '—' && depth === 0) return false; // a remark: the value has ended
  }
  return quote !== null || depth > 0;
}

/** JSON's view of a thrown or computed value, for comparing and printing. */
function view(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Error) {
    const own: Record<string, unknown> = { name: value.name, message: value.message };
    for (const key of Object.keys(value)) own[key] = (value as unknown as Record<string, unknown>)[key];
    return own;
  }
  return value;
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Map) return 'a Map (claim [...map] instead)';
  if (value instanceof Set) return 'a Set (claim [...set] instead)';
  if (typeof value === 'function') return 'a function';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function keyPath(path: string, key: string): string {
  return IDENT.test(key) && IDENT.exec(key)![0] === key ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Compares a value with a claim. Returns null when it matches, else where and how it differs
 * (`at .change.changePercent: expected '+37.5%', got '+0.0%'`).
 */
export function mismatch(actual: unknown, claim: ClaimValue, path = ''): string | null {
  const a = view(actual);
  const at = path === '' ? '' : `at ${path}: `;
  if (claim.kind === 'literal') {
    const e = claim.value;
    const same =
      typeof e === 'number' && typeof a === 'number' ? Object.is(e, a) || (e === 0 && a === 0) : Object.is(e, a);
    return same ? null : `${at}expected ${printValue(e)}, got ${printValue(a)}`;
  }
  if (claim.kind === 'array') {
    if (!Array.isArray(a)) return `${at}expected an array, got ${describeKind(a)}`;
    if (claim.rest ? a.length < claim.items.length : a.length !== claim.items.length)
      return `${at}expected ${claim.rest ? 'at least ' : ''}${claim.items.length} elements, got ${a.length}`;
    for (let i = 0; i < claim.items.length; i++) {
      const m = mismatch(a[i], claim.items[i]!, `${path}[${i}]`);
      if (m !== null) return m;
    }
    return null;
  }
  if (a === null || typeof a !== 'object' || Array.isArray(a) || a instanceof Map || a instanceof Set)
    return `${at}expected an object, got ${describeKind(a)}`;
  const record = a as Record<string, unknown>;
  for (const [key, value] of claim.entries) {
    const m = mismatch(Object.hasOwn(record, key) ? record[key] : undefined, value, keyPath(path, key));
    if (m !== null) return m;
  }
  if (!claim.rest) {
    const claimed = new Set(claim.entries.map(([k]) => k));
    const extra = Object.keys(record).filter((k) => !claimed.has(k) && record[k] !== undefined);
    if (extra.length > 0)
      return `${at}unexpected key${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')} (add them, or … for "and more")`;
  }
  return null;
}

/** Characters a reader cannot tell from a space (or cannot see), escaped when printed: `\u00a0`. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g;

/** A value written the way a claim is, so a failure message can be pasted into the doc. */
export function printValue(value: unknown, seen = new Set<unknown>()): string {
  const v = view(value);
  if (typeof v === 'string')
    return `'${v
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v === null || typeof v === 'boolean' || v === undefined) return String(v);
  if (typeof v !== 'object') return `<${typeof v}>`;
  if (seen.has(v)) return '<circular>';
  seen.add(v);
  try {
    if (Array.isArray(v)) return `[${v.map((x) => printValue(x, seen)).join(', ')}]`;
    if (v instanceof Map || v instanceof Set) return `<${v.constructor.name}>`;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    const key = (k: string) => (IDENT.exec(k)?.[0] === k ? k : printValue(k));
    return `{ ${entries.map(([k, x]) => `${key(k)}: ${printValue(x, seen)}`).join(', ')} }`;
  } finally {
    seen.delete(v);
  }
}
