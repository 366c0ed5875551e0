/**
 * The SMS use case: validate a message at the edge's request, score it with the core, and parse
 * the batch line formats. Shared by the CLI, the HTTP API and the library entry.
 */
import { z } from 'zod';
import { scoreSms } from '../core/sms/score-sms.js';
import type { SmsInput as CoreSmsInput, SmsVerdict } from '../core/sms/types.js';
import { AppError, type ErrorCode } from '../core/shared/app-error.js';
import { err, ok, type Result } from '../core/shared/result.js';

/**
 * One message as clients send it; unknown keys (labels, metadata) are ignored. An optional field
 * given as null is absent: exports from pandas, SQL and most JSON writers spell "no sender" so.
 * (Plain nullable fields, mapped in `toMessage`: a z.preprocess here cost a third of the stream's
 * throughput and pushed its peak RSS past 300 MB, measured with `npm run bench -- sms`.)
 */
export const SmsInput = z.object({
  id: z
    .union([z.string().max(256), z.number().transform(String)])
    .nullable()
    .optional(),
  text: z.string({ error: 'text is required and must be a string' }),
  sender: z.string().max(64).nullable().optional(),
  receivedAt: z.string().max(64).nullable().optional(),
});
export type SmsInput = z.infer<typeof SmsInput>;

/** Most messages in one `{"messages": [...]}` request. */
export const MAX_BATCH = 1000;

const SmsBatch = z.object({ messages: z.array(SmsInput).min(1).max(MAX_BATCH) });

/** The body of `POST /v1/sms/classify`: one message, or a batch of up to MAX_BATCH. */
export const SmsClassifyBody = z.union([SmsInput, SmsBatch]);

export interface SmsServiceOptions {
  readonly maxTextChars: number;
}

export interface SmsLineError {
  readonly id?: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export interface SmsService {
  /** Scores one validated message; throws AppError for a text that is empty or too long. */
  classify(input: SmsInput): SmsVerdict;
  /** Parses and scores one batch line (`json`: an SmsInput object; `text`: the message itself). */
  classifyLine(line: string, mode: 'json' | 'text'): Result<SmsVerdict, SmsLineError>;
  /**
   * Answers a `POST /v1/sms/classify` body (JSON text) with its JSON answer: the record, or
   * `{"results": [...]}` for a batch, where a message with a bad text gets `{id, error}` in its
   * place. Throws AppError INPUT_INVALID (not JSON, or not the schema; nothing is scored then) and
   * the SMS_TEXT_* codes for a single message. Text in, text out, so it can run on a worker thread.
   */
  classifyBody(body: string): string;
}

/** Creates the SMS service with its size limits. */
export function createSmsService(options: SmsServiceOptions): SmsService {
  const checkText = (input: SmsInput): SmsLineError | null => {
    if (input.text.trim().length === 0) {
      return { ...idOf(input), code: 'SMS_TEXT_MISSING', message: 'text is empty' };
    }
    if (input.text.length > options.maxTextChars) {
      return {
        ...idOf(input),
        code: 'SMS_TEXT_TOO_LONG',
        message: `text has ${input.text.length} characters; the limit is ${options.maxTextChars}`,
      };
    }
    return null;
  };

  const classifyChecked = (input: SmsInput): Result<SmsVerdict, SmsLineError> => {
    const problem = checkText(input);
    if (problem) return err(problem);
    return ok(scoreSms(toMessage(input)));
  };

  const classify = (input: SmsInput): SmsVerdict => {
    const r = classifyChecked(input);
    if (!r.ok) throw new AppError(r.error.code, r.error.message);
    return r.value;
  };

  return {
    classify,
    classifyBody(body) {
      let raw: unknown;
      try {
        raw = JSON.parse(body);
      } catch (cause) {
        throw new AppError('INPUT_INVALID', 'body is not valid JSON', { cause });
      }
      // The branch is chosen by shape, so an issue names its path ("messages.3.text"), not just
      // "matches neither form".
      const isBatch = typeof raw === 'object' && raw !== null && 'messages' in raw;
      const parsed = (isBatch ? SmsBatch : SmsInput).safeParse(raw);
      if (!parsed.success) {
        throw new AppError('INPUT_INVALID', 'request body does not match the schema', {
          details: {
            issues: parsed.error.issues.map((i) => ({
              path: i.path.join('.'),
              message: i.message,
            })),
          },
        });
      }
      const input = parsed.data;
      if (!('messages' in input)) return JSON.stringify(classify(input));
      // Every message was validated before any is scored: a request that fails validation
      // changes nothing; a text that is empty or too long is reported in its place.
      const results = input.messages.map((m) => {
        const r = classifyChecked(m);
        return r.ok
          ? r.value
          : { id: m.id ?? null, error: { code: r.error.code, message: r.error.message } };
      });
      return JSON.stringify({ results });
    },
    classifyLine(line, mode) {
      if (line.trim().length === 0) {
        return err({ code: 'SMS_TEXT_MISSING', message: 'blank line' });
      }
      if (mode === 'text') return classifyChecked({ text: line });
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        // Not JSON: reported in place as a bad line, the batch goes on.
        return err({ code: 'SMS_JSON_INVALID', message: 'line is not valid JSON' });
      }
      const parsed = SmsInput.safeParse(raw);
      if (!parsed.success) {
        const id =
          typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
        return err({
          ...(typeof id === 'string' ? { id } : {}),
          code: parsed.error.issues.some((i) => i.path[0] === 'text')
            ? 'SMS_TEXT_MISSING'
            : 'INPUT_INVALID',
          message: parsed.error.issues
            .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
            .join('; '),
        });
      }
      return classifyChecked(parsed.data);
    },
  };
}

function idOf(input: SmsInput): { id?: string } {
  return input.id == null ? {} : { id: input.id };
}

/** The core's message: null fields absent (the common case, none null, is passed as it is). */
function toMessage(input: SmsInput): CoreSmsInput {
  if (input.id !== null && input.sender !== null && input.receivedAt !== null) {
    return input as CoreSmsInput;
  }
  return {
    text: input.text,
    ...(input.id != null ? { id: input.id } : {}),
    ...(input.sender != null ? { sender: input.sender } : {}),
    ...(input.receivedAt != null ? { receivedAt: input.receivedAt } : {}),
  };
}
