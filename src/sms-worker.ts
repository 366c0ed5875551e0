/**
 * Entry of the SMS worker threads of `tocsin serve` (adapters/worker/worker-pool.ts starts them):
 * each builds its own SMS service and answers `POST /v1/sms/classify` bodies. A composition root
 * like main.ts; nothing runs at import.
 */
import { serveJobs } from './adapters/worker/worker-pool.js';
import { createSmsService } from './services/sms.js';

export interface SmsWorkerData {
  readonly maxTextChars: number;
}

/** Runs in a worker thread: serves classifyBody jobs until the pool ends the thread. */
export function runSmsWorker(data: SmsWorkerData): void {
  const sms = createSmsService({ maxTextChars: data.maxTextChars });
  serveJobs((body) => sms.classifyBody(body));
}
