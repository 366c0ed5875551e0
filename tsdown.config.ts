import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/main.ts' },
  format: 'esm',
  dts: true,
  platform: 'node',
  target: 'node20',
});
