// Attachments through dispatch: add/list/read/remove, dedupe by hash, owners, limits, audit, and no orphan files left behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpcBranch, cpcMeeting, investigation } from '../../drizzle/schema';
import { createDispatcher } from '../../electron/core/dispatch';
import { blobPath, listStoredFiles } from '../../electron/core/files/blob-store';
import { sweepOrphans } from '../../electron/core/files/sweep';
import { createServices } from '../../electron/core/services';
import { removeAttachmentsOf } from '../../electron/core/services/attachment';
import type { Attachment } from '../../electron/shared/schemas/attachment';
import { docx, exe, pdf, png } from '../unit/attachment-fixtures';
import { ok, openTempCore, serviceDepsOf, type TempCore } from '../helpers/temp-core';

let core: TempCore;
const NOW = '2026-11-27T02:00:00.000Z';
const at = { createdAt: NOW, updatedAt: NOW };

beforeEach(() => {
  core = openTempCore({ now: NOW });
  const { db } = core.handle;
  db.insert(cpcBranch).values({ name: '中共某司法所支部', foundedOn: '2020-01-01', ...at }).run();
  const meeting = { branchId: 1, kind: 'memberAssembly', heldOn: '2026-11-20', place: '会议室', host: '张三', recorder: '李四', expectedCount: 5, presentCount: 5, topics: '学习', ...at };
  db.insert(cpcMeeting).values([meeting, meeting]).run();
  db.insert(investigation).values({ level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-10', investigators: '王五', responsible: '赵六', ...at }).run();
});
afterEach(() => core.cleanup());

const b64 = (buf: Buffer) => buf.toString('base64');
const add = (input: Record<string, unknown>) =>
  core.dispatch('attachment.add', { ownerType: 'cpcMeeting', ownerId: 1, role: 'photo', name: 'x.png', dataBase64: b64(png()), ...input });
const addOk = async (input: Record<string, unknown>) => {
  const result = await add(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Attachment;
};
const storedCount = () => listStoredFiles(core.dir).length;
const auditRows = () =>
  core.handle.sqlite.prepare("select method, entity, entity_id from audit_log where entity = 'attachment' order by id").all();

describe('attachment methods', () => {
  it('adds, lists, reads and removes a file, with audit rows, storing it under its hash', async () => {
    const bytes = png(4, 3);
    const item = await addOk({ name: 'C:\\照片\\合影.PNG', dataBase64: b64(bytes) });
    expect(item).toEqual({ id: 1, ownerType: 'cpcMeeting', ownerId: 1, name: '合影.png', mime: 'image/png', size: bytes.length, role: 'photo', createdAt: NOW });
    const row = core.handle.sqlite.prepare('select sha256 from attachment where id = 1').get() as { sha256: string };
    const file = blobPath(core.dir, row.sha256);
    expect(file).toBe(path.join(core.dir, 'attachments', row.sha256.slice(0, 2), row.sha256));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    expect(await ok(core, 'attachment.list', { ownerType: 'cpcMeeting', ownerId: 1 })).toEqual({ items: [item] });
    expect(await ok(core, 'attachment.list', { ownerType: 'cpcMeeting', ownerId: 2 })).toEqual({ items: [] });
    expect(await ok(core, 'attachment.read', { id: 1 })).toEqual({ name: '合影.png', mime: 'image/png', dataBase64: b64(bytes) });

    expect(await ok(core, 'attachment.remove', { id: 1 })).toEqual({ id: 1 });
    expect(fs.existsSync(file)).toBe(false);
    expect(await core.dispatch('attachment.read', { id: 1 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '该附件不存在或已被删除' } });
    expect(auditRows()).toEqual([
      { method: 'attachment.add', entity: 'attachment', entity_id: '1' },
      { method: 'attachment.remove', entity: 'attachment', entity_id: '1' },
    ]);
  });

  it('keeps one file for the same content twice, until its last row goes', async () => {
    const a = await addOk({ ownerId: 1, name: '纪要.pdf', dataBase64: b64(pdf()), role: 'minutes' });
    const b = await addOk({ ownerType: 'investigation', ownerId: 1, name: '报告', dataBase64: b64(pdf()), role: 'other' });
    expect(b.name).toBe('报告.pdf');
    expect(storedCount()).toBe(1);
    await ok(core, 'attachment.remove', { id: a.id });
    expect(storedCount()).toBe(1);
    expect((await ok<{ dataBase64: string }>(core, 'attachment.read', { id: b.id })).dataBase64).toBe(b64(pdf()));
    await ok(core, 'attachment.remove', { id: b.id });
    expect(storedCount()).toBe(0);
  });

  it('refuses a missing owner, an unknown owner type, and a missing id', async () => {
    expect(await add({ ownerId: 99 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '该三会一课记录不存在或已被删除', field: 'ownerId' } });
    expect(await core.dispatch('attachment.list', { ownerType: 'jointActivity', ownerId: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'ownerId' } });
    expect(await add({ ownerType: 'staff' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'ownerType' } });
    expect(await core.dispatch('attachment.remove', { id: 5 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(storedCount()).toBe(0);
  });

  it('refuses disallowed content by what it is, naming the file, and writes nothing', async () => {
    expect(await add({ name: 'photo.jpg', dataBase64: b64(exe()) })).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '“photo.jpg”是可执行程序，不能作为附件', field: 'dataBase64' },
    });
    expect(await add({ name: 'empty.pdf', dataBase64: '' })).toMatchObject({ ok: false, error: { message: '“empty.pdf”是空文件，不能作为附件' } });
    expect(await add({ dataBase64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'dataBase64' } });
    expect(storedCount()).toBe(0);
    expect(auditRows()).toEqual([]);
  });

  it('refuses a file over 20 MB, in Chinese, naming it', async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(20 * 1024 * 1024)]);
    const result = await add({ name: '扫描件.pdf', dataBase64: b64(big) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'dataBase64' } });
    expect(!result.ok && result.error.message).toBe('“扫描件.pdf”大小为 20.0 MB，超过单个附件 20 MB 的上限');
    const huge = await add({ name: '录像.pdf', dataBase64: 'A'.repeat(30 * 1024 * 1024) });
    expect(huge).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: '文件不能超过 20 MB', field: 'dataBase64' } });
    const exactly = Buffer.concat([pdf(), Buffer.alloc(20 * 1024 * 1024 - pdf().length)]);
    expect((await addOk({ name: '刚好.pdf', dataBase64: b64(exactly) })).size).toBe(20 * 1024 * 1024);
  });

  it('takes at most 50 files per record', async () => {
    for (let i = 0; i < 50; i++) await addOk({ name: `${i}.png`, dataBase64: b64(png(1, 1, i)) });
    expect(await add({ name: '第51张.png', dataBase64: b64(png(2, 2)) })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '每条三会一课记录最多 50 个附件，“第51张.png”未上传' },
    });
    expect((await addOk({ ownerId: 2, name: 'other.docx', dataBase64: b64(docx()) })).mime).toMatch(/wordprocessingml/);
  });

  it('reports a file changed on disk instead of handing it out', async () => {
    await addOk({});
    const [stored] = listStoredFiles(core.dir);
    fs.writeFileSync(stored!.path, Buffer.concat([png(), Buffer.from('tampered')]));
    expect(await core.dispatch('attachment.read', { id: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '附件“x.png”的文件已损坏（内容与登记时不一致）' } });
    fs.rmSync(stored!.path);
    expect(await core.dispatch('attachment.read', { id: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('no orphan files', () => {
  it('a rolled-back add leaves a file that the sweep, or the next start, removes', async () => {
    core.handle.sqlite.exec("create temp trigger refuse_attachment before insert on attachment begin select raise(abort, 'boom'); end");
    const result = await add({});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(core.handle.sqlite.prepare('select count(*) n from attachment').get()).toEqual({ n: 0 });
    expect(storedCount()).toBe(1);
    // Young files are left for a minute (another process may be about to commit its row).
    expect(sweepOrphans(core.handle.db, core.dir)).toEqual([]);
    expect(sweepOrphans(core.handle.db, core.dir, { now: Date.now() + 61_000 })).toHaveLength(1);
    expect(storedCount()).toBe(0);

    await add({ dataBase64: b64(png(2, 2)) });
    const [orphan] = listStoredFiles(core.dir);
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(orphan!.path, old, old);
    core.close();
    core = openTempCore({ dir: core.dir, now: NOW });
    expect(storedCount()).toBe(0);
  });

  it('never removes a file a row references, however old', async () => {
    await addOk({});
    const [file] = listStoredFiles(core.dir);
    expect(sweepOrphans(core.handle.db, core.dir, { minAgeMs: 0, now: Date.now() + 1e9 })).toEqual([]);
    expect(fs.existsSync(file!.path)).toBe(true);
  });

  it('removeAttachmentsOf deletes the owner\'s rows with audit rows and their files, keeping a file another row uses', async () => {
    const shared = b64(pdf('shared'));
    await addOk({ ownerId: 1, name: 'a.pdf', dataBase64: shared });
    await addOk({ ownerId: 1, name: 'b.png', dataBase64: b64(png(3, 3)) });
    await addOk({ ownerId: 2, name: 'c.pdf', dataBase64: shared });
    await addOk({ ownerType: 'investigation', ownerId: 1, name: 'd.png', dataBase64: b64(png(3, 3)) });
    await addOk({ ownerId: 1, name: 'e.docx', dataBase64: b64(docx()) });
    expect(storedCount()).toBe(3);

    // An owner's delete handler, as the registers will wire it: here in place of attachment.remove's.
    const services = createServices(serviceDepsOf(core, { clock: () => new Date(NOW), dataDir: core.dir }));
    const dispatch = createDispatcher(
      {
        ...services,
        handlers: { ...services.handlers, 'attachment.remove': (input, call) => (removeAttachmentsOf(call, 'cpcMeeting', input.id), { id: input.id }) },
      },
      () => undefined,
    );
    expect(await dispatch('attachment.remove', { id: 1 })).toEqual({ ok: true, value: { id: 1 } });

    expect(await ok(core, 'attachment.list', { ownerType: 'cpcMeeting', ownerId: 1 })).toEqual({ items: [] });
    expect(storedCount()).toBe(2); // the docx went; the shared PDF and PNG stay for their other rows
    expect((await ok<{ dataBase64: string }>(core, 'attachment.read', { id: 3 })).dataBase64).toBe(shared);
    expect((await ok<{ name: string }>(core, 'attachment.read', { id: 4 })).name).toBe('d.png');
    const removals = core.handle.sqlite.prepare("select entity_id from audit_log where method = 'attachment.remove' order by entity_id").all();
    expect(removals).toEqual([{ entity_id: '1' }, { entity_id: '2' }, { entity_id: '5' }]);

    // Nothing owned: no rows, no audit, and the dispatcher refuses the mutation that wrote nothing.
    expect(await dispatch('attachment.remove', { id: 1 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
