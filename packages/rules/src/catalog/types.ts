/** A fact's data type; it decides which operators the rule builder offers. */
export type FactDataType = 'text' | 'number' | 'boolean' | 'enum' | 'list' | 'date';

/**
 * How reliable an engagement signal is as interest: `implicit` (inferred from browsing) or
 * `explicit` (a deliberate action), docs/lead-management.md "Implicit and explicit interest".
 */
export type InterestKind = 'implicit' | 'explicit';

/** One fact a rule may use: a lead field (read by dotted path) or a derived fact. */
export type FactDefinition = {
  /** The fact id used in conditions; for a lead field, its dotted path. */
  id: string;
  label: string;
  group?: string;
  type: FactDataType;
  /** Known values (a dropdown). */
  options?: string[];
  /** Engine operators the rule builder offers for this fact (the criteria table's "Operator" column). */
  operators?: string[];
  tooltip?: string;
  /** For an engagement criterion: whether it shows implicit or explicit interest. */
  interest?: InterestKind;
  /** True for facts the library computes (`now`, `hoursUntouched`, `score`, ...). */
  derived?: boolean;
};
