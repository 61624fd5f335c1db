/** An operator's comparison: the fact's value (left) against the condition's value (right). */
export type OperatorCallback = (factValue: unknown, jsonValue: unknown) => boolean;

/**
 * An operator as json-rules-engine defines one: a callback, and an optional check of the fact
 * value that must pass first (otherwise the condition fails).
 */
export type OperatorDefinition = {
  name: string;
  callback: OperatorCallback;
  factValueValidator?: (factValue: unknown) => boolean;
};

/** A json-rules-engine operator decorator (`someFact:`, `not:`, ...). */
export type DecoratorDefinition = {
  name: string;
  callback: (factValue: unknown, jsonValue: unknown, next: OperatorCallback) => boolean;
  factValueValidator?: (factValue: unknown) => boolean;
};
