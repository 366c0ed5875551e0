/** Buffered line output that respects backpressure: constant memory however fast we produce. */
export interface LineWriter {
  push(line: string): Promise<void>;
  flush(): Promise<void>;
}

const FLUSH_AT_CHARS = 64 * 1024;

/** Writes lines to `out` in batches of ~64 KB, awaiting 'drain' when the pipe is full. */
export function createLineWriter(out: NodeJS.WritableStream): LineWriter {
  let buffer = '';
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) {
      await new Promise<void>((resolve) => out.once('drain', resolve));
    }
  };
  return {
    async push(line) {
      buffer += `${line}\n`;
      if (buffer.length >= FLUSH_AT_CHARS) {
        const chunk = buffer;
        buffer = '';
        await write(chunk);
      }
    },
    async flush() {
      if (buffer.length > 0) {
        const chunk = buffer;
        buffer = '';
        await write(chunk);
      }
    },
  };
}
