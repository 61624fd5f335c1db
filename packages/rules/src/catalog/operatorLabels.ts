import { HotleadsError } from '@hotleads/core';
import type { FactDataType } from './types';

/** The words the rule builder uses for operators (docs/rules.md, "Operators"). */
export type OperatorLabel =
  | 'Exact Match'
  | 'Equals'
  | 'Not Equal'
  | 'Contains'
  | 'Does Not Contain'
  | 'In List'
  | 'Not In List'
  | 'Greater Than'
  | 'Greater Than Or Equal'
  | 'Less Than'
  | 'Less Than Or Equal'
  | 'Within Range';

// Text and enum facts take the same words (an enum is text from a known list).
const TEXT_LABELS: Readonly<Partial<Record<OperatorLabel, string>>> = /* @__PURE__ */ (() =>
  Object.freeze({
    'Exact Match': 'equal',
    Equals: 'equal',
    'Not Equal': 'notEqual',
    Contains: 'containsText',
    'Does Not Contain': 'doesNotContainText',
    'In List': 'in',
    'Not In List': 'notIn',
  }))();

/**
 * The rule builder's operator words mapped to engine operators, per data type (the idea of
 * react-querybuilder's operator lists). "Contains" is `containsText` on text and `contains` on a
 * list. A label missing for a type is not offered for it.
 */
export const operatorLabels: Readonly<Record<FactDataType, Readonly<Partial<Record<OperatorLabel, string>>>>> =
  Object.freeze({
    text: TEXT_LABELS,
    enum: TEXT_LABELS,
    number: Object.freeze({
      Equals: 'equal',
      'Not Equal': 'notEqual',
      'Greater Than': 'greaterThan',
      'Greater Than Or Equal': 'greaterThanInclusive',
      'Less Than': 'lessThan',
      'Less Than Or Equal': 'lessThanInclusive',
      'Within Range': 'withinRange',
      'In List': 'in',
      'Not In List': 'notIn',
    }),
    date: Object.freeze({
      Equals: 'equal',
      'Greater Than': 'greaterThan',
      'Greater Than Or Equal': 'greaterThanInclusive',
      'Less Than': 'lessThan',
      'Less Than Or Equal': 'lessThanInclusive',
      'Within Range': 'withinRange',
    }),
    boolean: Object.freeze({ Equals: 'equal', 'Not Equal': 'notEqual' }),
    list: Object.freeze({ Contains: 'contains', 'Does Not Contain': 'doesNotContain' }),
  });

/** One choice of the rule builder's operator dropdown. */
export type OperatorOption = { label: OperatorLabel; operator: string };

/** The words of a data type (own properties only: `__proto__` is no data type), or undefined. */
function labelsOf(dataType: unknown): Readonly<Partial<Record<OperatorLabel, string>>> | undefined {
  return typeof dataType === 'string' && Object.hasOwn(operatorLabels, dataType)
    ? operatorLabels[dataType as FactDataType]
    : undefined;
}

/**
 * The operators the rule builder offers for a data type, in display order; none for an unknown type.
 *
 * @example operatorsFor('list') // [{ label: 'Contains', operator: 'contains' }, { label: 'Does Not Contain', operator: 'doesNotContain' }]
 */
export function operatorsFor(dataType: FactDataType): OperatorOption[] {
  const labels = labelsOf(dataType);
  if (labels === undefined) return [];
  return Object.entries(labels).map(([label, operator]) => ({
    label: label as OperatorLabel,
    operator: operator as string,
  }));
}

/**
 * Maps builder words (as a fact's "Operator" column lists them) to engine operators for
 * `dataType`; unknown words (and every word of an unknown type) are dropped.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `labels` is not an array.
 */
export function operatorsFromLabels(dataType: FactDataType, labels: readonly OperatorLabel[]): string[] {
  if (!Array.isArray(labels))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an array of operator words', { path: ['labels'] });
  const map = labelsOf(dataType);
  const out: string[] = [];
  if (map === undefined) return out;
  for (const label of labels as readonly unknown[]) {
    const op = typeof label === 'string' && Object.hasOwn(map, label) ? map[label as OperatorLabel] : undefined;
    if (op !== undefined && !out.includes(op)) out.push(op);
  }
  return out;
}
