// Loads what a ledger call returns into state: the payments screens read the ledger (async) and
// render what it answered, never a value of their own.
import { useEffect, useState } from 'react';

/** A ledger call's state: its value once it resolved, or the error it was refused with. */
export type LedgerValue<T> = { value: T | undefined; error: unknown; loading: boolean };

/**
 * Runs `load` whenever `key` changes and keeps its latest answer; an answer that arrives after a
 * newer call started is dropped. `load` of `null` loads nothing.
 */
export function useLedgerValue<T>(load: (() => Promise<T>) | null, key: string): LedgerValue<T> {
  const [state, setState] = useState<LedgerValue<T>>({ value: undefined, error: undefined, loading: load !== null });
  useEffect(() => {
    if (load === null) {
      setState({ value: undefined, error: undefined, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => live && setState({ value, error: undefined, loading: false }),
      (error: unknown) => live && setState({ value: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
    // `key` names the call: a new closure with the same key is the same call.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

/** The message of a refused call: a HotleadsError's own sentence, or the error as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The field a HotleadsError points at (the first segment of its `path`), when it has one. */
export function errorField(error: unknown): string | undefined {
  const path = (error as { path?: unknown } | null)?.path;
  return Array.isArray(path) && typeof path[0] === 'string' ? path[0] : undefined;
}
