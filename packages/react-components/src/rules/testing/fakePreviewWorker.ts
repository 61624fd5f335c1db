// A preview worker in the same thread, for jsdom (which has no Worker) and tests: it answers
// with the real handler (`createPreviewHandler`), either on the next tick or when the test says.
import { createPreviewHandler, type PreviewMessage, type PreviewResponse } from '../previewWorker';
import type { PreviewWorker } from '../usePreviewWorker';

/** A fake worker and what it was sent. */
export type FakePreviewWorker = PreviewWorker & {
  readonly posted: PreviewMessage[];
  terminated: boolean;
  /** Answers held back when `manual` (in order); `deliver()` sends the oldest. */
  readonly pending: PreviewResponse[];
  deliver: () => void;
};

/** Makes fake workers; `manual: true` holds every answer until `deliver()`. */
export function fakeWorkers(options: { manual?: boolean } = {}) {
  const made: FakePreviewWorker[] = [];
  const create = (): FakePreviewWorker => {
    const handle = createPreviewHandler(() => 0);
    const w: FakePreviewWorker = {
      onmessage: null,
      posted: [],
      pending: [],
      terminated: false,
      postMessage(message) {
        const m = structuredClone(message) as PreviewMessage;
        w.posted.push(m);
        const response = handle(m);
        if (response === undefined) return;
        if (options.manual) w.pending.push(response);
        else setTimeout(() => send(response), 0);
      },
      terminate() {
        w.terminated = true;
      },
      deliver() {
        const response = w.pending.shift();
        if (response) send(response);
      },
    };
    const send = (data: PreviewResponse) => {
      if (!w.terminated) w.onmessage?.({ data } as MessageEvent<PreviewResponse>);
    };
    made.push(w);
    return w;
  };
  return { create, made };
}
