/**
 * A reason template compiled once: the text and its placeholders (`{amount}`, `{ago}`, …), in
 * the order they are filled, and where they go when that is known from the text alone.
 */
export type Template = {
  text: string;
  placeholders: readonly string[];
  /** Literal parts around the filled placeholders (`literals[i]`, then `slots[i]`, …, then the last literal). */
  layout: Layout | undefined;
};

type Layout = {
  literals: string[];
  slots: number[];
  /** Whether the slots come in the order their words are made: then the text is built as they are. */
  inOrder: boolean;
  /** `tails[i]`: the text from `literals[i]` on, with the placeholders still unfilled. */
  tails: string[];
};

/** Words placeholder `k` of a template for one call (called only for placeholders that are filled). */
export type WordOf<C> = (k: number, context: C) => string;

/**
 * Compiles `text` to be filled as `text.replace(placeholders[0], …).replace(placeholders[1], …)…`
 * fills it: each placeholder's first occurrence in the text as filled so far, in order, its words
 * made only when it occurs. Placeholders are `{name}` (no brace inside). When every `{` of the text
 * opens one of them, where each goes is worked out here, once ({@link fillTemplate} still checks
 * that no word brings a `{` of its own); otherwise the template is filled by the replace chain.
 */
export function compileTemplate(text: string, placeholders: readonly string[]): Template {
  return { text, placeholders, layout: layoutOf(text, placeholders) };
}

type Token = { at: number; k: number };

function layoutOf(text: string, placeholders: readonly string[]): Template['layout'] {
  const tokens: Token[] = [];
  for (let at = text.indexOf('{'); at !== -1; at = text.indexOf('{', at + 1)) {
    const k = placeholders.findIndex((p) => text.startsWith(p, at));
    if (k === -1) return undefined;
    tokens.push({ at, k });
  }
  // A `{name}` token is matched only by the same name, so each placeholder fills its first token.
  const filled = placeholders
    .map((_, k) => tokens.find((t) => t.k === k))
    .filter((t): t is Token => t !== undefined)
    .sort((a, b) => a.at - b.at);
  const literals: string[] = [];
  let from = 0;
  for (const t of filled) {
    literals.push(text.slice(from, t.at));
    from = t.at + placeholders[t.k]!.length;
  }
  literals.push(text.slice(from));
  const slots = filled.map((t) => t.k);
  const tails = literals.map((_, i) =>
    literals.slice(i + 1).reduce((tail, literal, j) => tail + placeholders[slots[i + j]!]! + literal, literals[i]!),
  );
  return { literals, slots, inOrder: slots.every((k, i) => i === 0 || k > slots[i - 1]!), tails };
}

/**
 * Fills a compiled template: the same text as the replace chain of {@link compileTemplate}, with
 * the same words made in the same order. Where a word has a `{` (it could complete or hold a
 * later placeholder), the rest is filled by the chain itself.
 */
export function fillTemplate<C>(template: Template, wordOf: WordOf<C>, context: C): string {
  const { layout, placeholders } = template;
  if (layout === undefined) return replaceFrom(template.text, placeholders, 0, wordOf, context);
  if (layout.inOrder) return fillInOrder(layout, placeholders, wordOf, context);
  const words: Array<string | undefined> = [];
  for (let k = 0; k < placeholders.length; k++) {
    if (!layout.slots.includes(k)) continue;
    const word = wordOf(k, context);
    words[k] = word;
    if (word.includes('{')) return replaceFrom(assemble(template, words), placeholders, k + 1, wordOf, context);
  }
  return assemble(template, words);
}

/** {@link fillTemplate} where the words are made in the order they stand: the text grows as they come. */
function fillInOrder<C>(layout: Layout, placeholders: readonly string[], wordOf: WordOf<C>, context: C): string {
  const { literals, slots, tails } = layout;
  let text = literals[0]!;
  for (let i = 0; i < slots.length; i++) {
    const k = slots[i]!;
    const word = wordOf(k, context);
    if (word.includes('{')) return replaceFrom(text + word + tails[i + 1]!, placeholders, k + 1, wordOf, context);
    text += word + literals[i + 1]!;
  }
  return text;
}

/** The layout with the words made so far, and the text of the placeholders not filled yet. */
function assemble(template: Template, words: ReadonlyArray<string | undefined>): string {
  const { literals, slots } = template.layout!;
  let text = literals[0]!;
  for (let i = 0; i < slots.length; i++) {
    const k = slots[i]!;
    text += (words[k] ?? template.placeholders[k]!) + literals[i + 1]!;
  }
  return text;
}

/** The replace chain from placeholder `from` on (a `$&` in a word is text, not a pattern). */
function replaceFrom<C>(
  text: string,
  placeholders: readonly string[],
  from: number,
  wordOf: WordOf<C>,
  context: C,
): string {
  let out = text;
  for (let k = from; k < placeholders.length; k++) out = out.replace(placeholders[k]!, () => wordOf(k, context));
  return out;
}
