/**
 * Worker thread of bench/sms.bench.ts: trains the peer on the texts and labels it is given, then
 * times one pass over all texts per message received, so the peer's library stays out of the
 * bench's isolate. The bench ends it with terminate().
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPeer, toPeerTokens } from './sms-peer.js';
import { preparePass } from './time-pass.js';

const { texts, labels } = workerData as { texts: string[]; labels: string[] };
const peer = createPeer();
texts.forEach((t, i) => {
  peer.addDocument(toPeerTokens(t), labels[i] ?? 'ham');
});
peer.train();
const pass = preparePass(texts, (text) => peer.classify(toPeerTokens(text)).length);
parentPort?.on('message', () => parentPort?.postMessage(pass()));
parentPort?.postMessage('ready');
