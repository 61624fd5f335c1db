import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, rule } from '../__tests__/arbitraries';
import { extendCatalog } from '../catalog/extendCatalog';
import { validateRule } from '../schema/validateRule';
import { ruleTemplates } from '../templates/ruleTemplates';
import { exportRules, importRules, RULE_FILE_FORMAT, RULE_FILE_MESSAGES, RULE_FILE_VERSION } from './ruleFile';

function errorOf(run: () => unknown): { code: string; path: unknown; detail: string } {
  try {
    run();
  } catch (e) {
    return e as { code: string; path: unknown; detail: string };
  }
  throw new Error('expected a throw');
}

const file = (patch: Record<string, unknown> = {}) =>
  JSON.stringify({ format: RULE_FILE_FORMAT, version: RULE_FILE_VERSION, rules: [...ruleTemplates], ...patch });

describe('rule files', () => {
  it('writes the format, the version, exportedAt and the normalized rules, and reads them back', () => {
    const text = exportRules([{ ...ruleTemplates[1]!, priority: 'High' as never }], {
      exportedAt: '2026-03-01T07:00:00-05:00',
    });
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'hotleads.rules', version: 1, exportedAt: '2026-03-01T12:00:00.000Z' });
    expect(parsed.rules[0].priority).toBe(8);
    expect(importRules(text)).toEqual([{ ...ruleTemplates[1]!, priority: 8 }]);
    expect(importRules(parsed)).toEqual(importRules(text)); // the parsed value reads the same
    expect(importRules(exportRules(ruleTemplates))).toEqual(ruleTemplates.map((r) => validateRule(r)));
  });

  it('round-trips random rule sets of the differential test, with the catalog they use', () => {
    fc.assert(
      fc.property(fc.uniqueArray(rule, { maxLength: 4, selector: (r) => r.id }), (rules) => {
        const text = exportRules(rules, { catalog });
        const back = importRules(text, { catalog });
        expect(back).toEqual(rules.map((r) => JSON.parse(JSON.stringify(validateRule(r, { catalog })))));
        expect(exportRules(back, { catalog })).toBe(text); // writing what was read gives the same text
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it.each([
    ['text that is no JSON', '{"format":', [], RULE_FILE_MESSAGES.json],
    ['a list', '[]', [], RULE_FILE_MESSAGES.object],
    ['another format', file({ format: 'other' }), ['format'], RULE_FILE_MESSAGES.format],
    ['a newer version', file({ version: 2 }), ['version'], RULE_FILE_MESSAGES.newer],
    ['a version that is no number', file({ version: '1' }), ['version'], RULE_FILE_MESSAGES.version],
    ['no rules', file({ rules: undefined }), ['rules'], RULE_FILE_MESSAGES.rules],
    ['an unknown key', file({ author: 'x' }), ['author'], RULE_FILE_MESSAGES.key],
    ['a local exportedAt', file({ exportedAt: '2026-03-01T12:00:00' }), ['exportedAt'], RULE_FILE_MESSAGES.exportedAt],
  ])('refuses %s as INVALID_RULE_FILE', (_what, text, path, detail) => {
    expect(errorOf(() => importRules(text))).toMatchObject({ code: 'INVALID_RULE_FILE', path, detail });
  });

  it('refuses a rule that does not validate, or a repeated id, at its place in the file', () => {
    const bad = { ...ruleTemplates[0]!, conditions: { all: [{ fact: 'shoeSize', operator: 'equal', value: 1 }] } };
    expect(errorOf(() => importRules(file({ rules: [ruleTemplates[1], bad] })))).toMatchObject({
      code: 'INVALID_RULE',
      path: ['rules', 1, 'conditions', 'all', 0, 'fact'],
    });
    expect(errorOf(() => importRules(file({ rules: [ruleTemplates[0], ruleTemplates[0]] })))).toMatchObject({
      code: 'INVALID_RULE',
      path: ['rules', 1, 'id'],
      detail: RULE_FILE_MESSAGES.duplicate,
    });
    expect(errorOf(() => exportRules([ruleTemplates[0]!, ruleTemplates[0]!]))).toMatchObject({ path: [1, 'id'] });
    expect(errorOf(() => exportRules([bad]))).toMatchObject({
      code: 'INVALID_RULE',
      path: [0, 'conditions', 'all', 0, 'fact'],
    });
  });

  it('checks facts against the catalog it is given, both ways', () => {
    const own = extendCatalog([{ id: 'account.risk', label: 'Risk', type: 'enum', options: ['A'] }]);
    const r = { ...ruleTemplates[0]!, conditions: { all: [{ fact: 'account.risk', operator: 'equal', value: 'A' }] } };
    expect(importRules(exportRules([r], { catalog: own }), { catalog: own })).toHaveLength(1);
    expect(errorOf(() => importRules(exportRules([r], { catalog: own })))).toMatchObject({ code: 'INVALID_RULE' });
    expect(errorOf(() => exportRules('x' as never))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(errorOf(() => exportRules([], { exportedAt: 'yesterday' }))).toMatchObject({ code: 'INVALID_TIME' });
  });
});
