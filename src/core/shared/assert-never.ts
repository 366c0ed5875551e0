/** Exhaustiveness guard: a new union member fails to compile at every switch that misses it. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
