/** POST /v1/sms/classify: one message or a batch of up to 1,000, answered with the CLI's records. */
import type { Hono } from 'hono';
import { SmsClassifyBody } from '../services/sms.js';
import type { ApiDoc } from './openapi.js';
import { readText } from './validate.js';
import type { AppEnv } from './types.js';

/**
 * Turns a request body (JSON text) into its JSON answer, or throws AppError: SmsService's
 * classifyBody, run in process or on the worker pool of `tocsin serve`.
 */
export type ClassifySmsBody = (body: string) => Promise<string>;

/** Mounts the SMS routes. */
export function mountSmsRoutes(
  app: Hono<AppEnv>,
  classifyBody: ClassifySmsBody,
  doc: ApiDoc,
): void {
  doc.route({
    method: 'post',
    path: '/v1/sms/classify',
    summary: 'Verdict for one SMS, or a batch of up to 1,000 ({"messages": [...]})',
    access: 'anyone',
    body: SmsClassifyBody,
  });
  app.post('/v1/sms/classify', async (c) => {
    const answer = await classifyBody(await readText(c));
    return c.body(answer, 200, { 'content-type': 'application/json' });
  });
}
