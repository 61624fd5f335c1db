import { describe, expect, it } from 'vitest';
import { defaultLeadStrings as s } from './leadStrings';

describe('defaultLeadStrings', () => {
  it('says "lead" for one and "leads" for any other count', () => {
    expect(s.moveSelected('1', 1)).toBe('Move 1 lead');
    expect(s.moveSelected('2', 2)).toBe('Move 2 leads');
    expect(s.wouldFire('1', 1)).toBe('Moving 1 lead would fire');
    expect(s.wouldFire('0', 0)).toBe('Moving 0 leads would fire');
    expect(s.ruleFires('Welcome', '1', 1)).toBe('Welcome: for 1 lead');
    expect(s.ruleFiresLater('Welcome', '1,000', 1000, '2')).toBe('Welcome: for 1,000 leads, from cascade step 2');
  });
});
