// Deleting a record that owns attachments removes their rows (audited) and their files: no orphans are left.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpcBranch, cpcMeeting, investigation, jointActivity, partnerUnit } from '../../drizzle/schema';
import { listStoredFiles } from '../../electron/core/files/blob-store';
import type { AttachmentOwnerType } from '../../electron/shared/schemas/attachment';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { pdf, png } from '../unit/attachment-fixtures';

let core: TempCore;
const NOW = '2026-11-27T02:00:00.000Z';
const at = { createdAt: NOW, updatedAt: NOW };

beforeEach(() => {
  core = openTempCore({ now: NOW });
  const { db } = core.handle;
  db.insert(cpcBranch).values({ name: '中共某司法所支部', foundedOn: '2020-01-01', ...at }).run();
  db.insert(cpcMeeting)
    .values({ branchId: 1, kind: 'memberAssembly', heldOn: '2026-11-20', place: '会议室', host: '张三', recorder: '李四', expectedCount: 5, presentCount: 5, topics: '学习', ...at })
    .run();
  db.insert(partnerUnit).values({ kind: 'court', name: '城关人民法庭', nameInitials: 'cgrmft', namePinyin: 'chengguanrenminfating', ...at }).run();
  db.insert(jointActivity)
    .values({ partnerUnitId: 1, heldOn: '2026-11-20', kind: 'jointMeeting', place: '法庭', ourParticipants: '张三', partnerParticipants: '王法官', summary: '联席会议', ...at })
    .run();
  db.insert(investigation)
    .values({ level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-10', investigators: '王五', responsible: '赵六', ...at })
    .run();
});
afterEach(() => core.cleanup());

const attach = (ownerType: AttachmentOwnerType, bytes: Buffer, name: string) =>
  ok(core, 'attachment.add', { ownerType, ownerId: 1, role: 'other', name, dataBase64: bytes.toString('base64') });

const owners: [AttachmentOwnerType, string][] = [
  ['cpcMeeting', 'cpcMeeting.delete'],
  ['jointActivity', 'jointActivity.delete'],
  ['investigation', 'investigation.delete'],
];

describe.each(owners)('deleting a %s', (ownerType, method) => {
  it('removes its attachments and their files, audited, and keeps a file another record still uses', async () => {
    const other: AttachmentOwnerType = ownerType === 'cpcMeeting' ? 'investigation' : 'cpcMeeting';
    await attach(ownerType, png(3, 3), '签到表.png');
    await attach(ownerType, pdf(), '纪要.pdf');
    await attach(other, pdf(), '同一文件.pdf');
    expect(listStoredFiles(core.dir)).toHaveLength(2);

    await ok(core, method, { id: 1 });

    const left = core.handle.sqlite.prepare('SELECT owner_type AS ownerType FROM attachment').all();
    expect(left).toEqual([{ ownerType: other }]);
    const files = listStoredFiles(core.dir);
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(files[0]!.path).equals(pdf())).toBe(true);
    const audited = core.handle.sqlite
      .prepare("SELECT entity FROM audit_log WHERE method = ? ORDER BY id")
      .pluck()
      .all(method);
    expect(audited.filter((e) => e === 'attachment')).toHaveLength(2);
  });
});
