// react-querybuilder's controls for the criteria step, drawn with hotleads' own elements and
// classes (so they follow HotleadsTheme in light and dark): the field dropdown grouped by catalog
// group with each fact's tooltip, the operator dropdown in the seed's words, and one value editor
// per data type (text, number, range, options, multi-select, boolean, a duration in hours or
// days, another fact). What a value means is @hotleads/rules' business; these only edit it.
import { findFact, HOURS_SINCE_PREFIX, isDurationFact, isFactReference, type FactDefinition } from '@hotleads/rules';
import { useId, useState, type ReactNode } from 'react';
import type {
  FieldSelectorProps,
  OperatorSelectorProps,
  ValueEditorProps,
  ValueSelectorProps,
} from 'react-querybuilder';
import type { RuleStrings } from '../theme/ruleStrings';

/** What the builder hands its criteria controls through react-querybuilder's `context`. */
export type CriteriaContext = {
  catalog: readonly FactDefinition[];
  strings: RuleStrings;
  /** The problems of the comparison at a react-querybuilder path (from `ruleIssues`). */
  issuesAt: (path: readonly number[]) => string[];
  /** Operator tooltips, by engine operator. */
  operatorTooltips: Readonly<Record<string, string>>;
};

type Grouped = { label: string; options: Array<{ name: string; label: string; tooltip?: string }> };

/** The catalog as option groups, in catalog order. */
export function groupedFacts(catalog: readonly FactDefinition[]): Grouped[] {
  const groups = new Map<string, Grouped>();
  for (const def of catalog) {
    const label = def.group ?? 'Other';
    const group = groups.get(label) ?? { label, options: [] };
    group.options.push({ name: def.id, label: def.label, ...(def.tooltip ? { tooltip: def.tooltip } : {}) });
    groups.set(label, group);
  }
  return [...groups.values()];
}

/** Every fact id a condition tree names (its comparisons' facts and fact-to-fact values). */
function factIds(node: unknown, out: Set<string>): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  const n = node as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) if (Array.isArray(n[key])) for (const c of n[key]) factIds(c, out);
  if ('not' in n) factIds(n.not, out);
  if (typeof n.fact === 'string') out.add(n.fact);
  if (isFactReference(n.value)) out.add(n.value.fact);
  return out;
}

/**
 * The facts the field dropdown offers: the catalog, then `hoursSince.<type>` for each event type
 * and for each one the conditions already use (as `findFact` defines them: Derived, in hours).
 */
export function offeredFacts(
  catalog: readonly FactDefinition[],
  eventTypes: readonly string[],
  conditions: unknown,
): FactDefinition[] {
  const ids = [...eventTypes.map((t) => `${HOURS_SINCE_PREFIX}${t}`), ...factIds(conditions, new Set())];
  const known = new Set(catalog.map((f) => f.id));
  const extra: FactDefinition[] = [];
  for (const id of ids) {
    if (known.has(id) || !id.startsWith(HOURS_SINCE_PREFIX)) continue;
    const def = findFact(catalog, id);
    if (def === undefined) continue;
    known.add(id);
    extra.push(def);
  }
  return [...catalog, ...extra];
}

function ctx(props: { context?: unknown }): CriteriaContext {
  return props.context as CriteriaContext;
}

/** The name of a named condition reference (`{ condition: 'name' }` as a query rule), if the rule is one. */
function referenceOf(rule: unknown): string | undefined {
  const name = rule !== null && typeof rule === 'object' ? (rule as { condition?: unknown }).condition : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** The field dropdown: facts grouped by catalog group; each option and the dropdown carry the tooltip. */
export function FieldSelector(props: FieldSelectorProps) {
  const { catalog, strings, issuesAt } = ctx(props);
  const reference = referenceOf(props.rule);
  // A named condition reference is a block of its own: its name (and its problem, an unknown
  // name), no fact, operator or value.
  if (reference !== undefined) {
    const issues = issuesAt(props.path);
    return (
      <span className="hl-value-editor">
        <span className="hl-badge hl-named-condition" data-condition={reference}>
          {strings.referenceName(reference)}
        </span>
        {issues.length > 0 ? <span className="hl-field-issue">{issues.join(' ')}</span> : null}
      </span>
    );
  }
  const selected = findFact(catalog, props.value ?? '');
  return (
    <select
      className="hl-input"
      aria-label={strings.fact}
      title={selected?.tooltip ?? selected?.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.handleOnChange(e.target.value)}
    >
      {props.value === '' || props.value === '~' ? <option value={props.value}>{strings.chooseFact}</option> : null}
      {/* a fact this catalog does not know is shown as it is, not as the first option */}
      {selected === undefined && props.value !== '' && props.value !== '~' ? (
        <option value={props.value}>{props.value}</option>
      ) : null}
      {groupedFacts(catalog).map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((o) => (
            <option key={o.name} value={o.name} title={o.tooltip}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The operator dropdown: the fact's own operators in the seed's words, each with its tooltip. */
export function OperatorSelector(props: OperatorSelectorProps) {
  const { strings, operatorTooltips } = ctx(props);
  if (referenceOf(props.rule) !== undefined) return null;
  const options = props.options as Array<{ name: string; label: string }>;
  return (
    <select
      className="hl-input"
      aria-label={strings.operator}
      title={operatorTooltips[props.value ?? ''] ?? undefined}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.handleOnChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.name} value={o.name} title={operatorTooltips[o.name]}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

const num = (raw: string): number | '' => (raw.trim() === '' ? '' : Number(raw));

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * A comma-separated list typed in a text box. It keeps the text as typed (a trailing comma, a
 * space) while that text still reads as the value, and shows the value afresh when it changes
 * from outside (undo, a template).
 */
export function ListInput({
  value,
  onChange,
  parse = (parts) => parts,
  ...input
}: {
  value: readonly unknown[];
  onChange: (list: unknown[]) => void;
  parse?: (parts: string[]) => unknown[];
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const shown = value.map(String).join(', ');
  const [text, setText] = useState(shown);
  const reads = (t: string) => parse(splitList(t)).map(String).join(', ');
  // (An entry with a comma or spaces never reads back as itself: then the text is the value's.)
  if (text !== shown && reads(text) !== shown) setText(shown);
  return (
    <input
      className="hl-input"
      {...input}
      value={reads(text) === shown ? text : shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parse(splitList(e.target.value)));
      }}
    />
  );
}

/** The value editor: one control per data type and operator, and a fact for a fact-to-fact comparison. */
export function ValueEditor(props: ValueEditorProps) {
  const { catalog, strings, issuesAt } = ctx(props);
  const id = useId();
  if (referenceOf(props.rule) !== undefined) return null;
  const issues = issuesAt(props.path);
  const invalid = issues.length > 0 || undefined;
  const describedBy = issues.length > 0 ? `${id}-issues` : undefined;
  const def = findFact(catalog, props.field);
  const { operator, value, handleOnChange: set } = props;
  const common = { 'aria-invalid': invalid, 'aria-describedby': describedBy, disabled: props.disabled };
  let editor: ReactNode;
  if (props.valueSource === 'field') {
    const same = catalog.filter((f) => f.id !== props.field && (def === undefined || f.type === def.type));
    editor = (
      <select
        className="hl-input"
        aria-label={strings.otherFact}
        value={String(value ?? '')}
        onChange={(e) => set(e.target.value)}
        {...common}
      >
        <option value="">{strings.chooseFact}</option>
        {same.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
    );
  } else if (operator === 'withinRange') {
    const pair = Array.isArray(value) ? value : ['', ''];
    editor = (
      <span className="hl-range">
        <input
          className="hl-input"
          type="number"
          aria-label={strings.rangeFrom}
          value={pair[0] ?? ''}
          onChange={(e) => set([num(e.target.value), pair[1] ?? ''])}
          {...common}
        />
        <span aria-hidden="true">–</span>
        <input
          className="hl-input"
          type="number"
          aria-label={strings.rangeTo}
          value={pair[1] ?? ''}
          onChange={(e) => set([pair[0] ?? '', num(e.target.value)])}
          {...common}
        />
      </span>
    );
  } else if (operator === 'in' || operator === 'notIn') {
    const list = Array.isArray(value) ? value.map(String) : [];
    editor =
      def?.options !== undefined ? (
        <select
          className="hl-input"
          multiple
          aria-label={strings.values}
          value={list}
          onChange={(e) => set([...e.target.selectedOptions].map((o) => o.value))}
          {...common}
        >
          {def.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <ListInput
          aria-label={strings.valuesCommaSeparated}
          value={Array.isArray(value) ? value : []}
          parse={(parts) => (def?.type === 'number' ? parts.map(Number) : parts)}
          onChange={set}
          {...common}
        />
      );
  } else if (def?.type === 'boolean') {
    editor = (
      <select
        className="hl-input"
        aria-label={strings.value}
        value={value === true ? 'true' : value === false ? 'false' : ''}
        onChange={(e) => set(e.target.value === '' ? '' : e.target.value === 'true')}
        {...common}
      >
        <option value="">{strings.chooseValue}</option>
        <option value="true">{strings.yes}</option>
        <option value="false">{strings.no}</option>
      </select>
    );
  } else if (def?.options !== undefined && !operator.includes('Text')) {
    editor = (
      <select
        className="hl-input"
        aria-label={strings.value}
        value={String(value ?? '')}
        onChange={(e) => set(e.target.value)}
        {...common}
      >
        <option value="">{strings.chooseValue}</option>
        {def.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (def !== undefined && isDurationFact(def.id)) {
    editor = <DurationEditor hours={value} onChange={set} strings={strings} common={common} />;
  } else if (def?.type === 'number' || def?.type === 'date') {
    editor = (
      <input
        className="hl-input"
        type="number"
        aria-label={strings.value}
        value={value ?? ''}
        onChange={(e) => set(num(e.target.value))}
        {...common}
      />
    );
  } else {
    editor = (
      <input
        className="hl-input"
        aria-label={strings.value}
        value={String(value ?? '')}
        onChange={(e) => set(e.target.value)}
        {...common}
      />
    );
  }
  return (
    <span className="hl-value-editor">
      {editor}
      {issues.length > 0 ? (
        <span id={describedBy} className="hl-field-issue">
          {issues.join(' ')}
        </span>
      ) : null}
    </span>
  );
}

/** Hours, shown in hours or days (a whole number of days when it divides); the rule always holds hours. */
function DurationEditor({
  hours,
  onChange,
  strings,
  common,
}: {
  hours: unknown;
  onChange: (hours: number | '') => void;
  strings: RuleStrings;
  common: Record<string, unknown>;
}) {
  const h = typeof hours === 'number' ? hours : undefined;
  const [unit, setUnit] = useState<'hours' | 'days'>(h !== undefined && h > 0 && h % 24 === 0 ? 'days' : 'hours');
  const shown = h === undefined ? '' : unit === 'days' ? h / 24 : h;
  return (
    <span className="hl-range">
      <input
        className="hl-input"
        type="number"
        min={0}
        aria-label={strings.duration}
        value={shown}
        onChange={(e) => {
          const v = num(e.target.value);
          onChange(v === '' ? '' : unit === 'days' ? v * 24 : v);
        }}
        {...common}
      />
      <select
        className="hl-input"
        aria-label={strings.durationUnit}
        value={unit}
        onChange={(e) => setUnit(e.target.value === 'days' ? 'days' : 'hours')}
      >
        <option value="hours">{strings.hours}</option>
        <option value="days">{strings.days}</option>
      </select>
    </span>
  );
}

/** react-querybuilder's other dropdowns (combinator, value source), named by their title for assistive tech. */
export function NamedSelector(props: ValueSelectorProps) {
  // A named condition reference has no value source to choose.
  if (referenceOf((props as { rule?: unknown }).rule) !== undefined) return null;
  const options = props.options as Array<{ name: string; label: string }>;
  return (
    <select
      className="hl-input"
      aria-label={props.title}
      title={props.title}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.handleOnChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.name} value={o.name}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
