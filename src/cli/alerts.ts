/** `tocsin alerts`: the alerts raised when watched domains moved. */
import type { Command } from 'commander';
import { parseSinceMs } from '../core/track/parse-interval.js';
import type { TrackService } from '../services/track.js';
import type { CliIo } from './io.js';
import { dataDirOption, storeOption } from './options.js';

export interface AlertsCommandDeps {
  readonly io: CliIo;
  readonly track: () => Promise<TrackService>;
}

/** Registers `alerts`. */
export function registerAlertsCommand(program: Command, deps: AlertsCommandDeps): void {
  program
    .command('alerts')
    .description('alerts raised when a watched domain moved, oldest first')
    .option('--since <time>', 'only alerts since an ISO time or a duration ago (24h, 7d)')
    .option('--json', 'one JSON object per line (the webhook payload plus id)')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (opts: { since?: string; json?: boolean }) => {
      let sinceMs: number | undefined;
      if (opts.since !== undefined) {
        const r = parseSinceMs(opts.since, deps.io.now());
        if (!r.ok) throw r.error;
        sinceMs = r.value;
      }
      const alerts = await (await deps.track()).alerts(sinceMs === undefined ? {} : { sinceMs });
      for (const a of alerts) {
        deps.io.stdout.write(
          opts.json
            ? `${JSON.stringify({ id: a.id, ...(typeof a.payload === 'object' && a.payload !== null && !Array.isArray(a.payload) ? a.payload : {}) })}\n`
            : `${new Date(a.createdAtMs).toISOString()}  ${a.sentence}\n`,
        );
      }
    });
}
