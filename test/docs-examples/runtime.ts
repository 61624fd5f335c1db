// What a running example talks to: a recorder that keeps each claimed value, what each block
// printed (through a real `Console`, so the text is exactly what `node` would print), and whether
// each block ran to its end.
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { RECORDER_KEY } from './instrument';

/** One evaluation of a claimed expression. */
export type Observation = { ok: true; value: unknown } | { ok: false; error: unknown };

/** What one run of a chain reported. */
export class Recorder {
  /** Per claim id, every value (or thrown error) its expression produced, in order. */
  readonly observations = new Map<number, Observation[]>();
  /** Per block, what it printed; a block that did not reach its end has no entry. */
  readonly printed = new Map<number, string>();
  private buffer = '';
  readonly console: Console;

  constructor() {
    const sink = new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        this.buffer += chunk.toString();
        done();
      },
    });
    this.console = new Console({ stdout: sink, stderr: sink, colorMode: false });
  }

  private observe(id: number, o: Observation): void {
    const list = this.observations.get(id) ?? [];
    list.push(o);
    this.observations.set(id, list);
  }

  /** Records a claimed value and returns it, so the statement still means what it did. */
  claim<T>(id: number, value: T): T {
    this.observe(id, { ok: true, value });
    return value;
  }

  /** Runs a claimed expression that is expected to throw (or reject). */
  async claimThrows(id: number, run: () => unknown): Promise<void> {
    try {
      this.observe(id, { ok: true, value: await run() });
    } catch (error) {
      this.observe(id, { ok: false, error });
    }
  }

  /** The same, outside an async function. */
  claimThrowsSync(id: number, run: () => unknown): void {
    try {
      this.observe(id, { ok: true, value: run() });
    } catch (error) {
      this.observe(id, { ok: false, error });
    }
  }

  /** Closes block `b`: what was printed since the previous block is its output. */
  endBlock(b: number): void {
    this.printed.set(b, this.buffer);
    this.buffer = '';
  }

  /** What was printed after the last completed block (by a block that then threw). */
  get pending(): string {
    return this.buffer;
  }
}

type Slot = { begin(): Recorder };

/** Makes `recorder` the one the next example module to start will report to. */
export function installRecorder(recorder: Recorder): void {
  let taken = false;
  (globalThis as Record<symbol, Slot>)[Symbol.for(RECORDER_KEY)] = {
    begin() {
      if (taken) throw new Error('This recorder was already taken by another example module');
      taken = true;
      return recorder;
    },
  };
}
