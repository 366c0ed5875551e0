/**
 * Benchmark harness: `npm run bench` runs every bench/<name>.bench.ts, `npm run bench -- ioc` the
 * ones whose name starts with `ioc`. Each bench module exports `run(): Promise<void> | void` and
 * prints its own ratio lines (STYLE.md §11).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// natural (the SMS peer) loads dotenv, whose config() prints a tip line on every import.
process.env['DOTENV_CONFIG_QUIET'] ??= 'true';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name === w || name.startsWith(w)))
  .sort();

if (benches.length === 0) {
  console.error(
    `no bench matches ${wanted.join(' ')}; have: ${readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .join(', ')}`,
  );
  process.exitCode = 2;
}
for (const name of benches) {
  const mod = (await import(pathToFileURL(join(dir, `${name}.bench.ts`)).href)) as {
    run?: () => Promise<void> | void;
  };
  if (typeof mod.run !== 'function')
    throw new Error(`bench/${name}.bench.ts does not export run()`);
  console.log(`# ${name}`);
  await mod.run();
}
