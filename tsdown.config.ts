import { defineConfig } from 'tsdown';

export default defineConfig({
  // sms-worker: the worker threads of `tocsin serve`, loaded beside cli.js (main.ts names it).
  entry: { index: 'src/index.ts', cli: 'src/main.ts', 'sms-worker': 'src/sms-worker.ts' },
  format: 'esm',
  dts: true,
  platform: 'node',
  target: 'node20',
  // .js/.d.ts, as package.json's exports and bin/tocsin name them (the package is "type": "module").
  fixedExtension: false,
  // Data read at run time next to the code that loads it (import.meta.url): the offline AS table.
  copy: [{ from: 'src/adapters/asn/data/asn-table.bin.gz', to: 'dist/data', flatten: true }],
});
