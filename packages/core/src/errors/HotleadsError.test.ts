import { describe, expect, it, vi } from 'vitest';
import { HotleadsError, formatPath, isHotleadsError } from './HotleadsError';
import { assert } from './assert';

describe('HotleadsError', () => {
  it('carries a code, a path and a message naming the path', () => {
    const error = new HotleadsError('INVALID_MODEL', 'Weight must be ≥ 0', { path: ['criteria', 3, 'weight'] });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('INVALID_MODEL');
    expect(error.path).toEqual(['criteria', 3, 'weight']);
    expect(error.message).toBe('Weight must be ≥ 0 (at criteria[3].weight)');
    expect(error.name).toBe('HotleadsError');
    expect(isHotleadsError(error, 'INVALID_MODEL')).toBe(true);
    expect(isHotleadsError(error, 'INVALID_RULE')).toBe(false);
    expect(isHotleadsError(new Error('x'))).toBe(false);
  });

  it('keeps the bare problem in detail, apart from its place', () => {
    const error = new HotleadsError('INVALID_MODEL', 'Weight must be ≥ 0', { path: ['criteria', 3, 'weight'] });
    expect(error.detail).toBe('Weight must be ≥ 0');
    expect(new HotleadsError('NOT_FOUND', 'No agent "a"').message).toBe('No agent "a"');
    expect(new HotleadsError('NOT_FOUND', 'No agent "a"').detail).toBe('No agent "a"');
  });

  it('withPathPrefix adds context without touching the message text: a new error, the old one as cause', () => {
    const inner = new HotleadsError('INVALID_LEAD', 'A lead needs a non-empty string id', { path: ['id'] });
    const outer = inner.withPathPrefix(['leads', 4]);
    expect(outer).not.toBe(inner);
    expect(outer).toBeInstanceOf(HotleadsError);
    expect(outer.code).toBe('INVALID_LEAD');
    expect(outer.path).toEqual(['leads', 4, 'id']);
    expect(outer.detail).toBe('A lead needs a non-empty string id');
    expect(outer.message).toBe('A lead needs a non-empty string id (at leads[4].id)');
    expect(outer.cause).toBe(inner);
    expect(inner.path).toEqual(['id']);
    // Twice: the prefixes stack, the message never repeats its place.
    expect(outer.withPathPrefix([2]).message).toBe('A lead needs a non-empty string id (at [2].leads[4].id)');
    // A message that itself contains "(at …)" survives: nothing parses it.
    const odd = new HotleadsError('INVALID_RULE', 'Unknown fact "x (at y)"', { path: ['fact'] }).withPathPrefix([0]);
    expect(odd.detail).toBe('Unknown fact "x (at y)"');
    expect(odd.message).toBe('Unknown fact "x (at y)" (at [0].fact)');
  });

  it('wrap prefixes a hotleads error and returns anything else as it is', () => {
    const inner = new HotleadsError('INVALID_TIME', 'Expected a valid time', { path: ['at'] });
    const wrapped = HotleadsError.wrap(inner, ['touches', 1]);
    expect(wrapped).toMatchObject({ code: 'INVALID_TIME', path: ['touches', 1, 'at'], cause: inner });
    const other = new TypeError('boom');
    expect(HotleadsError.wrap(other, ['x'])).toBe(other);
    expect(HotleadsError.wrap('text', ['x'])).toBe('text');
  });

  it('is recognized by its brand, so an error of another build of the class counts too', async () => {
    vi.resetModules();
    const copy = await import('./HotleadsError');
    expect(copy.HotleadsError).not.toBe(HotleadsError); // a second class identity, as ESM vs CJS
    const foreign = new copy.HotleadsError('INVALID_RULE', 'Bad rule', { path: ['conditions'] });
    expect(Object.getPrototypeOf(foreign)).not.toBe(HotleadsError.prototype);
    expect(isHotleadsError(foreign)).toBe(true);
    expect(isHotleadsError(foreign, 'INVALID_RULE')).toBe(true);
    expect(foreign instanceof HotleadsError).toBe(true);
    expect(copy.isHotleadsError(new HotleadsError('CONFLICT', 'x'))).toBe(true);
    const wrapped = HotleadsError.wrap(foreign, [3]) as HotleadsError;
    expect(wrapped).toMatchObject({
      code: 'INVALID_RULE',
      path: [3, 'conditions'],
      detail: 'Bad rule',
      cause: foreign,
    });
    expect(wrapped.message).toBe('Bad rule (at [3].conditions)');
  });

  it('reads the global brand Symbol.for("hotleads.error"), not the class', () => {
    const lookAlike = Object.assign(new Error('Bad (at x)'), {
      [Symbol.for('hotleads.error')]: true,
      code: 'INVALID_ARGUMENT',
      path: ['x'],
      detail: 'Bad',
    });
    expect(isHotleadsError(lookAlike, 'INVALID_ARGUMENT')).toBe(true);
    expect(lookAlike instanceof HotleadsError).toBe(true);
    expect(isHotleadsError(Object.assign(new Error('x'), { code: 'INVALID_ARGUMENT', path: [] }))).toBe(false);
    expect(isHotleadsError({ [Symbol.for('hotleads.error')]: 'yes' })).toBe(false);
    for (const v of [null, undefined, 0, 'HotleadsError', {}]) expect(isHotleadsError(v)).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(isHotleadsError(revoked.proxy)).toBe(false);
    expect(revoked.proxy instanceof HotleadsError).toBe(false);
    expect((new HotleadsError('X', 'y') as unknown as Record<symbol, unknown>)[Symbol.for('hotleads.error')]).toBe(
      true,
    );
  });

  it('a subclass keeps ordinary instanceof', () => {
    class Sub extends HotleadsError {}
    const sub = new Sub('X', 'y');
    expect(sub instanceof Sub).toBe(true);
    expect(sub instanceof HotleadsError).toBe(true);
    expect(new HotleadsError('X', 'y') instanceof Sub).toBe(false);
  });

  it('formats root and nested paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'a', 'b', 2])).toBe('[0].a.b[2]');
  });

  it('assert throws only on a falsy condition', () => {
    expect(() => assert(1 > 0, 'INVALID_ARGUMENT', 'never')).not.toThrow();
    expect(() => assert(false, 'INVALID_ARGUMENT', 'Bad', ['x'])).toThrowError(HotleadsError);
  });
});
