/** A fact's data type; it decides which operators the rule builder offers. */
export type FactDataType = 'text' | 'number' | 'boolean' | 'enum' | 'list' | 'date';

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
  /** True for facts the library computes (`now`, `hoursUntouched`, `score`, ...). */
  derived?: boolean;
};
