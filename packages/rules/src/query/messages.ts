/** The constant sentences of the react-querybuilder conversion (docs/rules.md, "react-querybuilder"). */
export const QUERY_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    node: 'A condition must be an object',
    group: '"all" and "any" must be lists of conditions',
    queryNode: 'A query rule or group must be an object',
    rules: 'A query group needs a list of rules',
    combinator: 'A query group combinator must be "and" or "or"',
    field: 'A query rule needs a field',
    operator: 'A query rule needs an operator',
    condition: 'A query rule condition must be the name of a named condition',
    valueSource: 'A query rule valueSource must be "value" or "field"',
    rootRule: 'The root of a query must be a group',
    depth: 'The query is nested too deeply',
  } as const))();
