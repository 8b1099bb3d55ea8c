// backup.list/create/settings/saveSettings through the dispatcher: the list after a backup, the second folder, settings.json kept and checked.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, secondFolderRoot, verifyBackup } from '../../electron/core/backup';
import { makeTempDir, ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { seededCore } from './backup-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function core(seeded = true): Promise<TempCore> {
  const made = seeded ? await seededCore() : openTempCore();
  cleanups.push(() => made.cleanup());
  return made;
}

function tempDir(): string {
  const dir = makeTempDir('ledger-usb-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface ListOut {
  items: { id: string; kind: string; createdAt: string; appVersion: string; dbBytes: number; attachments: { count: number; bytes: number }; counts: Record<string, number> }[];
  root: string;
  secondFolder: string | null;
  secondFolderProblem: string | null;
  lastAutoAt: string | null;
}
const policy = { daily: 3, weekly: 2, monthly: 6 };
const auditRows = (c: TempCore, entity: string) =>
  ok<{ items: { method: string; entityId: string | null; before: unknown; after: unknown }[] }>(c, 'audit.list', { entity });

describe('backup.list and backup.create', () => {
  it('lists nothing, then the manual backup just made with its manifest facts, and audits it', async () => {
    const c = await core();
    expect(await ok<ListOut>(c, 'backup.list', {})).toEqual({ items: [], root: path.join(c.dir, 'backups'), secondFolder: null, secondFolderProblem: null, lastAutoAt: null });
    const made = await ok<{ item: ListOut['items'][number]; secondFolderCopy: string | null; secondFolderProblem: string | null }>(c, 'backup.create', {});
    expect(made.item).toMatchObject({
      id: 'manual/2026-11-27T020000Z',
      kind: 'manual',
      createdAt: '2026-11-27T02:00:00.000Z',
      appVersion: '0.0.0-test',
      attachments: { count: 3 },
      counts: { staff: 4, cases: c.handle.sqlite.prepare('SELECT COUNT(*) FROM mediation_case').pluck().get() as number },
    });
    expect(made.item.dbBytes).toBeGreaterThan(0);
    expect(made.item.attachments.bytes).toBeGreaterThan(0);
    expect(made).toMatchObject({ secondFolderCopy: null, secondFolderProblem: null });
    expect(verifyBackup(path.join(c.dir, 'backups', 'manual', '2026-11-27T020000Z')).ok).toBe(true);
    c.setNow('2026-11-28T03:00:00.000Z');
    await ok(c, 'backup.create', {});
    const list = await ok<ListOut>(c, 'backup.list', {});
    expect(list.items.map((i) => i.id)).toEqual(['manual/2026-11-28T030000Z', 'manual/2026-11-27T020000Z']);
    expect(list.items[1]).toEqual(made.item);
    const audit = await auditRows(c, 'backup');
    expect(audit.items.map((r) => [r.method, r.entityId])).toEqual([
      ['backup.create', 'manual/2026-11-28T030000Z'],
      ['backup.create', 'manual/2026-11-27T020000Z'],
    ]);
  });

  it('copies to the second folder, and reports (not fails) when the folder is gone', async () => {
    const c = await core();
    const usb = tempDir();
    await ok(c, 'backup.saveSettings', { secondFolder: usb, policy });
    const made = await ok<{ secondFolderCopy: string | null; secondFolderProblem: string | null }>(c, 'backup.create', {});
    const [copy] = listBackups(secondFolderRoot(usb));
    expect(made).toEqual({ item: expect.anything(), secondFolderCopy: copy!.dir, secondFolderProblem: null });
    expect(verifyBackup(copy!.dir).ok).toBe(true);
    expect(await ok<ListOut>(c, 'backup.list', {})).toMatchObject({ secondFolder: usb, secondFolderProblem: null });

    fs.rmSync(usb, { recursive: true });
    c.setNow('2026-11-27T05:00:00.000Z');
    const again = await ok<{ secondFolderCopy: string | null; secondFolderProblem: string | null }>(c, 'backup.create', {});
    expect(again.secondFolderCopy).toBeNull();
    expect(again.secondFolderProblem).toContain('找不到第二备份位置');
    const list = await ok<ListOut>(c, 'backup.list', {});
    expect(list.items).toHaveLength(2);
    expect(list.secondFolderProblem).toContain('U 盘是否已插上');
    fs.writeFileSync(usb, 'a file, not a folder');
    expect((await ok<ListOut>(c, 'backup.list', {})).secondFolderProblem).toContain('不是文件夹');
  });

  it('shows the newest automatic backup time and never lists unfinished or foreign folders', async () => {
    const c = await core();
    const auto = path.join(c.dir, 'backups', 'auto');
    await ok(c, 'backup.create', {});
    fs.mkdirSync(auto, { recursive: true });
    fs.cpSync(path.join(c.dir, 'backups', 'manual', '2026-11-27T020000Z'), path.join(auto, '2026-11-26T010000Z'), { recursive: true });
    fs.mkdirSync(path.join(auto, '2026-11-27T010000Z.partial'));
    fs.mkdirSync(path.join(auto, 'holiday-photos'));
    const list = await ok<ListOut>(c, 'backup.list', {});
    expect(list.items.map((i) => i.id)).toEqual(['manual/2026-11-27T020000Z', 'auto/2026-11-26T010000Z']);
    expect(list.lastAutoAt).toBe('2026-11-27T02:00:00.000Z');
  });
});

describe('backup.settings and backup.saveSettings', () => {
  it('round-trips the settings, keeps every other key of settings.json, and audits before/after', async () => {
    const c = await core(false);
    const file = path.join(c.dir, 'settings.json');
    expect(await ok(c, 'backup.settings', {})).toEqual({ secondFolder: null, policy: { daily: 7, weekly: 4, monthly: 12 } });
    fs.writeFileSync(file, JSON.stringify({ window: { width: 1200 }, backup: { note: '手工加的', policy: { daily: 5 } } }));
    expect(await ok(c, 'backup.settings', {})).toEqual({ secondFolder: null, policy: { daily: 5, weekly: 4, monthly: 12 } });
    const usb = tempDir();
    expect(await ok(c, 'backup.saveSettings', { secondFolder: ` ${usb} `, policy })).toEqual({ secondFolder: usb, policy });
    expect(await ok(c, 'backup.settings', {})).toEqual({ secondFolder: usb, policy });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ window: { width: 1200 }, backup: { note: '手工加的', secondFolder: usb, policy } });
    expect(fs.readdirSync(c.dir).filter((f) => f.startsWith('settings.json'))).toEqual(['settings.json']);

    expect(await ok(c, 'backup.saveSettings', { secondFolder: '', policy })).toEqual({ secondFolder: null, policy });
    const [last, first] = (await auditRows(c, 'backupSettings')).items;
    expect(first!.before).toEqual({ secondFolder: null, policy: { daily: 5, weekly: 4, monthly: 12 } });
    expect(first!.after).toEqual({ secondFolder: usb, policy });
    expect(last!.after).toEqual({ secondFolder: null, policy });
  });

  it('keeps a settings.json that is not JSON beside the new one', async () => {
    const c = await core(false);
    fs.writeFileSync(path.join(c.dir, 'settings.json'), '{ broken');
    await ok(c, 'backup.saveSettings', { secondFolder: null, policy });
    const kept = fs.readdirSync(c.dir).filter((f) => f.startsWith('settings.json.invalid-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(c.dir, kept[0]!), 'utf8')).toBe('{ broken');
    expect(await ok(c, 'backup.settings', {})).toEqual({ secondFolder: null, policy });
  });

  it.each([
    ['a relative path', () => 'backups/usb', 'secondFolder', /完整路径/],
    ['the data folder itself', (dir: string) => dir, 'secondFolder', /不能在数据文件夹之内/],
    ['a folder inside the data folder', (dir: string) => path.join(dir, 'backups', 'usb'), 'secondFolder', /不能在数据文件夹之内/],
    ['a dotted way into the data folder', (dir: string) => path.join(dir, '..', path.basename(dir), 'x'), 'secondFolder', /不能在数据文件夹之内/],
  ])('refuses %s as the second folder with VALIDATION_FAILED on the field and changes nothing', async (_name, folder, field, message) => {
    const c = await core(false);
    const result = await c.dispatch('backup.saveSettings', { secondFolder: folder(c.dir), policy });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field, message: expect.stringMatching(message) } });
    expect(fs.existsSync(path.join(c.dir, 'settings.json'))).toBe(false);
    expect((await auditRows(c, 'backupSettings')).items).toEqual([]);
  });

  it.each([
    [{ daily: -1, weekly: 1, monthly: 1 }, 'policy.daily', '保留每日备份数不能为负数'],
    [{ daily: 1, weekly: 1.5, monthly: 1 }, 'policy.weekly', '保留每周备份数应为整数'],
    [{ daily: 1, weekly: 1, monthly: 1001 }, 'policy.monthly', '保留每月备份数不能超过1000'],
  ])('refuses the policy %j naming %s', async (bad, field, message) => {
    const c = await core(false);
    expect(await c.dispatch('backup.saveSettings', { secondFolder: null, policy: bad })).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
  });
});
