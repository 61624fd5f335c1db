import { describe, expect, it } from 'vitest';
import { compileFieldReader, readField } from './path';

describe('field paths', () => {
  it('reads dotted own properties and returns undefined for missing steps', () => {
    const lead = { id: 'a', company: { size: 120, name: 'Acme' } };
    expect(readField(lead, 'company.size')).toBe(120);
    expect(readField(lead, 'id')).toBe('a');
    expect(readField(lead, 'company.missing.deeper')).toBeUndefined();
    expect(readField(null, 'id')).toBeUndefined();
  });

  it('never reads inherited properties', () => {
    const proto = { inherited: 1 };
    const lead = Object.create(proto) as Record<string, unknown>;
    lead.id = 'x';
    expect(readField(lead, 'inherited')).toBeUndefined();
    expect(readField({ id: 'x' }, 'toString')).toBeUndefined();
  });

  it('rejects paths through __proto__, prototype or constructor and empty segments', () => {
    for (const path of ['__proto__', 'a.__proto__.b', 'constructor', 'a.prototype', '', 'a..b']) {
      expect(() => compileFieldReader(path, ['criteria', 0, 'field'])).toThrowError(
        expect.objectContaining({ code: 'INVALID_PATH', path: ['criteria', 0, 'field'] }),
      );
    }
  });
});
