import type { HotleadsError } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { extendCatalog } from './extendCatalog';
import { factCatalog, isDerivedFact } from './factCatalog';
import { findFact } from './findFact';
import { LEAD_SOURCES } from './leadSources';
import { operatorLabels, operatorsFor } from './operatorLabels';
import { customOperators } from '../operators/custom';
import { operatorNames } from '../operators/resolveOperator';

describe('factCatalog', () => {
  it('covers the lead criteria groups 1-5 with labels, data types, options, operators and tooltips', () => {
    const groups = new Set(factCatalog.map((f) => f.group));
    for (const g of ['G1', 'G2', 'G3', 'G4A', 'G4B', 'G4C', 'G5'])
      expect([...groups].some((x) => x?.startsWith(g))).toBe(true);
    const authority = findFact(factCatalog, 'authority')!;
    expect(authority).toMatchObject({
      label: 'Authority',
      type: 'enum',
      options: ['Decision Maker', 'Influencer', 'Other'],
      operators: ['equal'],
    });
    expect(findFact(factCatalog, 'companySize')).toMatchObject({
      type: 'number',
      operators: ['greaterThan', 'lessThan', 'withinRange'],
    });
    expect(findFact(factCatalog, 'jobTitle')?.operators).toEqual(['equal', 'containsText', 'doesNotContainText']);
    expect(findFact(factCatalog, 'challenges')).toMatchObject({
      type: 'list',
      operators: ['contains', 'doesNotContain'],
    });
    expect(findFact(factCatalog, 'leadSource')?.options).toEqual([...LEAD_SOURCES]);
    expect(LEAD_SOURCES).toContain('Web Forms');
    expect(LEAD_SOURCES).toContain('Events');
    for (const f of factCatalog) {
      expect(f.tooltip, f.id).toBeTruthy();
      for (const op of f.operators ?? []) expect(operatorNames, `${f.id}: ${op}`).toContain(op);
    }
    expect(new Set(factCatalog.map((f) => f.id)).size).toBe(factCatalog.length);
  });

  it('includes the derived facts, and hoursSince.<eventType> as a family', () => {
    for (const id of ['now', 'hoursUntouched', 'previousStatus', 'changedFields', 'score', 'band']) {
      expect(findFact(factCatalog, id)?.derived).toBe(true);
      expect(isDerivedFact(id)).toBe(true);
    }
    expect(findFact(factCatalog, 'hoursSince.quote_request')).toMatchObject({ type: 'number', derived: true });
    expect(findFact(factCatalog, 'hoursSince.')).toBeUndefined();
    expect(isDerivedFact('budget')).toBe(false);
  });
});

describe('operatorLabels / operatorsFor', () => {
  it('maps the builder words by data type: "Contains" is containsText on text and contains on a list', () => {
    expect(operatorLabels.text.Contains).toBe('containsText');
    expect(operatorLabels.list.Contains).toBe('contains');
    expect(operatorLabels.text['Exact Match']).toBe('equal');
    expect(operatorLabels.number['Within Range']).toBe('withinRange');
    expect(operatorLabels.number['Greater Than']).toBe('greaterThan');
    expect(operatorLabels.enum['Not In List']).toBe('notIn');
    expect(operatorsFor('list')).toEqual([
      { label: 'Contains', operator: 'contains' },
      { label: 'Does Not Contain', operator: 'doesNotContain' },
    ]);
    expect(operatorsFor('boolean').map((o) => o.operator)).toEqual(['equal', 'notEqual']);
    for (const type of ['text', 'number', 'boolean', 'enum', 'list', 'date'] as const)
      for (const o of operatorsFor(type)) expect(operatorNames).toContain(o.operator);
  });

  it('registers the custom operators of docs/rules.md', () => {
    expect(customOperators.map((o) => o.name)).toEqual(['containsText', 'doesNotContainText', 'withinRange']);
  });
});

describe('extendCatalog', () => {
  it('adds host facts and replaces a base fact with the same id, without changing the base', () => {
    const out = extendCatalog([
      { id: 'account.riskClass', label: 'Risk class', type: 'enum', options: ['A', 'B'] },
      { id: 'budget', label: 'Budget (USD)', type: 'number' },
    ]);
    expect(findFact(out, 'account.riskClass')?.label).toBe('Risk class');
    expect(findFact(out, 'budget')?.label).toBe('Budget (USD)');
    expect(findFact(factCatalog, 'budget')?.label).toBe('Budget & Money');
    expect(out.length).toBe(factCatalog.length + 1);
  });

  it('refuses derived ids, bad types and forbidden paths with the path of the definition', () => {
    const bad = (extra: unknown) => {
      try {
        extendCatalog(extra as never);
      } catch (e) {
        return e as HotleadsError;
      }
      throw new Error('expected a throw');
    };
    expect(bad([{ id: 'score', label: 'x', type: 'number' }]).path).toEqual([0, 'id']);
    expect(bad([{ id: 'ok', label: 'x', type: 'colour' }]).path).toEqual([0, 'type']);
    expect(bad([{ id: 'a.__proto__.b', label: 'x', type: 'text' }]).code).toBe('INVALID_PATH');
  });
});
