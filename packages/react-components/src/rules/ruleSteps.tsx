// The rule builder's steps other than the criteria: name, description and trigger; actions;
// execution; review. Each control shows the problems whose path names it.
import { BANDS, type Time } from '@hotleads/core';
import {
  describeCron,
  describeRule,
  describeTrigger,
  LEAD_STATUSES,
  nextRuns,
  toJsonRulesEngine,
  validateRule,
  type ConditionRegistry,
  type Action,
  type ActionType,
  type FactDefinition,
  type Trigger,
} from '@hotleads/rules';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatInstant } from '../util/format';
import type { BuilderIssue } from './builderIssues';
import { ListInput } from './criteriaControls';
import { ACTION_FIELDS, ACTION_TYPES, newAction, type RuleDraft } from './draft';

type StepProps = { draft: RuleDraft; edit: (d: RuleDraft) => void; issues: readonly BuilderIssue[] };

function startsWith(path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>): boolean {
  return prefix.every((p, i) => path[i] === p);
}

/** The messages of the issues at (or under) `prefix`. */
function at(issues: readonly BuilderIssue[], prefix: ReadonlyArray<string | number>): string[] {
  return issues.filter((i) => startsWith(i.path, prefix)).map((i) => i.message);
}

/** A labelled control with its problems (described by them, marked invalid). */
function Field({
  label,
  issues,
  children,
  hint,
}: {
  label: string;
  issues: string[];
  hint?: string;
  children: (a: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const described = [issues.length > 0 ? `${id}-issues` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="hl-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(issues.length > 0 ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint ? (
        <span id={`${id}-hint`} className="hl-muted">
          {hint}
        </span>
      ) : null}
      {issues.length > 0 ? (
        <span id={`${id}-issues`} className="hl-field-issue">
          {issues.join(' ')}
        </span>
      ) : null}
    </div>
  );
}

const TRIGGER_TYPES: ReadonlyArray<Trigger['type']> = [
  'schedule',
  'statusChange',
  'fieldChange',
  'event',
  'scoreChange',
];

function newTrigger(type: Trigger['type']): Trigger {
  switch (type) {
    case 'statusChange':
      return { type };
    case 'fieldChange':
      return { type, fields: [] };
    case 'event':
      return { type, events: [] };
    case 'schedule':
      return { type, cron: '0 * * * *' };
    case 'scoreChange':
      return { type };
  }
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

/** Step 1: name, description and trigger. */
export function TriggerStep({
  draft,
  edit,
  issues,
  catalog,
  now,
  eventTypes,
}: StepProps & { catalog: readonly FactDefinition[]; now: Time; eventTypes: readonly string[] }) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  const t = draft.trigger;
  const setTrigger = (trigger: Trigger) => edit({ ...draft, trigger });
  const zones = useMemo(timeZones, []);
  const leadFields = catalog.filter((f) => f.derived !== true);
  let inWords: string | undefined;
  try {
    inWords = describeTrigger(t);
  } catch {
    inWords = undefined;
  }
  return (
    <div className="hl-step-body">
      <Field label={s.name} issues={at(issues, ['name'])}>
        {(a) => (
          <input
            className="hl-input"
            value={draft.name}
            onChange={(e) => edit({ ...draft, name: e.target.value })}
            {...a}
          />
        )}
      </Field>
      <Field label={s.description} issues={at(issues, ['description'])}>
        {(a) => (
          <textarea
            className="hl-input"
            value={draft.description ?? ''}
            onChange={(e) => {
              const { description: _, ...rest } = draft;
              edit(e.target.value === '' ? rest : { ...rest, description: e.target.value });
            }}
            {...a}
          />
        )}
      </Field>
      <Field label={s.trigger} issues={at(issues, ['trigger', 'type'])}>
        {(a) => (
          <select
            className="hl-input"
            value={t.type}
            onChange={(e) => setTrigger(newTrigger(e.target.value as Trigger['type']))}
            {...a}
          >
            {TRIGGER_TYPES.map((type) => (
              <option key={type} value={type}>
                {s.triggerNames[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {t.type === 'statusChange' ? (
        <>
          {(['from', 'to'] as const).map((end) => (
            <Field key={end} label={end === 'from' ? s.fromStatus : s.toStatus} issues={at(issues, ['trigger', end])}>
              {(a) => (
                <select
                  className="hl-input"
                  value={t[end] ?? ''}
                  onChange={(e) => {
                    const { [end]: _, ...rest } = t;
                    setTrigger(e.target.value === '' ? rest : { ...rest, [end]: e.target.value });
                  }}
                  {...a}
                >
                  <option value="">{s.anyStatus}</option>
                  {LEAD_STATUSES.map((st) => (
                    <option key={st} value={st}>
                      {st}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </>
      ) : null}
      {t.type === 'fieldChange' ? (
        <Field label={s.fields} issues={at(issues, ['trigger', 'fields'])} hint={s.multiSelectHint}>
          {(a) => (
            <select
              className="hl-input"
              multiple
              size={6}
              value={t.fields}
              onChange={(e) => setTrigger({ ...t, fields: [...e.target.selectedOptions].map((o) => o.value) })}
              {...a}
            >
              {leadFields.map((f) => (
                <option key={f.id} value={f.id} title={f.tooltip}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {t.type === 'event' ? (
        <EventTypes trigger={t} eventTypes={eventTypes} setTrigger={setTrigger} issues={issues} />
      ) : null}
      {t.type === 'schedule' ? (
        <>
          <Field label={s.cron} issues={at(issues, ['trigger', 'cron'])} hint={s.cronHint}>
            {(a) => (
              <input
                className="hl-input hl-mono"
                value={t.cron}
                onChange={(e) => setTrigger({ ...t, cron: e.target.value })}
                {...a}
              />
            )}
          </Field>
          <Field label={s.timeZone} issues={at(issues, ['trigger', 'timezone'])}>
            {(a) => (
              <select
                className="hl-input"
                value={t.timezone ?? ''}
                onChange={(e) => {
                  const { timezone: _, ...rest } = t;
                  setTrigger(e.target.value === '' ? rest : { ...rest, timezone: e.target.value });
                }}
                {...a}
              >
                <option value="">{s.utcDefault}</option>
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      {t.type === 'scoreChange' ? <ScoreChangeFields trigger={t} setTrigger={setTrigger} issues={issues} /> : null}
      {inWords ? <p className="hl-muted">{s.when(inWords)}</p> : null}
      {t.type === 'schedule' ? <NextRuns trigger={t} now={now} /> : null}
    </div>
  );
}

type EventTrigger = Extract<Trigger, { type: 'event' }>;

/** An event trigger's types: a checkbox for each known one, and any other typed, comma-separated. */
function EventTypes({
  trigger: t,
  eventTypes,
  setTrigger,
  issues,
}: {
  trigger: EventTrigger;
  eventTypes: readonly string[];
  setTrigger: (t: Trigger) => void;
  issues: readonly BuilderIssue[];
}) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  const id = useId();
  const problems = at(issues, ['trigger', 'events']);
  const known = new Set(eventTypes);
  const others = t.events.filter((e) => !known.has(e));
  return (
    <fieldset className="hl-fieldset" {...(problems.length > 0 ? { 'aria-describedby': `${id}-issues` } : {})}>
      <legend>{s.eventTypes}</legend>
      {eventTypes.map((type) => (
        <label key={type} className="hl-check">
          <input
            type="checkbox"
            checked={t.events.includes(type)}
            onChange={(e) =>
              setTrigger({
                ...t,
                events: e.target.checked ? [...t.events, type] : t.events.filter((x) => x !== type),
              })
            }
          />
          {type}
        </label>
      ))}
      <Field label={s.otherEventTypes} issues={[]} hint={s.commaSeparated}>
        {(a) => (
          <ListInput
            value={others}
            onChange={(list) =>
              setTrigger({ ...t, events: [...t.events.filter((e) => known.has(e)), ...(list as string[])] })
            }
            {...a}
          />
        )}
      </Field>
      {problems.length > 0 ? (
        <span id={`${id}-issues`} className="hl-field-issue">
          {problems.join(' ')}
        </span>
      ) : null}
    </fieldset>
  );
}

type ScoreChangeTrigger = Extract<Trigger, { type: 'scoreChange' }>;

/** A scoreChange trigger's fields: the bands before and after, a threshold and its direction. */
function ScoreChangeFields({
  trigger: t,
  setTrigger,
  issues,
}: {
  trigger: ScoreChangeTrigger;
  setTrigger: (t: Trigger) => void;
  issues: readonly BuilderIssue[];
}) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  /** `t` with `key` set to `value`, or without `key` when `value` is undefined. */
  const put = (key: 'fromBand' | 'toBand' | 'crosses' | 'direction', value: string | number | undefined) => {
    const next: Record<string, unknown> = { ...t };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setTrigger(next as Trigger);
  };
  return (
    <>
      {(['fromBand', 'toBand'] as const).map((end) => (
        <Field key={end} label={end === 'fromBand' ? s.fromBand : s.toBand} issues={at(issues, ['trigger', end])}>
          {(a) => (
            <select
              className="hl-input"
              value={t[end] ?? ''}
              onChange={(e) =>
                put(end, e.target.value === '' ? undefined : (e.target.value as ScoreChangeTrigger[typeof end]))
              }
              {...a}
            >
              <option value="">{s.anyBand}</option>
              {BANDS.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <Field label={s.crosses} issues={at(issues, ['trigger', 'crosses'])} hint={s.crossesHint}>
        {(a) => (
          <input
            className="hl-input"
            type="number"
            inputMode="decimal"
            step="any"
            min={0}
            max={100}
            value={t.crosses ?? ''}
            onChange={(e) => put('crosses', Number.isNaN(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)}
            {...a}
          />
        )}
      </Field>
      <Field label={s.direction} issues={at(issues, ['trigger', 'direction'])}>
        {(a) => (
          <select
            className="hl-input"
            value={t.direction ?? ''}
            onChange={(e) => put('direction', e.target.value === '' ? undefined : e.target.value)}
            {...a}
          >
            <option value="">{s.directionNames.either}</option>
            <option value="up">{s.directionNames.up}</option>
            <option value="down">{s.directionNames.down}</option>
          </select>
        )}
      </Field>
    </>
  );
}

/** The next three runs of a schedule, from `nextRuns`, in its time zone. */
function NextRuns({ trigger, now }: { trigger: Trigger; now: Time }) {
  const { strings, locale } = useHotleadsLocale();
  let runs: number[];
  try {
    runs = nextRuns(trigger, { now, count: 3 });
  } catch {
    return null; // the cron expression's issue is shown at its field
  }
  const zone = trigger.type === 'schedule' ? (trigger.timezone ?? 'UTC') : 'UTC';
  const words = trigger.type === 'schedule' ? describeCron(trigger.cron) : undefined;
  return (
    <>
      {words === undefined ? null : <p className="hl-muted">{strings.rules.scheduleInWords(words, zone)}</p>}
      <p className="hl-muted">
        {strings.rules.nextRuns(runs.map((r) => formatInstant(r, { timeZone: zone, locale })).join('; '))}
      </p>
    </>
  );
}

/** Step 3: the actions, added, removed, edited and reordered (buttons, no drag needed). */
export function ActionsStep({ draft, edit, issues }: StepProps) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  const addId = useId();
  const [adding, setAdding] = useState<ActionType>('sendEmail');
  const setActions = (actions: Action[]) => edit({ ...draft, actions });
  const move = (from: number, to: number) => {
    const next = [...draft.actions];
    const [a] = next.splice(from, 1);
    next.splice(to, 0, a!);
    setActions(next);
  };
  return (
    <div className="hl-step-body">
      {draft.actions.length === 0 ? <p className="hl-muted">{s.noActions}</p> : null}
      {issues
        .filter((x) => x.path.length === 1 && x.path[0] === 'actions')
        .map((x) => (
          <p key={x.message} className="hl-field-issue">
            {x.message}
          </p>
        ))}
      <ol className="hl-action-rows">
        {draft.actions.map((action, i) => {
          const label = `${s.actionNames[action.type] ?? action.type} (${i + 1})`;
          return (
            <li key={i} className="hl-action-row" aria-label={label}>
              <Field label={s.actionType} issues={at(issues, ['actions', i, 'type'])}>
                {(a) => (
                  <select
                    className="hl-input"
                    value={action.type}
                    onChange={(e) =>
                      setActions(draft.actions.map((x, k) => (k === i ? newAction(e.target.value as ActionType) : x)))
                    }
                    {...a}
                  >
                    {ACTION_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {s.actionNames[type]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {ACTION_FIELDS[action.type].map((f) => {
                const current = (action as Record<string, unknown>)[f.key];
                const set = (v: unknown) =>
                  setActions(
                    draft.actions.map((x, k) => {
                      if (k !== i) return x;
                      const { [f.key]: _, ...rest } = x as Record<string, unknown>;
                      return (v === '' && !f.required ? rest : { ...rest, [f.key]: v }) as Action;
                    }),
                  );
                return (
                  <Field key={f.key} label={s.actionFields[f.key] ?? f.key} issues={at(issues, ['actions', i, f.key])}>
                    {(a) =>
                      f.kind === 'status' ? (
                        <select
                          className="hl-input"
                          value={String(current ?? '')}
                          onChange={(e) => set(e.target.value)}
                          {...a}
                        >
                          <option value="">{s.chooseValue}</option>
                          {LEAD_STATUSES.map((st) => (
                            <option key={st}>{st}</option>
                          ))}
                        </select>
                      ) : f.kind === 'level' ? (
                        <select
                          className="hl-input"
                          value={String(current ?? 'Medium')}
                          onChange={(e) => set(e.target.value)}
                          {...a}
                        >
                          {(['High', 'Medium', 'Low'] as const).map((l) => (
                            <option key={l} value={l}>
                              {s.levels[l]}
                            </option>
                          ))}
                        </select>
                      ) : f.kind === 'number' ? (
                        <input
                          className="hl-input"
                          type="number"
                          min={0}
                          value={typeof current === 'number' ? current : ''}
                          onChange={(e) => set(e.target.value === '' ? '' : e.target.valueAsNumber)}
                          {...a}
                        />
                      ) : (
                        <input
                          className="hl-input"
                          value={String(current ?? '')}
                          onChange={(e) => set(e.target.value)}
                          {...a}
                        />
                      )
                    }
                  </Field>
                );
              })}
              <div className="hl-actions-buttons">
                <button
                  type="button"
                  className="hl-button"
                  disabled={i === 0}
                  aria-label={s.moveUp(label)}
                  onClick={() => move(i, i - 1)}
                >
                  {s.up}
                </button>
                <button
                  type="button"
                  className="hl-button"
                  disabled={i === draft.actions.length - 1}
                  aria-label={s.moveDown(label)}
                  onClick={() => move(i, i + 1)}
                >
                  {s.down}
                </button>
                <button
                  type="button"
                  className="hl-button"
                  aria-label={s.removeAction(label)}
                  onClick={() => setActions(draft.actions.filter((_, k) => k !== i))}
                >
                  {s.remove}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="hl-form-row">
        <label htmlFor={addId}>{s.newAction}</label>
        <select
          id={addId}
          className="hl-input"
          value={adding}
          onChange={(e) => setAdding(e.target.value as ActionType)}
        >
          {ACTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {s.actionNames[type]}
            </option>
          ))}
        </select>
        <button type="button" className="hl-button" onClick={() => setActions([...draft.actions, newAction(adding)])}>
          {s.addAction}
        </button>
      </div>
    </div>
  );
}

type Mode = 'always' | 'once' | 'periodic' | 'cycle';

/** Step 4: execution mode, priority, blocking and sunset. */
export function ExecutionStep({ draft, edit, issues }: StepProps) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  const blockingId = useId();
  const e = draft.execution;
  const mode: Mode = e?.mode ?? 'always';
  const setMode = (m: Mode) => {
    const { execution: _, ...rest } = draft;
    if (m === 'always') edit(rest);
    else if (m === 'once') edit({ ...rest, execution: { mode: 'once' } });
    else if (m === 'periodic') edit({ ...rest, execution: { mode: 'periodic', everyHours: 24 } });
    else edit({ ...rest, execution: { mode: 'cycle', everyHours: 72, forHours: 336 } });
  };
  // Every N hours for periodic and cycle, for M hours for cycle. A cleared box leaves the key out
  // (ruleIssues then says it is still to fill in), never NaN.
  const hours = (key: 'everyHours' | 'forHours', label: string) =>
    e !== undefined && (e.mode === 'cycle' || (e.mode === 'periodic' && key === 'everyHours')) ? (
      <Field label={label} issues={at(issues, ['execution', key])}>
        {(a) => (
          <input
            className="hl-input"
            type="number"
            min={1}
            value={(e as unknown as Record<string, number | undefined>)[key] ?? ''}
            onChange={(ev) => {
              const { [key]: _, ...rest } = e as unknown as Record<string, unknown>;
              const v = ev.target.valueAsNumber;
              edit({
                ...draft,
                execution: (Number.isNaN(v) ? rest : { ...rest, [key]: v }) as RuleDraft['execution'],
              });
            }}
            {...a}
          />
        )}
      </Field>
    ) : null;
  const sunset = draft.sunset ?? {};
  const setSunset = (key: 'at' | 'afterRuns' | 'onEvent', v: string | number | undefined) => {
    const { [key]: _, ...rest } = sunset;
    const next = v === undefined || v === '' || Number.isNaN(v) ? rest : { ...rest, [key]: v };
    const { sunset: __, ...without } = draft;
    edit(Object.keys(next).length === 0 ? without : { ...without, sunset: next });
  };
  return (
    <div className="hl-step-body">
      <fieldset className="hl-fieldset">
        <legend>{s.mode}</legend>
        {(['always', 'once', 'periodic', 'cycle'] as const).map((m) => (
          <label key={m} className="hl-check">
            <input type="radio" name={`${blockingId}-mode`} checked={mode === m} onChange={() => setMode(m)} />
            {s.modeNames[m]}
          </label>
        ))}
      </fieldset>
      {hours('everyHours', s.everyHours)}
      {hours('forHours', s.forHours)}
      <Field label={s.priority} issues={at(issues, ['priority'])} hint={s.priorityHint}>
        {(a) => (
          <select
            className="hl-input"
            value={String(draft.priority ?? '')}
            onChange={(ev) => {
              const v = ev.target.value;
              const { priority: _, ...rest } = draft;
              edit(
                v === '' ? rest : { ...rest, priority: /^\d+$/.test(v) ? Number(v) : (v as 'High' | 'Medium' | 'Low') },
              );
            }}
            {...a}
          >
            <option value="">{s.defaultPriority}</option>
            {(['High', 'Medium', 'Low'] as const).map((l) => (
              <option key={l} value={l}>
                {s.levels[l]}
              </option>
            ))}
            {Array.from({ length: 10 }, (_, k) => 10 - k).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="hl-field">
        <label className="hl-check">
          <input
            type="checkbox"
            checked={draft.blocking === true}
            aria-describedby={`${blockingId}-hint`}
            onChange={(ev) => edit({ ...draft, blocking: ev.target.checked })}
          />
          {s.blocking}
        </label>
        <span id={`${blockingId}-hint`} className="hl-muted">
          {s.blockingHint}
        </span>
      </div>
      <fieldset className="hl-fieldset">
        <legend>{s.sunset}</legend>
        <Field label={s.sunsetAt} issues={at(issues, ['sunset', 'at'])} hint={s.sunsetAtHint}>
          {(a) => (
            <input
              className="hl-input"
              type="date"
              value={sunset.at?.slice(0, 10) ?? ''}
              onChange={(ev) => setSunset('at', ev.target.value === '' ? undefined : `${ev.target.value}T00:00:00Z`)}
              {...a}
            />
          )}
        </Field>
        <Field label={s.sunsetAfterRuns} issues={at(issues, ['sunset', 'afterRuns'])}>
          {(a) => (
            <input
              className="hl-input"
              type="number"
              min={1}
              value={sunset.afterRuns ?? ''}
              onChange={(ev) => setSunset('afterRuns', ev.target.value === '' ? undefined : ev.target.valueAsNumber)}
              {...a}
            />
          )}
        </Field>
        <Field label={s.sunsetOnEvent} issues={at(issues, ['sunset', 'onEvent'])}>
          {(a) => (
            <input
              className="hl-input"
              value={sunset.onEvent ?? ''}
              onChange={(ev) => setSunset('onEvent', ev.target.value)}
              {...a}
            />
          )}
        </Field>
      </fieldset>
    </div>
  );
}

/** Step 5: the rule in words and as json-rules-engine JSON, copyable. */
export function ReviewStep({
  draft,
  issues,
  catalog,
  conditions,
}: {
  draft: RuleDraft;
  issues: readonly BuilderIssue[];
  catalog: readonly FactDefinition[];
  /** The named conditions the draft may reference. */
  conditions?: ConditionRegistry | undefined;
}) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  const [copied, setCopied] = useState(false);
  const review = useMemo(() => {
    if (issues.length > 0) return undefined;
    try {
      const rule = validateRule(draft, { catalog, ...(conditions ? { conditions } : {}) });
      return { json: JSON.stringify(toJsonRulesEngine(rule), null, 2), sentence: describeRule(rule, catalog) };
    } catch {
      return undefined;
    }
  }, [draft, issues, catalog, conditions]);
  const json = review?.json;
  let trigger: string | undefined;
  try {
    trigger = describeTrigger(draft.trigger);
  } catch {
    trigger = undefined;
  }
  return (
    <div className="hl-step-body">
      {review ? <p className="hl-rule-sentence">{review.sentence}</p> : trigger ? <p>{s.when(trigger)}</p> : null}
      {json === undefined ? (
        <p className="hl-muted">{s.reviewWhenComplete}</p>
      ) : (
        <>
          <div className="hl-panel-header">
            <h4 className="hl-example-title">{s.engineJson}</h4>
            <button
              type="button"
              className="hl-button"
              onClick={() =>
                void navigator.clipboard?.writeText(json).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {s.copyJson}
            </button>
          </div>
          <pre className="hl-json" tabIndex={0} aria-label={s.engineJson}>
            {json}
          </pre>
          <p className="hl-visually-hidden" role="status">
            {copied ? s.copied : ''}
          </p>
        </>
      )}
    </div>
  );
}
