// Turns a chain of doc blocks into two modules with the same lines: one to type-check (the code
// as written) and one to run, where each claimed expression reports its value to the recorder
// (`__docs.claim(id, (expr))`), `console` prints into the recorder, and a checkpoint closes each
// block so its printed output can be compared with the ```text fence after it.
import ts from 'typescript';
import { ClaimSyntaxError, isOpen, parseClaim, type Claim } from './claim';
import type { AuthoringProblem, DocChain } from './markdown';

/** Where line i (0-based) of a generated module comes from. */
export type LineOrigin = { block: number; mdLine: number } | null;

/** A claim attached to a statement. */
export type PlacedClaim = { id: number; block: number; mdLine: number; claim: Claim };

/** The two modules of a chain. */
export type InstrumentedChain = {
  chain: DocChain;
  /** The code as written, blocks one after another (line 0 and the checkpoint lines are empty). */
  checkSource: string;
  /** The same lines, instrumented. */
  runSource: string;
  /** Origin of every line of both sources. */
  origins: LineOrigin[];
  claims: PlacedClaim[];
  problems: AuthoringProblem[];
};

/** The global slot a running example finds its recorder in. */
export const RECORDER_KEY = 'hotleads.docs-examples';

const HEADER =
  `const __docs = (globalThis as any)[Symbol.for('${RECORDER_KEY}')].begin(); ` +
  `const console: Console = __docs.console;`;

// A claim starts on the statement's line, or on the next line (after a plain comment, if any).
const CLAIM_START = /^[ \t]*(?:\/\/(?![ \t]*→)[^\n]*)?(?:\r?\n[ \t]*)?(\/\/[ \t]*→)/;

/** Lays out a chain and instruments its claims. */
export function instrumentChain(chain: DocChain): InstrumentedChain {
  const lines: string[] = [''];
  const origins: LineOrigin[] = [null];
  const checkpoints: number[] = [];
  chain.blocks.forEach((block, b) => {
    block.code.split('\n').forEach((text, i) => {
      lines.push(text);
      origins.push({ block: b, mdLine: block.line + i });
    });
    checkpoints.push(lines.length);
    lines.push('');
    origins.push(null);
  });
  const checkSource = lines.join('\n');
  const problems: AuthoringProblem[] = [];
  const claims: PlacedClaim[] = [];
  const lineStarts = [0];
  for (let i = 0; i < checkSource.length; i++) if (checkSource[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const mdLineAt = (pos: number) => origins[lineOf(pos)]?.mdLine ?? chain.blocks[0]!.line;
  const problem = (pos: number, message: string) => problems.push({ file: chain.file, line: mdLineAt(pos), message });

  const sf = ts.createSourceFile(
    chain.lang === 'tsx' ? 'example.tsx' : 'example.ts',
    checkSource,
    ts.ScriptTarget.Latest,
    true,
    chain.lang === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

  // Every `// →` comment of the module, so that one no statement claims can be reported.
  const claimComments = new Map<number, boolean>();
  const noteComments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? [])
      if (r.kind === ts.SyntaxKind.SingleLineCommentTrivia && /^\/\/\s*→/.test(checkSource.slice(r.pos, r.end)))
        claimComments.set(r.pos, claimComments.get(r.pos) ?? false);
  };
  const edits: Array<{ start: number; end: number; text: string }> = [];

  const canAwait = (node: ts.Node): boolean => {
    for (let p = node.parent; p !== undefined; p = p.parent) {
      if (ts.isFunctionLike(p))
        return (ts.getCombinedModifierFlags(p as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
    }
    return true; // top level of a module
  };

  const attach = (statement: ts.ExpressionStatement | ts.VariableStatement) => {
    const after = checkSource.slice(statement.end);
    const m = CLAIM_START.exec(after);
    if (!m) return;
    const commentPos = statement.end + m[0].length - m[1]!.length;
    if (claimComments.get(commentPos) === true) return;
    claimComments.set(commentPos, true);
    // The claim's text: this comment, and the comment lines below it while its brackets are open.
    const commentLine = lineOf(commentPos);
    let text = lines[commentLine]!.slice(commentPos - lineStarts[commentLine]!).replace(/^\/\/\s*→/, '');
    for (let l = commentLine + 1; isOpen(text) && l < lines.length; l++) {
      const more = /^\s*\/\/(.*)$/.exec(lines[l]!);
      if (!more) break;
      text += ' ' + more[1]!.trim();
    }
    let claim: Claim;
    try {
      claim = parseClaim(text);
    } catch (e) {
      if (e instanceof ClaimSyntaxError) return problem(commentPos, `cannot read the claim: ${e.message}`);
      throw e;
    }
    const id = claims.length;
    const origin = origins[commentLine]!;
    if (ts.isExpressionStatement(statement)) {
      const expr = statement.expression;
      const code = checkSource.slice(expr.getStart(sf), expr.end);
      const wrapped = !claim.throws
        ? `__docs.claim(${id}, (${code}))`
        : canAwait(statement)
          ? `(await __docs.claimThrows(${id}, async () => (${code})))`
          : `__docs.claimThrowsSync(${id}, () => (${code}))`;
      edits.push({ start: expr.getStart(sf), end: expr.end, text: wrapped });
    } else {
      const [decl, ...others] = statement.declarationList.declarations;
      if (decl === undefined || others.length > 0 || !ts.isIdentifier(decl.name))
        return problem(commentPos, 'a claim after a declaration needs exactly one declared name');
      if (claim.throws) return problem(commentPos, 'a throws claim goes after an expression, not a declaration');
      edits.push({ start: statement.end, end: statement.end, text: ` __docs.claim(${id}, ${decl.name.text});` });
    }
    claims.push({ id, block: origin?.block ?? 0, mdLine: origin?.mdLine ?? 0, claim });
  };

  const visit = (node: ts.Node) => {
    noteComments(ts.getLeadingCommentRanges(checkSource, node.getFullStart()));
    noteComments(ts.getTrailingCommentRanges(checkSource, node.end));
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) attach(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const [pos, used] of claimComments)
    if (!used)
      problem(pos, 'a // → claim must follow an expression statement or a declaration, on its line or the line below');

  if (chain.typecheckOnly !== undefined) {
    for (const c of claims)
      problems.push({
        file: chain.file,
        line: c.mdLine,
        message: `a typecheck-only example cannot check a // → claim (${chain.typecheckOnly}): write a plain comment`,
      });
    for (const b of chain.blocks)
      if (b.output)
        problems.push({
          file: chain.file,
          line: b.output.line - 1,
          message: 'a typecheck-only example cannot check printed output: drop the text fence or run the example',
        });
  }

  edits.sort((x, y) => y.start - x.start);
  edits.forEach((e, i) => {
    const outer = edits[i - 1];
    if (outer !== undefined && e.end > outer.start)
      problem(e.start, 'a claimed expression cannot contain another claim');
  });
  let run = checkSource;
  for (const e of edits) run = run.slice(0, e.start) + e.text + run.slice(e.end);
  const runLines = run.split('\n');
  runLines[0] = HEADER;
  checkpoints.forEach((line, b) => (runLines[line] = `__docs.endBlock(${b});`));
  return { chain, checkSource, runSource: runLines.join('\n'), origins, claims, problems };
}
