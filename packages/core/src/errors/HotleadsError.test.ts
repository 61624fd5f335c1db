import { describe, expect, it } from 'vitest';
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

  it('formats root and nested paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'a', 'b', 2])).toBe('[0].a.b[2]');
  });

  it('assert throws only on a falsy condition', () => {
    expect(() => assert(1 > 0, 'INVALID_ARGUMENT', 'never')).not.toThrow();
    expect(() => assert(false, 'INVALID_ARGUMENT', 'Bad', ['x'])).toThrowError(HotleadsError);
  });
});
