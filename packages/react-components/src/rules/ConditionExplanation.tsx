import {
  findFact,
  factCatalog,
  formatConditionValue,
  type ConditionResult,
  type FactDefinition,
} from '@hotleads/rules';
import { useHotleadsLocale } from '../theme/context';
import { operatorWord } from './words';

/** Props of {@link ConditionExplanation}. */
export type ConditionExplanationProps = {
  /** The tree a rule's evaluation explained (`previewRule`'s examples, `evaluateRules`' `explanation`). */
  result: ConditionResult;
  /** The catalog that names the facts (default `factCatalog`). */
  catalog?: readonly FactDefinition[];
  /** The list's accessible name (default `strings.rules.explanation`). */
  label?: string;
};

/**
 * Draws a condition tree as the rules evaluator explained it: each group (all, any, not) and each
 * comparison with its verdict, and for a comparison the fact's value the operator saw
 * (docs/rules.md, "Preview"). A condition with a json-rules-engine `name` shows it as a label
 * (`strings.rules.conditionName`) before its group or comparison. Nothing is re-evaluated here: every pass and fail comes from @hotleads/rules.
 */
export function ConditionExplanation({ result, catalog = factCatalog, label }: ConditionExplanationProps) {
  const { strings } = useHotleadsLocale();
  return (
    <ul className="hl-explain" aria-label={label ?? strings.rules.explanation}>
      <ExplanationNode node={result} catalog={catalog} />
    </ul>
  );
}

function ExplanationNode({ node, catalog }: { node: ConditionResult; catalog: readonly FactDefinition[] }) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.rules;
  const verdict = (
    <span className="hl-verdict" data-pass={node.pass}>
      {node.pass ? s.pass : s.fail}
    </span>
  );
  const name =
    node.name === undefined || node.name === '' ? null : (
      <>
        <span className="hl-explain-name">{s.conditionName(node.name)}</span>{' '}
      </>
    );
  if (node.kind === 'fact') {
    const def = findFact(catalog, node.fact);
    const fact = def?.label ?? node.fact;
    const path = node.path === undefined ? '' : ` ${node.path}`;
    const show = (value: unknown) => formatConditionValue(value, node.fact, { locale, catalog }) ?? s.missing;
    return (
      <li className="hl-explain-leaf" data-pass={node.pass}>
        {verdict} {name}
        <span>
          {fact}
          {path} <strong>{operatorWord(node.operator, def)}</strong> {show(node.value)}
        </span>{' '}
        <span className="hl-muted">{s.factValue(show(node.factValue))}</span>
        {node.error === undefined ? null : <span className="hl-error-text">{node.error}</span>}
      </li>
    );
  }
  const children = node.kind === 'not' ? [node.condition] : node.conditions;
  return (
    <li className="hl-explain-group" data-pass={node.pass}>
      {verdict} {name}
      <span className="hl-explain-kind">
        {node.kind === 'reference' ? s.referenceName(node.reference) : s.groupNames[node.kind]}
      </span>
      <ul>
        {children.map((child, i) => (
          <ExplanationNode key={i} node={child} catalog={catalog} />
        ))}
      </ul>
    </li>
  );
}
