/** POST /v1/sms/classify: one message or a batch of up to 1,000, answered with the CLI's records. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../core/shared/app-error.js';
import { SmsInput, type SmsService } from '../services/sms.js';
import type { ApiDoc } from './openapi.js';
import { readJson } from './validate.js';
import type { AppEnv } from './types.js';

export const MAX_BATCH = 1000;

export const SmsClassifyBody = z.union([
  SmsInput,
  z.object({ messages: z.array(SmsInput).min(1).max(MAX_BATCH) }),
]);

/** Mounts the SMS routes. */
export function mountSmsRoutes(app: Hono<AppEnv>, sms: SmsService, doc: ApiDoc): void {
  doc.route({
    method: 'post',
    path: '/v1/sms/classify',
    summary: 'Verdict for one SMS, or a batch of up to 1,000 ({"messages": [...]})',
    access: 'anyone',
    body: SmsClassifyBody,
  });
  app.post('/v1/sms/classify', async (c) => {
    const body = await readJson(c);
    const parsed = SmsClassifyBody.safeParse(body);
    if (!parsed.success) {
      throw new AppError('INPUT_INVALID', 'request body does not match the schema', {
        details: {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      });
    }
    const input = parsed.data;
    if ('messages' in input) {
      // Validate every message before scoring any: a request that fails validation changes nothing.
      const results = input.messages.map((m) => {
        try {
          return sms.classify(m);
        } catch (e) {
          if (e instanceof AppError)
            return { id: m.id ?? null, error: { code: e.code, message: e.message } };
          throw e;
        }
      });
      return c.json({ results });
    }
    return c.json(sms.classify(input));
  });
}
