/**
 * The rule builder's tooltip for each operator it offers (`operatorsFor`), in the words of its
 * operator labels (docs/rules.md, "Operators"): one sentence each, keyed by engine operator.
 * "Contains" has two: `containsText` on text, `contains` on a list.
 */
export const operatorDescriptions: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    equal: 'Exact Match / Equals: the value is exactly this one (text is compared as written).',
    notEqual: 'Not Equal: the value is anything but this one.',
    containsText: 'Contains: the text includes these letters anywhere, upper or lower case alike.',
    doesNotContainText:
      'Does Not Contain: the text does not include these letters anywhere, upper or lower case alike.',
    contains: 'Contains: the list includes this item.',
    doesNotContain: 'Does Not Contain: the list does not include this item.',
    in: 'In List: the value is one of the listed values.',
    notIn: 'Not In List: the value is none of the listed values.',
    greaterThan: 'Greater Than: the number is above this one.',
    greaterThanInclusive: 'Greater Than Or Equal: the number is this one or above.',
    lessThan: 'Less Than: the number is below this one.',
    lessThanInclusive: 'Less Than Or Equal: the number is this one or below.',
    withinRange: 'Within Range: the number is between the low and the high value, both included.',
  }))();
