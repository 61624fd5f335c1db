import type { DecoratorDefinition } from './types';

type Listish = { some(fn: (x: unknown) => boolean): boolean; every(fn: (x: unknown) => boolean): boolean };

/**
 * json-rules-engine 7's operator decorators (`someFact:equal`, `not:in`, ...), with identical
 * semantics: `someFact`/`everyFact` need an array fact; `someValue`/`everyValue` call the value's
 * `some`/`every` (a non-list value throws); `swap` exchanges the sides; `not` negates.
 */
export const builtinDecorators: readonly DecoratorDefinition[] = /* @__PURE__ */ (() =>
  Object.freeze([
    {
      name: 'someFact',
      callback: (fv, jv, next) => (fv as Listish).some((x) => next(x, jv)),
      factValueValidator: Array.isArray,
    },
    { name: 'someValue', callback: (fv, jv, next) => (jv as Listish).some((x) => next(fv, x)) },
    {
      name: 'everyFact',
      callback: (fv, jv, next) => (fv as Listish).every((x) => next(x, jv)),
      factValueValidator: Array.isArray,
    },
    { name: 'everyValue', callback: (fv, jv, next) => (jv as Listish).every((x) => next(fv, x)) },
    { name: 'swap', callback: (fv, jv, next) => next(jv, fv) },
    { name: 'not', callback: (fv, jv, next) => !next(fv, jv) },
  ]))();
