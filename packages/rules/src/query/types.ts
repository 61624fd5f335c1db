/**
 * A comparison in react-querybuilder's query format (its `RuleType`), with the json-rules-engine
 * parts react-querybuilder has no slot for carried as extra properties (docs/rules.md,
 * "react-querybuilder"). A structural type: @hotleads/rules does not depend on react-querybuilder.
 */
export type QueryRule = {
  /** react-querybuilder's id; ignored on the way back. */
  id?: string;
  /** react-querybuilder's own switch: a disabled rule is left out of the conditions. */
  disabled?: boolean;
  /** The condition's `fact`. */
  field: string;
  /** The condition's `operator`, as the engine names it (`greaterThan`, `someFact:in`, …). */
  operator: string;
  /**
   * A named condition reference (`{ condition: 'name' }`, resolved through the `conditions`
   * option): `field` and `operator` are then empty and `value` absent.
   */
  condition?: string;
  /** The condition's value: a literal, a list (`in`, `withinRange`), or a fact id when `valueSource` is `field`. */
  value?: unknown;
  /** `field`: the value is another fact (fact-to-fact comparison). */
  valueSource?: 'value' | 'field';
  /** The condition's JSONPath `path` (react-querybuilder's own `path` is the rule's position in the tree). */
  jsonPath?: string;
  /** The `path` of a fact-to-fact value. */
  valuePath?: string;
  /** The condition's json-rules-engine `priority`. */
  priority?: number;
  /** The condition's json-rules-engine `name`. */
  name?: string;
  /** The condition is wrapped in a `not`. */
  not?: boolean;
  /** The `priority` of that `not`. */
  notPriority?: number;
  /** The `name` of that `not`. */
  notName?: string;
};

/**
 * A group in react-querybuilder's query format (its `RuleGroupType`): `and` is json-rules-engine's
 * `all`, `or` its `any`, `not: true` a `not` around the group.
 */
export type QueryGroup = {
  /** react-querybuilder's id; ignored on the way back. */
  id?: string;
  /** react-querybuilder's own switch: a disabled group is left out of the conditions. */
  disabled?: boolean;
  /** `and` (`all`) or `or` (`any`). */
  combinator: string;
  /** The group is wrapped in a `not`. */
  not?: boolean;
  /** The children. */
  rules: QueryNode[];
  /** The group's json-rules-engine `priority`. */
  priority?: number;
  /** The group's json-rules-engine `name`. */
  name?: string;
  /** The `priority` of the `not` around the group. */
  notPriority?: number;
  /** The `name` of the `not` around the group. */
  notName?: string;
  /**
   * The group is only a `not` around its single child (`combinator` is then unused): how a `not`
   * of a `not`, or a `not` of one comparison at the root, is written.
   */
  notOnly?: boolean;
  /**
   * The group is only the named condition reference it holds (`combinator` is then unused): how a
   * reference at the root (`conditions: { condition: 'name' }`) is written, a query's root being a group.
   */
  referenceOnly?: boolean;
};

/** A node of a react-querybuilder query: a group or a comparison. */
export type QueryNode = QueryGroup | QueryRule;
