// The panel's side of the preview worker: one worker holding the leads, one run at a time. A new
// request while a run is still going terminates that worker (the stale run is cancelled, not
// just ignored) and starts a fresh one; an answer to an older run is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PreviewLeadSource, PreviewRequest, PreviewResponse } from './previewWorker';

/** The worker as the panel uses it (a `Worker`, or a fake of the same shape in tests). */
export type PreviewWorker = {
  postMessage: (message: unknown) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<PreviewResponse>) => void) | null;
};

/** Where the preview is: not asked yet, running, or its last answer. */
export type PreviewState =
  | { status: 'idle' }
  | { status: 'running'; runId: number; last?: PreviewResponse }
  | { status: 'done'; response: PreviewResponse };

/** @internal Runs previews in a worker made by `createWorker` and holding `source`'s leads. */
export function usePreviewWorker(createWorker: () => PreviewWorker, source: PreviewLeadSource) {
  const worker = useRef<PreviewWorker | undefined>(undefined);
  const busy = useRef(false);
  const lastRun = useRef(0);
  const cancelled = useRef(0);
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const make = useRef(createWorker);
  make.current = createWorker;

  const start = useCallback(() => {
    const w = make.current();
    w.onmessage = (event) => {
      if (event.data.runId !== lastRun.current) return; // a stale answer
      busy.current = false;
      setState({ status: 'done', response: event.data });
    };
    w.postMessage({ type: 'source', source });
    worker.current = w;
    busy.current = false;
  }, [source]);

  useEffect(() => {
    start();
    return () => worker.current?.terminate();
  }, [start]);

  const run = useCallback(
    (request: Omit<PreviewRequest, 'type' | 'runId'>) => {
      const runId = ++lastRun.current;
      if (busy.current) {
        cancelled.current++;
        worker.current?.terminate();
        start();
      }
      busy.current = true;
      setState((prev) => ({
        status: 'running',
        runId,
        last: prev.status === 'done' ? prev.response : prev.status === 'running' ? prev.last : undefined,
      }));
      worker.current?.postMessage({ ...request, type: 'preview', runId });
    },
    [start],
  );
  return { state, run, cancelled };
}
