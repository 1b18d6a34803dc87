/**
 * A worker thread of `cigd check` (see workers.ts): takes batches of files
 * from the shared counter, checks and renders them, posts the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderFile } from './render.ts';
import type { WorkerMessage } from './workers.ts';

const { files, today, json, colour, shared, batch } = workerData as {
  files: string[]; today: string; json: boolean; colour: boolean; shared: SharedArrayBuffer; batch: number;
};
const next = new Int32Array(shared);

for (;;) {
  const start = Atomics.add(next, 0, batch);
  if (start >= files.length) break;
  const out: WorkerMessage = [];
  for (let index = start; index < Math.min(start + batch, files.length); index++) {
    out.push({ index, rendered: renderFile(files[index], { today, json, colour }) });
  }
  parentPort!.postMessage(out);
}
parentPort!.postMessage('done');
