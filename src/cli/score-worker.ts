/**
 * The worker-thread side of `leadership-3d score --threads N`: batches in, formatted output out.
 * It runs the same pure {@link scoreBatch} as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch, BatchOptions } from './batch.js';
import { scoreBatch, type ScoreOutput } from './rows.js';

/** A batch sent to a worker, tagged so the answer can be matched to it. */
export interface WorkerRequest {
  seq: number;
  batch: Batch;
}

/** A worker's answer to one {@link WorkerRequest}. */
export interface WorkerResponse {
  seq: number;
  out: ScoreOutput;
}

/** What a worker is started with (`workerData`). */
export interface WorkerSetup {
  role: 'leadership-3d-score';
  options: BatchOptions;
}

/** True in a worker thread started by the score command. */
export const isScoreWorker = (): boolean =>
  parentPort !== null &&
  (workerData as Partial<WorkerSetup> | null)?.role === 'leadership-3d-score';

/** Serves batches until the main thread closes the port. */
export function serveBatches(): void {
  const { options } = workerData as WorkerSetup;
  parentPort!.on('message', ({ seq, batch }: WorkerRequest) => {
    const response: WorkerResponse = { seq, out: scoreBatch(batch, options) };
    // bytes are handed over, not copied (scores-csv allocates them outside Buffer's pool)
    const { output } = response.out;
    parentPort!.postMessage(
      response,
      typeof output === 'string' ? [] : [output.buffer as ArrayBuffer],
    );
  });
}
