// Reads the TypeScript examples of a Markdown file: every ```ts / ```typescript / ```tsx fence,
// the `<!-- docs-test: … -->` marker right above it, and the ```text fence right after it (the
// output the example claims to print). Consecutive blocks joined with `continue` form one chain,
// which runs as one module. The conventions are written down in CONTRIBUTING.md ("Doc examples").

/** The languages whose fences are examples. */
const CODE_LANGUAGES: Record<string, 'ts' | 'tsx'> = { ts: 'ts', typescript: 'ts', tsx: 'tsx' };

/** A problem with how a doc is written (not with what its code does). */
export type AuthoringProblem = { file: string; line: number; message: string };

/** One TypeScript fence. */
export type DocBlock = {
  /** The Markdown file, relative to the repository root (`docs/rules.md`). */
  file: string;
  /** The line of the opening fence (1-based). */
  fenceLine: number;
  /** The line of the first line of code (1-based): code line i is Markdown line `line + i`. */
  line: number;
  lang: 'ts' | 'tsx';
  /** The code, with the fence's indentation removed. */
  code: string;
  /** `<!-- docs-test: continue -->`: this block goes on from the one before. */
  continues: boolean;
  /** `<!-- docs-test: typecheck-only (reason) -->`: the reason it is not run. */
  typecheckOnly?: string;
  /** The ```text fence that follows: what the block prints. */
  output?: { line: number; text: string };
};

/** Blocks that run as one module: a block and the `continue` blocks after it. */
export type DocChain = {
  /** `docs/rules.md:12`, the file and the first block's fence line. */
  id: string;
  file: string;
  blocks: DocBlock[];
  /** `tsx` when any block is. */
  lang: 'ts' | 'tsx';
  /** Set when any block of the chain is typecheck-only: the reasons, joined. */
  typecheckOnly?: string;
};

type Fence = { open: number; close: number; indent: number; info: string; body: string[] };

const FENCE_OPEN = /^( {0,})(`{3,}|~{3,})(.*)$/;
const MARKER = /^\s*<!--\s*docs-test:(.*?)-->\s*$/;
const MARKER_START = /^\s*<!--\s*docs-test/;

function fences(lines: string[]): Fence[] {
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', mark = '', rest = ''] = open;
    if (mark[0] === '`' && rest.includes('`')) continue; // inline code, not a fence
    const closeRe = new RegExp(`^ *${mark[0] === '`' ? '`' : '~'}{${mark.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !closeRe.test(lines[j]!)) j++;
    const body = lines.slice(i + 1, j).map((l) => {
      const lead = /^ */.exec(l)![0].length;
      return l.slice(Math.min(lead, indent.length));
    });
    out.push({ open: i, close: j, indent: indent.length, info: rest.trim(), body });
    i = j;
  }
  return out;
}

/** The directives of a marker line, or the problem with it. */
function parseMarker(text: string): { continues: boolean; typecheckOnly?: string } | { problem: string } {
  let continues = false;
  let typecheckOnly: string | undefined;
  for (const raw of text.split(';')) {
    const d = raw.trim();
    if (d === 'continue') continues = true;
    else if (d.startsWith('typecheck-only')) {
      const reason = /^typecheck-only\s*\((.+)\)$/.exec(d)?.[1]?.trim();
      if (!reason)
        return { problem: 'typecheck-only needs a reason in parentheses: typecheck-only (needs PostgreSQL)' };
      typecheckOnly = reason;
    } else return { problem: `unknown docs-test directive "${d}" (known: continue, typecheck-only (reason))` };
  }
  return typecheckOnly === undefined ? { continues } : { continues, typecheckOnly };
}

/** The examples of one Markdown file, and what is wrong with how they are written. */
export function extractBlocks(file: string, markdown: string): { blocks: DocBlock[]; problems: AuthoringProblem[] } {
  const lines = markdown.split('\n');
  const all = fences(lines);
  const blocks: DocBlock[] = [];
  const problems: AuthoringProblem[] = [];
  const insideFence = new Set<number>();
  for (const f of all) for (let l = f.open; l <= f.close; l++) insideFence.add(l);
  const usedMarkers = new Set<number>();

  for (let k = 0; k < all.length; k++) {
    const f = all[k]!;
    const lang = CODE_LANGUAGES[f.info.split(/\s+/)[0]!.toLowerCase()];
    if (lang === undefined) continue;
    let prev = f.open - 1;
    while (prev >= 0 && lines[prev]!.trim() === '') prev--;
    let continues = false;
    let typecheckOnly: string | undefined;
    const marker = prev >= 0 && !insideFence.has(prev) ? MARKER.exec(lines[prev]!) : null;
    if (marker) {
      usedMarkers.add(prev);
      const parsed = parseMarker(marker[1]!);
      if ('problem' in parsed) problems.push({ file, line: prev + 1, message: parsed.problem });
      else ({ continues, typecheckOnly } = parsed);
    }
    const block: DocBlock = {
      file,
      fenceLine: f.open + 1,
      line: f.open + 2,
      lang,
      code: f.body.join('\n'),
      continues,
      ...(typecheckOnly === undefined ? {} : { typecheckOnly }),
    };
    const next = all[k + 1];
    if (next !== undefined && next.info.split(/\s+/)[0] === 'text') {
      const between = lines.slice(f.close + 1, next.open);
      if (between.every((l) => l.trim() === '')) block.output = { line: next.open + 2, text: next.body.join('\n') };
    }
    if (continues && blocks.length === 0)
      problems.push({ file, line: block.fenceLine, message: 'a continue block needs an example before it' });
    blocks.push(block);
  }

  lines.forEach((l, i) => {
    if (insideFence.has(i) || usedMarkers.has(i) || !MARKER_START.test(l)) return;
    problems.push({
      file,
      line: i + 1,
      message: MARKER.test(l)
        ? 'a docs-test marker must stand right above a ts or tsx fence'
        : 'a docs-test marker is one line: <!-- docs-test: … -->',
    });
  });
  return { blocks, problems };
}

/** Groups blocks into chains: each block starts one, unless it continues the one before. */
export function chainBlocks(blocks: readonly DocBlock[]): DocChain[] {
  const chains: DocChain[] = [];
  for (const block of blocks) {
    const last = chains.at(-1);
    if (block.continues && last !== undefined && last.file === block.file) last.blocks.push(block);
    else chains.push({ id: `${block.file}:${block.fenceLine}`, file: block.file, blocks: [block], lang: 'ts' });
  }
  for (const chain of chains) {
    chain.lang = chain.blocks.some((b) => b.lang === 'tsx') ? 'tsx' : 'ts';
    const reasons = chain.blocks.flatMap((b) => (b.typecheckOnly === undefined ? [] : [b.typecheckOnly]));
    if (reasons.length > 0) chain.typecheckOnly = [...new Set(reasons)].join('; ');
  }
  return chains;
}
