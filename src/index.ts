/**
 * The library API of Tocsin. The only barrel in src/: everything a program embedding Tocsin may
 * use, with the same records as the CLI and the HTTP API.
 */
import { AppError } from './core/shared/app-error.js';
import { scoreSms } from './core/sms/score-sms.js';
import type { SmsInput, SmsVerdict } from './core/sms/types.js';

export { AppError, ErrorCode } from './core/shared/app-error.js';
export type { Result } from './core/shared/result.js';
export type {
  LureFamily,
  Signal,
  SignalCode,
  SmsInput,
  SmsVerdict,
  SmsVerdictKind,
  Span,
} from './core/sms/types.js';

/** Largest message classifySms accepts (characters); the CLI and API default to the same. */
export const MAX_SMS_TEXT_CHARS = 4096;

/**
 * Explained verdict for one SMS: ham, spam or smishing, impersonated brand, lure and signals.
 * Throws AppError SMS_TEXT_MISSING / SMS_TEXT_TOO_LONG for input that is not a message.
 * @example
 * classifySms({ text: '【中国移动】积分即将清零，请登录 10086wds.cn 兑换现金', sender: '10086' }).verdict // 'smishing'
 */
export function classifySms(input: SmsInput): SmsVerdict {
  if (typeof input !== 'object' || input === null || typeof input.text !== 'string') {
    throw new AppError('SMS_TEXT_MISSING', 'input.text must be a string');
  }
  if (input.text.trim().length === 0) throw new AppError('SMS_TEXT_MISSING', 'text is empty');
  if (input.text.length > MAX_SMS_TEXT_CHARS) {
    throw new AppError(
      'SMS_TEXT_TOO_LONG',
      `text has ${input.text.length} characters; the limit is ${MAX_SMS_TEXT_CHARS}`,
    );
  }
  return scoreSms(input);
}

export { extractIocs } from './core/ioc/extract-iocs.js';
export { refang } from './core/ioc/refang.js';
export { IocType, RelationType } from './core/ioc/types.js';
export type { ExtractOptions, ExtractResult, Ioc, IocRef, Relation } from './core/ioc/types.js';
export { toStixBundle } from './core/stix/to-stix-bundle.js';
export type { StixBundle, StixObject, StixOptions } from './core/stix/to-stix-bundle.js';
