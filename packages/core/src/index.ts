// @hotleads/core — public API. Everything a host may import is exported here and only here.

export { HotleadsError, formatPath, isHotleadsError } from './errors/HotleadsError';
export type { HotleadsErrorCode, HotleadsErrorOptions, IssuePath } from './errors/HotleadsError';
export { assert } from './errors/assert';
export { parseWithSchema } from './validation/parseWithSchema';

export { toEpochMs, tryEpochMs, HOUR_MS } from './time/toEpochMs';
export type { Time } from './time/toEpochMs';

export type { Lead, LeadEvent } from './lead/types';
export { leadSchema, leadEventSchema, timeSchema } from './lead/schema';
export { parseLead } from './lead/parseLead';
export { compileFieldReader, parseFieldPath, readField } from './lead/path';
export type { FieldReader } from './lead/path';

export type {
  Band,
  Bands,
  Contribution,
  Criterion,
  Evaluator,
  EvaluatorKind,
  LeadScore,
  ReasonTemplate,
  ScoreOptions,
  ScoringModel,
  Step,
} from './scoring/types';

// Contact policy (compliance)
export type { BlockingFlag, ChannelRule, ContactAttempt, ContactChannel, ContactCheck, ContactPolicy } from './policy/types';
export { CONTACT_CHANNELS } from './policy/types';
export { regFPolicy } from './policy/regFPolicy';
export { defineContactPolicy } from './policy/defineContactPolicy';
export { contactPolicySchema, contactAttemptSchema, channelRuleSchema, ianaTimeZoneSchema } from './policy/schema';
export { createContactChecker } from './policy/createContactChecker';
export type { ContactChecker, ContactCheckOptions } from './policy/createContactChecker';
export { checkContact, checkAllChannels } from './policy/checkContact';
export type { CheckAllChannelsOptions } from './policy/checkContact';
