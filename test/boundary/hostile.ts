// Hostile values for the boundary fuzz suites (issue: "a HotleadsError for every bad input").
// Every value is built fresh per run, so a test that mutates one cannot poison another run.
import fc from 'fast-check';

/** Values that are traps by construction: reading them may throw. The mutation check skips them. */
export const traps = new WeakSet<object>();

function trap<T extends object>(value: T): T {
  traps.add(value);
  return value;
}

/** An object whose every property read throws. */
export const throwingGetters = (): object =>
  trap(
    Object.defineProperties(
      {},
      Object.fromEntries(
        ['id', 'events', 'flags', 'now', 'type', 'at', 'amount', 'accountNumber', 'length', 'then', 'toString'].map(
          (key) => [
            key,
            {
              enumerable: true,
              get() {
                throw new Error(`hostile getter ${key}`);
              },
            },
          ],
        ),
      ),
    ),
  );

/** A Proxy whose every trap throws. */
export const throwingProxy = (): object =>
  trap(
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile proxy get');
        },
        // fast-check asks `cloneMethod in value` (a symbol) of every generated value.
        has: (_target, key) => {
          if (typeof key === 'symbol') return false;
          throw new Error('hostile proxy has');
        },
        ownKeys: () => {
          throw new Error('hostile proxy ownKeys');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('hostile proxy descriptor');
        },
        getPrototypeOf: () => {
          throw new Error('hostile proxy prototype');
        },
      },
    ),
  );

/** A Proxy of a real Date: `Date.prototype.getTime` refuses it. */
export const proxiedDate = (): object => trap(new Proxy(new Date(0), {}));

/** An object that claims to be a Date but is not one. */
export const fakeDate = (): object => trap(Object.create(Date.prototype) as object);

/** An object that refers to itself. */
export const cyclic = (): object => {
  const a: Record<string, unknown> = { id: 'cyclic' };
  a.self = a;
  a.events = [a];
  return a;
};

/** A deeply nested object (`{ all: [{ all: [ … ] }] }`-like), `depth` levels. */
export const deep = (depth: number, key = 'all'): object => {
  let value: Record<string, unknown> = { fact: 'x', operator: 'equal', value: 1 };
  for (let i = 0; i < depth; i += 1) value = { [key]: [value], not: value };
  return value;
};

/** An object with prototype-named own keys. */
export const prototypeKeys = (): object =>
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x", "toString": 1, "hasOwnProperty": null}') as object;

/** Inherits an `id` and `events` through the prototype, with no own properties. */
export const inherited = (): object =>
  Object.create({ id: 'inherited', events: [{ type: 'portal_visit', at: 0 }] }) as object;

/** Strings that break naive code: prototype keys, huge, empty, control characters, regex syntax. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'prototype',
    'hasOwnProperty',
    'Call',
    'CALL',
    'fax',
    '((((((((((',
    '.*',
    '\u0000',
    '\uD800',
    '2026-13-45',
    '2026-11-22T15:00:00',
    'NaN',
    '-0',
    '1e400',
  ),
  fc.constant('x'.repeat(40_000)),
  fc.constant('('.repeat(5_000)),
  fc.string({ maxLength: 20 }),
);

/** Numbers that break naive code. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 8.64e15, 8.64e15 + 1, 2 ** 53, -(2 ** 53)),
  fc.double(),
  fc.integer(),
);

/**
 * Any hostile value: wrong types, null, NaN, ±Infinity, huge and tiny numbers, long strings,
 * deep and cyclic objects, Proxies, throwing getters, prototype keys, fake Dates, BigInt, symbols.
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false),
  hostileNumber,
  hostileString,
  fc.constantFrom(1n, -(2n ** 70n)),
  fc.constant(Symbol('hostile')),
  fc.constant(() => 'a function'),
  fc.constant(null).map(() => ({})),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() => [null, undefined, NaN]),
  fc.constant(null).map(throwingGetters),
  fc.constant(null).map(throwingProxy),
  fc.constant(null).map(proxiedDate),
  fc.constant(null).map(fakeDate),
  fc.constant(null).map(cyclic),
  fc.constant(null).map(() => deep(2_000)),
  fc.constant(null).map(prototypeKeys),
  fc.constant(null).map(inherited),
  fc.constant(null).map(() => new Date(NaN)),
  fc.constant(null).map(() => new Set(['a'])),
  fc.constant(null).map(() => new Map([['a', 1]])),
);

/** Either a value from `valid` or a hostile one (hostile about a third of the time). */
export function validOrHostile<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: hostile, weight: 1 });
}

/**
 * A value of `valid` with one of its own fields replaced by a hostile value (an options object
 * whose `now` is a fake Date, a payment whose `amount` is a BigInt); anything that is not a
 * plain record comes back as it is.
 */
export function withHostileField<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.tuple(valid, fc.nat(), hostile).map(([value, k, bad]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || traps.has(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    return { ...value, [keys[k % keys.length]!]: bad };
  });
}

/** Valid (half the time), hostile, or valid with one hostile field. */
export function validOrSpoiled<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: 2 },
    { arbitrary: hostile, weight: 1 },
    { arbitrary: withHostileField(valid), weight: 1 },
  );
}
