// A damaged database: openCore refuses it untouched, the CLI names the restore command, web mode serves the recovery page and restores.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { DatabaseCorruptError, openCore, type Core } from '../../electron/core';
import { backupsRoot, createBackup } from '../../electron/core/backup';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { webRecoveryFor } from '../../electron/web/recovery';
import { newToken, startWebServer } from '../../electron/web/server';
import { STYLE_NONCE_PLACEHOLDER } from '../../electron/shared/csp';
import { makeTempDir } from '../helpers/temp-core';
import { seededCore } from './backup-fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const open = (dbPath: string): Core => openCore({ dbPath, migrationsFolder: sourceMigrationsFolder, actor: 'tester', appVersion: '0.0.0-test' });

/** XORs whole pages in the middle of the file (page headers included), as a failing disk would. */
function damagePages(file: string, pages = 3): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const first = Math.floor(bytes.length / pageSize / 2);
  for (let i = first * pageSize; i < (first + pages) * pageSize && i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xa5;
  fs.writeFileSync(file, bytes);
}

/** A data folder with the demo data, optionally a verified manual backup, and a damaged ledger.sqlite. */
async function damagedFolder(withBackup: boolean): Promise<{ dir: string; db: string; backupDir: string | null }> {
  const core = await seededCore();
  dirs.push(core.dir);
  let backupDir: string | null = null;
  if (withBackup) {
    const root = backupsRoot(core.dir);
    await createBackup({ sqlite: core.handle.sqlite, dataDir: core.dir, root, kind: 'manual', now: new Date('2026-11-26T02:00:00Z'), appVersion: '0.0.0-test' });
    backupDir = (await createBackup({ sqlite: core.handle.sqlite, dataDir: core.dir, root, kind: 'auto', now: new Date('2026-11-27T02:00:00Z'), appVersion: '0.0.0-test' })).dir;
  }
  core.close();
  damagePages(core.dbPath);
  return { dir: core.dir, db: core.dbPath, backupDir };
}

function request(origin: string, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(origin);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Web mode as `npm run web` wires it, on a fake built UI, over the damaged file. */
async function startRecoveryWeb(db: string) {
  const staticRoot = makeTempDir('ledger-static-');
  dirs.push(staticRoot);
  fs.writeFileSync(path.join(staticRoot, 'index.html'), `<!doctype html><title>司法所台账应用</title><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}">`);
  let error: unknown;
  try {
    open(db).close();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(DatabaseCorruptError);
  let core: Core | undefined;
  const recovery = webRecoveryFor(error as DatabaseCorruptError, () => open(db), (opened) => (core = opened));
  const token = newToken();
  const dispatchAs = (key: string, method: string, input: unknown) => core!.dispatchAs(key, method, input);
  const web = await startWebServer({ dispatchAs, staticRoot, token, port: 0, recovery });
  const host = new URL(web.origin).host;
  const cookie = `ledger_token_${new URL(web.origin).port}=${token}`;
  return { web, host, cookie, getCore: () => core, close: async () => (await web.close(), core?.close()) };
}

describe('a damaged database at start-up', () => {
  it('openCore throws DatabaseCorruptError with quick_check lines and leaves the file byte-identical, replaced by nothing', async () => {
    const { dir, db } = await damagedFolder(false);
    const before = fs.readFileSync(db);
    const listing = fs.readdirSync(dir).sort();
    const error = (() => {
      try {
        open(db).close();
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DatabaseCorruptError);
    expect((error as DatabaseCorruptError).file).toBe(db);
    expect((error as DatabaseCorruptError).problems.length).toBeGreaterThan(0);
    expect((error as Error).message).toContain('数据库文件已损坏，未做任何修改');
    expect(Buffer.compare(fs.readFileSync(db), before)).toBe(0);
    // SQLite's read may leave an empty -wal/-shm pair; nothing else appears and nothing is written to the -wal.
    const extra = fs.readdirSync(dir).filter((f) => !listing.includes(f));
    expect(extra.every((f) => f === 'ledger.sqlite-wal' || f === 'ledger.sqlite-shm')).toBe(true);
    if (fs.existsSync(`${db}-wal`)) expect(fs.statSync(`${db}-wal`).size).toBe(0);
    // A second try gives the same answer: the first did not "repair" or recreate anything.
    expect(() => open(db)).toThrow(DatabaseCorruptError);
    expect(Buffer.compare(fs.readFileSync(db), before)).toBe(0);
  });

  it('a file that is not a database at all is refused the same way, untouched', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const db = path.join(dir, 'ledger.sqlite');
    fs.writeFileSync(db, 'x'.repeat(8192));
    expect(() => open(db)).toThrow(/文件头不是 SQLite 数据库/);
    expect(fs.readFileSync(db, 'utf8')).toBe('x'.repeat(8192));
  });

  it('the CLI names the file, the problem and the restore command with the newest verified backup', async () => {
    const { db, backupDir } = await damagedFolder(true);
    const err: string[] = [];
    const code = await runCli(['info', '--db', db], { out: () => undefined, err: (l) => err.push(l) }, (dbArg) => open(dbArg!), (dbArg) => dbArg!);
    expect(code).toBe(1);
    const text = err.join('\n');
    expect(text).toContain(`数据库文件已损坏，未做任何修改：${db}`);
    expect(text).toContain(`npm run cli -- restore ${backupDir!} --db ${db}`);
    expect(text).toContain('自动备份');
  });

  it('web mode serves the recovery page, not the app; the restore POST brings back a sound DB and keeps the damaged one aside', async () => {
    const { dir, db, backupDir } = await damagedFolder(true);
    const damaged = fs.readFileSync(db);
    const server = await startRecoveryWeb(db);
    try {
      const page = await request(server.web.origin, { path: '/', headers: { host: server.host } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('数据库文件已损坏，未做任何修改');
      expect(page.body).not.toContain('司法所台账应用');
      expect(page.body).not.toMatch(/<script/i);
      expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(page.headers['content-security-policy']).not.toMatch(/script-src|unsafe/);
      // Newest first: the automatic backup of 27 Nov before the manual one of 26 Nov.
      expect(page.body.indexOf('2026-11-27 10:00（自动备份')).toBeLessThan(page.body.indexOf('2026-11-26 10:00（手动备份'));
      expect(page.body).toContain(`name="backup" value="${backupDir!}"`);
      const api = await request(server.web.origin, { path: '/api/app.info', method: 'POST', headers: { host: server.host, cookie: server.cookie, 'content-type': 'application/json' }, body: '{}' });
      expect(api.status).toBe(503);

      const form = `backup=${encodeURIComponent(backupDir!)}`;
      const post = (headers: Record<string, string>) =>
        request(server.web.origin, { path: '/recovery/restore', method: 'POST', headers: { host: server.host, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: form });
      expect((await post({ origin: `http://${server.host}` })).status).toBe(401);
      expect((await post({ origin: 'http://evil.example', cookie: server.cookie })).status).toBe(403);
      expect(Buffer.compare(fs.readFileSync(db), damaged)).toBe(0);

      const restored = await post({ origin: `http://${server.host}`, cookie: server.cookie });
      expect(restored.status).toBe(200);
      expect(restored.body).toContain('已从备份恢复');
      const aside = fs.readdirSync(path.join(dir, 'backups')).find((f) => f.startsWith('before-restore-'));
      expect(aside).toBeDefined();
      expect(Buffer.compare(fs.readFileSync(path.join(dir, 'backups', aside!, 'ledger.sqlite')), damaged)).toBe(0);
      // The core was reopened in-process: the app and the API are back.
      const app = await request(server.web.origin, { path: '/', headers: { host: server.host } });
      expect(app.body).toContain('司法所台账应用');
      // The core was reopened in-process: the API answers again, behind the login (the restored data has no account).
      const status = await request(server.web.origin, { path: '/api/auth.status', method: 'POST', headers: { host: server.host, cookie: server.cookie, 'content-type': 'application/json' }, body: '{}' });
      expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
      const info = await request(server.web.origin, { path: '/api/app.info', method: 'POST', headers: { host: server.host, cookie: server.cookie, 'content-type': 'application/json' }, body: '{}' });
      expect(JSON.parse(info.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    } finally {
      await server.close();
    }
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.prepare('SELECT COUNT(*) FROM staff').pluck().get()).toBeGreaterThan(0);
    check.close();
  });

  it('with no backup the page says so, tells the user to keep the file and contact support, and offers no restore', async () => {
    const { db } = await damagedFolder(false);
    const server = await startRecoveryWeb(db);
    try {
      const page = await request(server.web.origin, { path: '/anything', headers: { host: server.host } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('没有找到可用的备份');
      expect(page.body).toContain('联系技术支持');
      expect(page.body).not.toContain('<form');
    } finally {
      await server.close();
    }
  });
});
