/**
 * When a dotted token is a domain: a real public suffix (tldts, ICANN section), DNS label syntax,
 * and the false friends of security prose ruled out (file names, code identifiers, detection
 * names, version strings). Pure: tldts only.
 */
import { parse } from 'tldts';

const TLDTS_OPTIONS = Object.freeze({
  allowPrivateDomains: false,
  detectIp: false,
  extractHostname: false,
  mixedInputs: false,
  validateHostname: false,
});

const LABEL_RE = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const TLD_RE = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const ONION_LABEL_RE = /^(?:[a-z2-7]{16}|[a-z2-7]{56})$/;

/** Suffixes that are also common file extensions: a bare `name.zip` needs context to be a domain. */
const FILE_EXTENSION_TLDS: ReadonlySet<string> = new Set([
  'zip',
  'mov',
  'py',
  'sh',
  'pl',
  'rs',
  'md',
  'ps',
  'pm',
  'so',
  'one',
  'cab',
  'ink',
  'run',
  'app',
  'cc',
  'sc',
  'ml',
  'mobi',
  'lol',
  'php',
  'gz',
  'kim',
  'ws',
  'bat',
  'java',
  'jar',
  'exe',
  'dll',
  'doc',
  'ai',
  'arj',
  'cs',
  'vb',
  'vbs',
  'js',
  'json',
  'xml',
  'csv',
  'txt',
  'log',
  'ini',
  'cfg',
  'bin',
  'dat',
  'tmp',
  'bak',
  'img',
  'iso',
  'sys',
  'lnk',
  'hta',
  'scr',
  'pif',
  'msi',
  'apk',
]);

/** First labels of antivirus detection names (`Trojan.Win32.Carberp`, `Backdoor.Linux.Mirai.b`). */
const DETECTION_PREFIXES: ReadonlySet<string> = new Set([
  'trojan',
  'backdoor',
  'worm',
  'virus',
  'ransom',
  'ransomware',
  'hacktool',
  'riskware',
  'adware',
  'pua',
  'pup',
  'exploit',
  'trojandownloader',
  'trojandropper',
  'trojanspy',
  'trojan-downloader',
  'trojan-dropper',
  'trojan-spy',
  'trojan-banker',
  'trojan-psw',
  'heur',
  'generic',
  'win32',
  'win64',
  'w32',
  'w64',
  'msil',
  'linux',
  'android',
  'osx',
  'macos',
  'js',
  'vbs',
  'html',
  'php',
  'script',
  'downloader',
  'dropper',
  'spyware',
  'rootkit',
  'bds',
  'tr',
  'gen',
  'malware',
  'unix',
  'elf',
  'not-a-virus',
  'application',
  'troj',
  'mal',
  'vbs',
  'o97m',
  'w97m',
  'x97m',
  'doc',
  'xls',
]);

const DOMAIN_CONTEXT_RE = /(?:domain|host(?:name)?|c2|c&c|server|dns|resolv|域名|主机)/i;

/**
 * The canonical (lower-case) domain when `host` is DNS syntax under a real public suffix, else
 * undefined. `.onion` v2/v3 addresses count. No context rules: use isDomainInProse for free text.
 */
export function toDomain(host: string): string | undefined {
  if (host.length > 253 || host.length < 4) return undefined;
  const lower = host.toLowerCase();
  const labels = lower.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !TLD_RE.test(tld)) return undefined;
  for (const label of labels) if (!LABEL_RE.test(label)) return undefined;
  if (tld === 'onion') {
    return labels.length >= 2 && ONION_LABEL_RE.test(labels[labels.length - 2] ?? '')
      ? lower
      : undefined;
  }
  const p = parse(lower, TLDTS_OPTIONS);
  if (p.isIcann !== true || p.domain === null) return undefined;
  return lower;
}

function hasCamelHump(label: string): boolean {
  for (let i = 1; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const prev = label.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && prev >= 97 && prev <= 122) return true;
  }
  return false;
}

function isAllUpper(s: string): boolean {
  return s === s.toUpperCase();
}

export type DomainContext = {
  /** The token as written in the refanged text (original case). */
  readonly token: string;
  /** The analyst defanged it: intent is explicit, so only syntax matters. */
  readonly defanged: boolean;
  /** Up to ~40 characters of text before the token. */
  readonly before: string;
  /** The character right before the token ('' at the start). */
  readonly prevChar: string;
};

/**
 * True when a syntactically valid domain found in prose is meant as a domain: not code
 * (`System.Net`, `os.path.join`), a detection name (`Win32/Agent.AB`), or a file name
 * (`invoice.zip`) unless defanged or introduced as a domain.
 */
export function isDomainInProse(domain: string, ctx: DomainContext): boolean {
  if (ctx.defanged) return true;
  const labels = ctx.token.split('.');
  const rawTld = labels[labels.length - 1] ?? '';
  if (!isAllUpper(ctx.token) && rawTld !== rawTld.toLowerCase()) return false;
  for (const label of labels) if (hasCamelHump(label)) return false;
  const first = (labels[0] ?? '').toLowerCase();
  if (DETECTION_PREFIXES.has(first) && labels.length >= 3) return false;
  for (const label of labels) if (/^win(?:32|64)$/i.test(label)) return false;
  if (ctx.prevChar === '/' || ctx.prevChar === '\\') return false;
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (FILE_EXTENSION_TLDS.has(tld) && labels.length === 2)
    return DOMAIN_CONTEXT_RE.test(ctx.before);
  return true;
}
