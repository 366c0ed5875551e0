/**
 * Worker thread of bench/sms.bench.ts: trains the peer on the texts and labels it is given, then
 * times one pass over all texts per request, so the peer's library stays out of the main isolate.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPeer, toPeerTokens } from './sms-peer.js';

const { texts, labels } = workerData as { texts: string[]; labels: string[] };
const peer = createPeer();
texts.forEach((t, i) => {
  peer.addDocument(toPeerTokens(t), labels[i] ?? 'ham');
});
peer.train();
let sink = 0;
const classify = (text: string): number => peer.classify(toPeerTokens(text)).length;
classify(texts[0] ?? '');
for (const t of texts.slice(0, 2000)) sink += classify(t);
const gc = (globalThis as { gc?: () => void }).gc;

parentPort?.on('message', (msg: 'pass' | 'stop') => {
  if (msg === 'stop') {
    parentPort?.close();
    return;
  }
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  for (const t of texts) sink += classify(t);
  const ns = Number(process.hrtime.bigint() - start);
  const bytes = Math.max(0, process.memoryUsage().heapUsed - heap) / texts.length;
  parentPort?.postMessage({ ns, bytes, sink });
});
parentPort?.postMessage('ready');
