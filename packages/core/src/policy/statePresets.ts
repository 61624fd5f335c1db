import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { parseWithSchema } from '../validation/parseWithSchema';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { defineContactPolicy } from './defineContactPolicy';
import { channelRuleSchema } from './schema';
import { parseClock } from './localTime';
import { CONTACT_CHANNELS, type ChannelRule, type ContactChannel, type ContactPolicy } from './types';

/**
 * A state's contact rules that are stricter than Regulation F, as data, with the source they
 * come from. docs/queue-and-compliance.md ("State presets") lists them and says how to add one.
 */
export type StateContactPreset = {
  /** Two-letter state code, as on the account (`lead.state`). */
  state: string;
  /** The state's name. */
  name: string;
  /** The section the rule comes from, e.g. `940 CMR 7.04(1)(f)`. */
  source: string;
  /** The rules per channel, applied where they are stricter than the policy's. */
  channels: Partial<Record<ContactChannel, ChannelRule>>;
  /** What the preset does not express, for the host to handle. */
  note?: string;
};

/**
 * The shipped state presets, by state code. Each cites its source; check the current text with
 * your counsel before relying on it.
 */
export const stateContactPresets: Readonly<Record<string, StateContactPreset>> = /* @__PURE__ */ (() =>
  Object.freeze({
    MA: Object.freeze({
      state: 'MA',
      name: 'Massachusetts',
      source: '940 CMR 7.04(1)(f)',
      channels: Object.freeze({
        call: Object.freeze({ maxAttempts: Object.freeze({ count: 2, days: 7 }) }),
        text: Object.freeze({ maxAttempts: Object.freeze({ count: 2, days: 7 }) }),
      }),
      note: 'The limit is on telephone communications (calls, texts, recorded messages) the collector initiates to the personal numbers of the debtor; it does not limit communications the debtor starts.',
    }),
    WA: Object.freeze({
      state: 'WA',
      name: 'Washington',
      source: 'RCW 19.16.250(13)',
      channels: Object.freeze({
        call: Object.freeze({ maxAttempts: Object.freeze({ count: 3, days: 7 }) }),
        text: Object.freeze({ maxAttempts: Object.freeze({ count: 3, days: 7 }) }),
        email: Object.freeze({ maxAttempts: Object.freeze({ count: 3, days: 7 }) }),
      }),
      note: 'The statute counts communications of every kind together (3 in a single week) and limits calls at the workplace to one a week; a per-channel limit cannot express either, so the host must count across channels.',
    }),
  }))();

const COMBINE =
  'Cannot combine two attempt limits over different periods unless one is stricter in both count and days; write the state rule explicitly';
const STATES = /* @__PURE__ */ (() => Object.freeze(['states']))();
const EMPTY_WINDOW = 'Cannot combine two contact windows that do not overlap';

/**
 * The stricter of two channel rules, part by part: the later window start and the earlier end,
 * the longer quiet period (counting the conversations of either), and the attempt limit that
 * allows fewer attempts (for equal periods the lower count; otherwise the one with a lower or
 * equal count over a longer or equal period).
 *
 * @throws HotleadsError `INVALID_POLICY` when the windows do not overlap, or when neither
 *   attempt limit is stricter in both count and days (e.g. 2 in 3 days against 5 in 7 days).
 * @example stricterChannelRule({ maxAttempts: { count: 7, days: 7 } }, { maxAttempts: { count: 2, days: 7 } })
 * // { maxAttempts: { count: 2, days: 7 } }
 */
export function stricterChannelRule(a: ChannelRule | undefined, b: ChannelRule | undefined): ChannelRule {
  try {
    return stricter(readRule(a, 0), readRule(b, 1));
  } catch (error) {
    throw unreadable(error, 'INVALID_POLICY');
  }
}

function readRule(rule: unknown, index: number): ChannelRule | undefined {
  if (rule === undefined) return undefined;
  try {
    return parseWithSchema(channelRuleSchema, rule, 'INVALID_POLICY', 'channel rule') as ChannelRule;
  } catch (error) {
    throw HotleadsError.wrap(error, [index]);
  }
}

function stricter(a: ChannelRule | undefined, b: ChannelRule | undefined): ChannelRule {
  if (a === undefined) return { ...b };
  if (b === undefined) return { ...a };
  const out: ChannelRule = {};
  if (a.window && b.window) {
    const start = parseClock(a.window.start) >= parseClock(b.window.start) ? a.window.start : b.window.start;
    const end = parseClock(a.window.end) <= parseClock(b.window.end) ? a.window.end : b.window.end;
    if (parseClock(start) >= parseClock(end))
      throw new HotleadsError('INVALID_POLICY', EMPTY_WINDOW, { path: ['window'] });
    out.window = { start, end };
  } else if (a.window || b.window) out.window = { ...(a.window ?? b.window)! };
  if (a.maxAttempts && b.maxAttempts) {
    const [x, y] = [a.maxAttempts, b.maxAttempts];
    if (x.count <= y.count && x.days >= y.days) out.maxAttempts = { ...x };
    else if (y.count <= x.count && y.days >= x.days) out.maxAttempts = { ...y };
    else throw new HotleadsError('INVALID_POLICY', COMBINE, { path: ['maxAttempts'] });
  } else if (a.maxAttempts || b.maxAttempts) out.maxAttempts = { ...(a.maxAttempts ?? b.maxAttempts)! };
  if (a.quietAfterConversation && b.quietAfterConversation) {
    const channels = new Set([
      ...(a.quietAfterConversation.channels ?? ['call']),
      ...(b.quietAfterConversation.channels ?? ['call']),
    ]);
    out.quietAfterConversation = {
      days: Math.max(a.quietAfterConversation.days, b.quietAfterConversation.days),
      channels: CONTACT_CHANNELS.filter((c) => channels.has(c)),
    };
  } else if (a.quietAfterConversation || b.quietAfterConversation)
    out.quietAfterConversation = { ...(a.quietAfterConversation ?? b.quietAfterConversation)! };
  return out;
}

/**
 * `policy` with state presets composed into its `states`: for each state, the policy's own rule
 * for the state (its `states` entry merged over `channels`, as the checker reads it) and the
 * preset's, the stricter winning part by part ({@link stricterChannelRule}). The result is
 * validated with `defineContactPolicy`, and a state already stricter than the preset stays as it is.
 *
 * @param states the state codes to add (default: every preset in {@link stateContactPresets}).
 * @param presets the table to take them from (default {@link stateContactPresets}).
 * @throws HotleadsError `INVALID_POLICY` for a malformed policy, a rule that cannot be combined,
 *   or a state code that has no preset.
 * @example withStatePresets(regFPolicy, ['MA']).states?.MA?.call?.maxAttempts // { count: 2, days: 7 }
 */
export function withStatePresets(
  policy: ContactPolicy,
  states?: readonly string[],
  presets: Readonly<Record<string, StateContactPreset>> = stateContactPresets,
): ContactPolicy {
  try {
    return compose(policy, states, presets);
  } catch (error) {
    throw unreadable(error, 'INVALID_POLICY');
  }
}

function compose(
  policy: ContactPolicy,
  states: readonly string[] | undefined,
  presets: Readonly<Record<string, StateContactPreset>>,
): ContactPolicy {
  const base = defineContactPolicy(policy);
  const codes = states === undefined ? Object.keys(presets) : requireList<unknown>(states, STATES);
  requireOptions(presets, ['presets']);
  const merged: NonNullable<ContactPolicy['states']> = { ...base.states };
  codes.forEach((code, i) => {
    const preset = typeof code === 'string' && Object.hasOwn(presets, code) ? presets[code] : undefined;
    if (preset === undefined)
      throw new HotleadsError('INVALID_POLICY', 'No state preset with this code', { path: ['states', i] });
    const channels: unknown = preset.channels;
    if (channels === null || typeof channels !== 'object')
      throw new HotleadsError('INVALID_POLICY', 'A state preset needs its channels', {
        path: ['presets', code as string],
      });
    const own = base.states?.[code as string] ?? {};
    const rules: Partial<Record<ContactChannel, ChannelRule>> = {};
    for (const channel of CONTACT_CHANNELS) {
      const current =
        own[channel] === undefined ? base.channels[channel] : { ...base.channels[channel], ...own[channel] };
      const preferred = (channels as StateContactPreset['channels'])[channel];
      if (current === undefined && preferred === undefined) continue;
      try {
        rules[channel] = stricter(current, readRule(preferred, 1));
      } catch (error) {
        throw HotleadsError.wrap(error, ['states', code as string, channel]);
      }
    }
    merged[code as string] = rules;
  });
  return defineContactPolicy({ ...base, states: merged });
}
