// Child process of the concurrency test: opens the real core on a shared database file and opens dossiers as fast as it can.
import { openCore } from '../../electron/core';

interface ChildConfig {
  dbPath: string;
  migrationsFolder: string;
  caseIds: number[];
  /** Epoch ms at which both children start, so their openings overlap. */
  startAt: number;
}

async function main(config: ChildConfig): Promise<void> {
  const core = openCore({
    dbPath: config.dbPath,
    migrationsFolder: config.migrationsFolder,
    actor: `child-${process.pid}`,
    appVersion: '0.0.0-test',
    clock: () => new Date('2026-11-27T02:00:00.000Z'),
  });
  while (Date.now() < config.startAt) await new Promise((resolve) => setTimeout(resolve, 1));
  const results: unknown[] = [];
  for (const caseId of config.caseIds) {
    const result = await core.dispatch('dossier.open', { caseId, openedOn: '2026-11-20' });
    results.push(result.ok ? { caseId, ok: true } : { caseId, ok: false, error: result.error });
  }
  core.close();
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main(JSON.parse(process.argv[2] ?? '{}') as ChildConfig).catch((error: unknown) => {
  process.stdout.write(`ERROR ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(3);
});
