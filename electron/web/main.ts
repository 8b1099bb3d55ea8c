// `npm run web`: serve the built UI and the API on 127.0.0.1 with a per-run token and a login per browser.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseCorruptError, MigrationError, type Core, type DispatchAs } from '../core';
import { corruptionAdvice, createAutoBackups, type AutoBackups } from '../core/backup';
import { localDbPath, openLocalCore } from '../core/local-core';
import { appVersion, sourceRendererFolder } from '../core/resources';
import { webRecoveryFor, type WebRecovery } from './recovery';
import { newToken, startWebServer } from './server';

const USAGE = '用法：npm run web -- [--db <数据库文件>] [--port <端口>]';

async function main(): Promise<number> {
  let values: { db?: string | undefined; port?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口不正确：${values.port}\n${USAGE}`);
    return 2;
  }
  if (!fs.existsSync(path.join(sourceRendererFolder, 'index.html'))) {
    console.error('界面尚未构建：请先运行 npm run build:renderer（npm run web 会自动构建）。');
    return 1;
  }
  let core: Core | undefined;
  let backups: AutoBackups | undefined;
  // As in the desktop app: a daily automatic backup (checked at start and hourly), and one on exit after changes.
  const startCore = (opened: Core) => {
    core = opened;
    backups = createAutoBackups({
      sqlite: () => opened.handle.sqlite,
      dataDir: path.dirname(opened.dbPath),
      appVersion,
      clock: () => new Date(),
      log: (message, error) => (error === undefined ? console.log(message) : console.error(message, error)),
    });
    void backups.takeIfDue();
    setInterval(() => void backups?.takeIfDue(), 60 * 60 * 1000).unref();
  };
  let recovery: WebRecovery | undefined;
  try {
    startCore(openLocalCore(values.db));
  } catch (error) {
    if (error instanceof DatabaseCorruptError) {
      recovery = webRecoveryFor(error, () => openLocalCore(values.db), startCore);
      console.error(corruptionAdvice(error.file, error.problems, recovery.view().backups).join('\n'));
    } else if (error instanceof MigrationError) {
      console.error(error.message);
      return 1;
    } else throw error;
  }
  // Every /api call runs as the browser's login session; the recovery page (damaged DB) is guarded by the token alone.
  const dispatchAs: DispatchAs = (sessionKey, method, input) =>
    core ? core.dispatchAs(sessionKey, method, input) : Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: '数据库未打开' } });
  const web = await startWebServer({
    dispatchAs,
    renameSession: (from, to) => core?.renameSession(from, to) ?? false,
    endSession: (key) => core?.endSession(key),
    staticRoot: sourceRendererFolder,
    token: newToken(),
    port,
    recovery,
  });
  if (recovery) console.log('司法所台账（网页模式）已启动恢复页面：打开下面的链接，从最新的备份恢复。');
  else console.log(`司法所台账（网页模式）已启动，数据库：${localDbPath(values.db)}`);
  console.log('请在浏览器中打开以下链接（仅本机可访问，按 Ctrl+C 退出）：');
  console.log(`URL: ${web.openUrl}`);
  const stop = () => {
    void web
      .close()
      .then(async () => {
        if (backups?.changedSinceBackup()) await backups.take();
      })
      .finally(() => {
        core?.close();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
