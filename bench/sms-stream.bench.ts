/**
 * Streams 1,000,000 messages through the real `tocsin sms classify` (a child process, as a user
 * runs it) and reports throughput and peak RSS (VmHWM). Contract: RSS stays under 300 MB.
 * Input is generated with a fixed seed; nothing comes from the network.
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/tocsin', import.meta.url));
const MESSAGES = Number(process.env['TOCSIN_BENCH_STREAM_MESSAGES'] ?? 1_000_000);
const RSS_LIMIT_MB = 300;

const templates = [
  '【中国移动】尊敬的客户，您的积分{n}分即将清零，可兑换{m}元现金礼包，请登录 10086{w}.cn 领取',
  '尊敬的建行用户 您的账户已满一万积分可兑换{m}元现金 请登录手机网 ccb-{w}.top 查询兑换 逾期失效',
  '您好，您的快递已到小区门口，请凭取件码{n}到驿站领取。',
  '妈，我晚上{n}点回家吃饭，帮我留点菜',
  'USPS: your package {n} is on hold due to an incomplete address. Update at usps-{w}.top/track',
  'Hey, are we still on for lunch tomorrow at {n}? Let me know',
  'Your Amazon order #{n} has shipped. Track it in the Amazon app.',
  'URGENT! You have won a £{m} prize. Call 0906{n} now to claim. T&C apply',
];

function* lines(count: number): Generator<string> {
  let seed = 0x5eed;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    const t = templates[rnd() % templates.length] as string;
    const text = t
      .replace('{n}', String(rnd() % 100_000))
      .replace('{m}', String(rnd() % 1000))
      .replace('{w}', (rnd() % 46656).toString(36));
    yield JSON.stringify({ id: `m${i}`, text, ...(i % 3 === 0 ? { sender: '10086' } : {}) });
  }
}

async function writeInput(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let buf = '';
  for (const l of lines(count)) {
    buf += `${l}\n`;
    if (buf.length > 1 << 20) {
      bytes += Buffer.byteLength(buf);
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  bytes += Buffer.byteLength(buf);
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
  return bytes;
}

function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    // The process has exited between two samples: the previous sample stands.
    return 0;
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-stream-'));
  const input = join(dir, 'messages.jsonl');
  try {
    const bytes = await writeInput(input, MESSAGES);
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'sms', 'classify', input], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, TOCSIN_LOG__LEVEL: 'silent' },
    });
    let outLines = 0;
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) outLines++;
    });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, peakRssMb(child.pid));
    }, 50);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    const rate = MESSAGES / seconds;
    const ok = peak > 0 && peak < RSS_LIMIT_MB && code === 0 && outLines === MESSAGES;
    const line =
      `sms/stream  ${(MESSAGES / 1e6).toFixed(1)}M-jsonl (${(bytes / 1e6).toFixed(0)} MB)  ` +
      `${Math.round(rate).toLocaleString('en')} msg/s  peak RSS ${peak.toFixed(0)} MB (limit ${RSS_LIMIT_MB})  ` +
      `${ok ? 'OK' : 'FAIL'}  exit ${code}  lines ${outLines}`;
    console.log(line);
    const results = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, 'sms-stream.json'),
      JSON.stringify(
        {
          messages: MESSAGES,
          bytes,
          seconds,
          rate,
          peakRssMb: peak,
          exit: code,
          outLines,
          node: process.version,
          cpu: cpus()[0]?.model,
        },
        null,
        2,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
