// backup.restore through the dispatcher: ids that leave backups/ refused, a damaged backup refused, a restore bringing rows and files back with its audit row in the restored log.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ok, type TempCore } from '../helpers/temp-core';
import { flipBytes, seededCore } from './backup-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
const lasting: (() => void)[] = [];
afterAll(() => {
  for (const c of lasting.splice(0)) c();
});

async function backedUp(list = cleanups): Promise<{ core: TempCore; id: string }> {
  const core = await seededCore();
  list.push(() => core.cleanup());
  const made = await ok<{ item: { id: string } }>(core, 'backup.create', {});
  return { core, id: made.item.id };
}

const staffNames = async (c: TempCore) => (await ok<{ items: { id: number; name: string }[] }>(c, 'staff.list', { pageSize: 100 })).items.map((s) => s.name).sort();

describe('backup.restore refuses ids that are not a backup folder under backups/auto or backups/manual', () => {
  let shared: { core: TempCore; id: string };
  beforeAll(async () => {
    shared = await backedUp(lasting);
  }, 120_000);

  it.each([
    '',
    '../x',
    '..',
    'auto/../../x',
    'manual/../../ledger.sqlite',
    'manual/2026-11-27T020000Z/../../..',
    'auto/..',
    'auto\\..\\..\\x',
    'manual\\2026-11-27T020000Z',
    '/etc/passwd',
    'C:\\Windows',
    '\\\\server\\share\\x',
    'manual/2026-11-27T020000Z/',
    'manual//2026-11-27T020000Z',
    './manual/2026-11-27T020000Z',
    'before-restore-2026-11-27T020000Z',
    'other/2026-11-27T020000Z',
    'manual/not-a-stamp',
    'manual/2026-11-27T020000Z\u0000',
  ])('%j → VALIDATION_FAILED on id', async (id) => {
    const result = await shared.core.dispatch('backup.restore', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'id' } });
  });

  it('refuses the data folder given as an absolute path, and a well-formed id of no backup is NOT_FOUND', async () => {
    const { core, id } = shared;
    for (const bad of [path.join(core.dir, 'backups', id), core.dir]) {
      expect(await core.dispatch('backup.restore', { id: bad })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'id' } });
    }
    expect(await core.dispatch('backup.restore', { id: 'auto/2026-11-27T020000Z' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a link planted in backups/manual that points elsewhere, and nothing was restored', async () => {
    const { core } = shared;
    fs.symlinkSync(path.join(core.dir, 'backups', 'manual', '2026-11-27T020000Z'), path.join(core.dir, 'backups', 'manual', '2026-11-27T030000Z'));
    expect(await core.dispatch('backup.restore', { id: 'manual/2026-11-27T030000Z' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(fs.readdirSync(path.join(core.dir, 'backups')).sort()).toEqual(['manual']);
  });
});

describe('backup.restore', () => {
  it('refuses a damaged backup in Chinese and changes nothing', async () => {
    const { core, id } = await backedUp();
    await ok(core, 'staff.delete', { id: 1 });
    flipBytes(path.join(core.dir, 'backups', id, 'ledger.sqlite'));
    const result = await core.dispatch('backup.restore', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^备份校验未通过：.*校验值不符.*当前数据未作任何改动。$/) } });
    expect(await staffNames(core)).toHaveLength(3);
    expect(fs.readdirSync(path.join(core.dir, 'backups')).filter((f) => f.startsWith('before-restore'))).toEqual([]);
  });

  it('puts the backup in place: the deleted staff and attachment come back, the current data is kept aside, the restore is in the restored audit log', async () => {
    const { core, id } = await backedUp();
    const before = await staffNames(core);
    const photo = await ok<{ dataBase64: string }>(core, 'attachment.read', { id: 3 });
    core.setNow('2026-11-27T04:00:00.000Z');
    await ok(core, 'staff.delete', { id: 1 });
    await ok(core, 'attachment.remove', { id: 3 });
    expect(await core.dispatch('attachment.read', { id: 3 })).toMatchObject({ ok: false });

    const restored = await ok<{ keptAside: string; restoredFrom: { id: string } }>(core, 'backup.restore', { id });
    expect(restored.restoredFrom.id).toBe(id);
    expect(restored.keptAside).toBe(path.join(core.dir, 'backups', 'before-restore-2026-11-27T040000Z'));
    expect(fs.existsSync(path.join(restored.keptAside, 'ledger.sqlite'))).toBe(true);

    expect(await staffNames(core)).toEqual(before);
    expect(await ok(core, 'attachment.read', { id: 3 })).toMatchObject({ dataBase64: photo.dataBase64 });
    const audit = await ok<{ items: { method: string; entity: string; entityId: string | null; after: unknown }[] }>(core, 'audit.list', { pageSize: 100 });
    const [newest] = audit.items;
    expect(newest).toMatchObject({ method: 'backup.restore', entity: 'backup', entityId: id, after: { restoredFrom: id, keptAside: restored.keptAside } });
    // The log is the backup's: the changes made after it are not there, the restore is.
    expect(audit.items.filter((r) => r.method === 'staff.delete')).toEqual([]);
    expect(await ok(core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null });
    // The restored database is live: it takes new changes and backups.
    await ok(core, 'staff.delete', { id: 2 });
    expect(await staffNames(core)).toHaveLength(3);
    expect((await ok<{ items: unknown[] }>(core, 'backup.list', {})).items).toHaveLength(1);
  });
});
