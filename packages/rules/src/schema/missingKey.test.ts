import { unknownConditionMessage } from './registryFacts';
import { isHotleadsError } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { validateRule } from './validateRule';

const base = {
  id: 'r',
  name: 'R',
  trigger: { type: 'fieldChange', fields: ['budget'] },
  actions: [{ type: 'addTag', tag: 'a' }],
};
function refusal(conditions: unknown): { detail: string; path: unknown[] } {
  try {
    validateRule({ ...base, conditions } as never);
  } catch (e) {
    expect(isHotleadsError(e, 'INVALID_RULE')).toBe(true);
    return e as never;
  }
  throw new Error('accepted');
}

describe('validateRule names the missing key', () => {
  it('names operator, fact and value, keeping the location in path', () => {
    expect(refusal({ all: [{ fact: 'budget', value: 1 }] })).toMatchObject({
      detail: "Invalid rule: missing 'operator'",
      path: ['conditions', 'all', 0, 'operator'],
    });
    expect(refusal({ all: [{ operator: 'equal', value: 1 }] }).detail).toBe("Invalid rule: missing 'fact'");
    const v = refusal({ all: [{ fact: 'budget', operator: 'equal' }] });
    expect(v.detail).toBe("Invalid rule: missing 'value' (any type is allowed)");
    expect(v.detail).not.toContain('expected string');
  });

  it('says clearly that a rule needs conditions', () => {
    expect(refusal(undefined)).toMatchObject({
      detail: expect.stringContaining('a rule needs conditions'),
      path: ['conditions'],
    });
    for (const c of [{ all: [{ all: undefined }] }, { all: [{}] }]) {
      const r = refusal(c);
      expect(r.detail).toContain("missing 'all', 'any', 'not' or 'fact'");
      expect(r.detail).not.toContain('expected array');
    }
    // A named condition reference is a node of its own: without the name in the conditions option it is unknown.
    expect(refusal({ all: [{ condition: 'isVip' }] }).detail).toBe(unknownConditionMessage('isVip'));
  });

  it('keeps the zod sentence for a present value of the wrong type', () => {
    expect(refusal({ all: [{ fact: 'budget', operator: 3, value: 1 }] }).detail).not.toContain('missing');
  });
});
